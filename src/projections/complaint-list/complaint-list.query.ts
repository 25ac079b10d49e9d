import type pg from 'pg';
import type {
  Assignee, CloseReason, ComplaintChannel, ComplaintStatus, PossibleDuplicate,
} from '../../cases/complaint/complaint.events.js';
import { requireDistrict, requireProvince } from '../../geography/geography.js';
import { requireChoice } from '../../shared/choice.js';
import { bangkokStartOf, parseDateInput } from '../../shared/date-input.js';
import { decodeCursor, encodeCursor, isInstantKey, type Page, pageOf } from '../../shared/page.js';
import { pageSize } from '../../shared/page-size.js';
import { assigneeConditions } from './complaint-list.assignee-filter.js';
import { normaliseText, trigramsOf } from './complaint-text-key.js';
import { FINISHED_STATUSES } from './stale-days.js';
import { canonicalTrackingCode } from './tracking-code-text.js';

export const STATUSES = ['RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'] as const satisfies readonly ComplaintStatus[];
export const CHANNELS = ['WALK_IN', 'HOTLINE_1567', 'LETTER', 'WEBSITE', 'MOBILE', 'OTHER'] as const satisfies readonly ComplaintChannel[];
export const OFFICE_LEVELS = ['DISTRICT', 'PROVINCE', 'CENTRAL'] as const;
export type OfficeLevel = (typeof OFFICE_LEVELS)[number];

export interface ComplaintListFilter {
  district?: string | null;
  province?: string | null;
  officeLevel?: string | null;
  category?: string | null;
  subCategory?: string | null;
  status?: string | null;
  channel?: string | null;
  receivedFrom?: string | null;
  receivedTo?: string | null;
  text?: string | null;
  trackingCode?: string | null;
  /** Open complaints (not resolved nor closed) last changed before this instant only: the staleness filter. */
  updatedBefore?: Date | null;
  /** TAMBON_TEAM, AGENCY or UNASSIGNED (complaint-list.assignee-filter.ts). */
  assigneeKind?: string | null;
  /** A tambon team by its subdistrict code. */
  assigneeSubdistrictCode?: string | null;
}

export interface ListedRow {
  complaint_id: string;
  tracking_code: string;
  status: ComplaintStatus;
  owning_level: OfficeLevel;
  owning_code: string;
  location_subdistrict: string;
  location_district: string;
  location_province: string;
  location_lat: number | null;
  location_lng: number | null;
  category_main: string;
  category_sub: string | null;
  category_other_text: string | null;
  channel: ComplaintChannel;
  received_at: Date;
  received_key: string;
  subject: string;
  accused_name: string | null;
  assignee: { kind: Assignee['kind']; subdistrictCode?: string; name?: string } | null;
  possible_duplicates: PossibleDuplicate[];
  duplicate_of: string | null;
  close_reason: CloseReason | null;
  closed_at: Date | null;
  version: number;
  updated_at: Date;
}

const COLUMNS = `complaint_id, tracking_code, status, owning_level, owning_code, location_subdistrict, location_district,
  location_province, location_lat, location_lng, category_main, category_sub, category_other_text, channel, received_at,
  to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS received_key, subject, accused_name,
  assignee, possible_duplicates, duplicate_of, close_reason, closed_at, version, updated_at`;

export async function findComplaint(pool: pg.Pool, complaintId: string): Promise<ListedRow | undefined> {
  const { rows } = await pool.query<ListedRow>(`SELECT ${COLUMNS} FROM complaint_list WHERE complaint_id = $1`, [complaintId]);
  return rows[0];
}

const NEWEST_FIRST = 'ORDER BY received_at DESC, complaint_id DESC';
/** How many of the newest rows passing the other filters a text search reads before it asks the trigram index. */
const TEXT_WINDOW = 5000;

/** The most complaints one page holds. */
export const MAX_PAGE = 200;

/**
 * A page of the list, newest received first (ties by complaint id), after the cursor of the last row of the
 * previous page: keyset pagination, so a page costs the same however deep it lies. `totalCount` counts every
 * match (a second query, run only when called).
 *
 * Text: a common word fills a page from the newest rows at once, while the trigram index would fetch every
 * row holding it; a rare word is the other way round. So the search first reads the newest TEXT_WINDOW rows
 * that pass the other filters; only when they neither fill the page nor are all there is does it go through
 * the trigram index.
 */
export async function listComplaints(
  pool: pg.Pool, filter: ComplaintListFilter, first: number, after?: string | null, textWindow = TEXT_WINDOW,
): Promise<Page<ListedRow> & { totalCount: () => Promise<number> }> {
  const where: string[] = [];
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  if (filter.district) where.push(`owning_district = ${param(requireDistrict(filter.district, 'filter.district').code)}`);
  if (filter.province) where.push(`owning_province = ${param(requireProvince(filter.province, 'filter.province').code)}`);
  if (filter.officeLevel) where.push(`owning_level = ${param(requireChoice(filter.officeLevel, OFFICE_LEVELS, 'filter.officeLevel'))}`);
  if (filter.category) where.push(`category_main = ${param(filter.category.trim())}`);
  if (filter.subCategory) where.push(`category_sub = ${param(filter.subCategory.trim())}`);
  if (filter.status) where.push(`status = ${param(requireChoice(filter.status, STATUSES, 'filter.status'))}`);
  if (filter.channel) where.push(`channel = ${param(requireChoice(filter.channel, CHANNELS, 'filter.channel'))}`);
  if (filter.receivedFrom) where.push(`received_at >= ${param(dayStart(filter.receivedFrom, 'filter.receivedFrom', 0))}`);
  if (filter.receivedTo) where.push(`received_at < ${param(dayStart(filter.receivedTo, 'filter.receivedTo', 1))}`);
  if (filter.updatedBefore) {
    where.push(`status <> ALL(${param(FINISHED_STATUSES)}::text[])`, `updated_at < ${param(filter.updatedBefore)}`);
  }
  where.push(...assigneeConditions(filter.assigneeKind, filter.assigneeSubdistrictCode, param));
  if (filter.trackingCode) where.push(`tracking_code = ${param(canonicalTrackingCode(filter.trackingCode))}`);
  const limit = pageSize(first, MAX_PAGE);
  const needle = normaliseText(filter.text ?? '');
  const textMatch = (add: (value: unknown) => string) => (needle === '' ? [] : [
    ...([...needle].length >= 3 ? [`search_grams @> ${add(trigramsOf(needle))}::text[]`] : []),
    `strpos(search_text, ${add(needle)}) > 0`,
  ]);
  const [filters, filterValues] = [[...where], [...values]];
  const totalCount = async () => {
    const counted = [...filterValues];
    const conditions = [...filters, ...textMatch((value) => `$${counted.push(value)}`)];
    const { rows } = await pool.query<{ total: number }>(`SELECT count(*)::int AS total FROM complaint_list ${whereClause(conditions)}`, counted);
    return rows[0].total;
  };
  const cursorOf = (row: ListedRow) => encodeCursor([row.received_key, row.complaint_id]);
  const toPage = (rows: ListedRow[]) => ({ ...pageOf(rows, limit, cursorOf, after), totalCount });
  if (after) {
    const [receivedKey, complaintId] = decodeCursor(after, isInstantKey(2));
    where.push(`(received_at, complaint_id) < (${param(receivedKey)}::timestamptz, ${param(complaintId)})`);
  }
  if (needle !== '') {
    const window = await newestMatches(pool, where, [...values], needle, limit + 1, textWindow);
    if (window !== undefined) return toPage(window);
    where.push(...textMatch(param));
  }
  const { rows } = await pool.query<ListedRow>(
    `SELECT ${COLUMNS} FROM complaint_list ${whereClause(where)} ${NEWEST_FIRST} LIMIT ${param(limit + 1)}`,
    values,
  );
  return toPage(rows);
}

/** The matches among the newest `size` rows, or undefined when those are not the whole answer. */
async function newestMatches(pool: pg.Pool, where: string[], values: unknown[], needle: string, wanted: number, size: number) {
  const param = (value: unknown) => `$${values.push(value)}`;
  const { rows } = await pool.query<ListedRow & { window_rows: number }>(
    `WITH recent AS MATERIALIZED (
       SELECT complaint_id, received_at, search_text FROM complaint_list ${whereClause(where)} ${NEWEST_FIRST}
       LIMIT ${param(size)}),
     hits AS (SELECT complaint_id FROM recent WHERE strpos(search_text, ${param(needle)}) > 0 ${NEWEST_FIRST} LIMIT ${param(wanted)})
     SELECT (SELECT count(*) FROM recent)::int AS window_rows, ${COLUMNS}
     FROM (SELECT 1) AS one LEFT JOIN (hits JOIN complaint_list USING (complaint_id)) ON true ${NEWEST_FIRST}`,
    values,
  );
  const matches = rows.filter((row) => row.complaint_id !== null);
  return matches.length >= wanted || rows[0].window_rows < size ? matches : undefined;
}

const whereClause = (where: string[]) => (where.length ? `WHERE ${where.join(' AND ')}` : '');

/** The Bangkok start of the given day plus `days`. */
function dayStart(input: string, field: string, days: number): string {
  const day = parseDateInput(input, field);
  return new Date(Date.parse(bangkokStartOf(day)) + days * 86_400_000).toISOString();
}
