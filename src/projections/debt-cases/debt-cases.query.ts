import type pg from 'pg';
import { DEBT_CASE_STATUSES, DEBT_CHANNELS } from '../../cases/debt/debt.events.js';
import { requireDistrict, requireProvince } from '../../geography/geography.js';
import { requireChoice } from '../../shared/choice.js';
import { parseCitizenId } from '../../shared/citizen-id.js';
import { bangkokStartOf, parseDateInput } from '../../shared/date-input.js';
import { DomainError } from '../../shared/domain-error.js';
import { decodeCursor, encodeCursor, isInstantKey, type Page, pageOf } from '../../shared/page.js';
import { pageSize } from '../../shared/page-size.js';
import { hasText, optionalText } from '../../shared/text-input.js';
import { rowSelectList } from './debt-case-columns.js';
import type { DebtCaseRow } from './debt-case-row.js';
import { normaliseName, searchKeyOf, searchTermOf } from './debt-case-search.js';

/** All given conditions must hold; values as staff type them (Thai digits, Buddhist Era dates). */
export interface DebtCaseListFilter {
  district?: string | null;
  province?: string | null;
  status?: string | null;
  channel?: string | null;
  registeredFrom?: string | null;
  registeredTo?: string | null;
  text?: string | null;
  debtorCitizenId?: string | null;
  /** A case id, a debtor's citizen id or part of a name (searchTermOf). */
  search?: string | null;
  /** True: only cases that came to their district by a transfer; false: only the others. */
  transferredIn?: boolean | null;
}

export const MAX_PAGE = 200;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function findDebtCase(pool: pg.Pool, caseId: string): Promise<DebtCaseRow | undefined> {
  const { rows } = await pool.query<DebtCaseRow>(`SELECT ${rowSelectList('c')} FROM debt_cases c WHERE c.case_id = $1`, [caseId]);
  return rows[0];
}

/**
 * A page of the list, newest registration first (ties by case id), after the cursor of the previous page's
 * last row: keyset pagination, so a deep page costs what the first does. `totalCount` counts every matching case
 * (a second query, run only when called).
 */
export async function listDebtCases(
  pool: pg.Pool, filter: DebtCaseListFilter, first: number, after?: string | null,
): Promise<Page<DebtCaseRow> & { totalCount: () => Promise<number> }> {
  pageSize(first, MAX_PAGE);
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const where = conditions(filter, param);
  const countValues = [...values];
  const clause = (list: string[]) => (list.length ? `WHERE ${list.join(' AND ')}` : '');
  const totalCount = async () =>
    (await pool.query<{ total: number }>(`SELECT count(*)::int AS total FROM debt_cases c ${clause(where)}`, countValues)).rows[0].total;
  const cursor = hasText(after) ? decodeCursor(after, isInstantKey(2)) : null;
  const page = cursor ? [...where, `(c.registered_at, c.case_id) < (${param(cursor[0])}::timestamptz, ${param(cursor[1])})`] : where;
  const { rows } = await pool.query<DebtCaseRow>(
    `SELECT ${rowSelectList('c')} FROM debt_cases c ${clause(page)}
     ORDER BY c.registered_at DESC, c.case_id DESC LIMIT ${param(first + 1)}`,
    values,
  );
  return { ...pageOf(rows, first, (row) => encodeCursor([row.registeredAt, row.caseId]), after), totalCount };
}

function conditions(filter: DebtCaseListFilter, param: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (hasText(filter.district)) where.push(`c.district_code = ${param(requireDistrict(filter.district, 'filter.district').code)}`);
  if (hasText(filter.province)) where.push(`c.province_code = ${param(requireProvince(filter.province, 'filter.province').code)}`);
  if (hasText(filter.status)) where.push(`c.status = ${param(requireChoice(filter.status.trim(), DEBT_CASE_STATUSES, 'filter.status'))}`);
  if (hasText(filter.channel)) where.push(`c.channel = ${param(requireChoice(filter.channel.trim(), DEBT_CHANNELS, 'filter.channel'))}`);
  if (hasText(filter.debtorCitizenId)) {
    where.push(`c.debtor_citizen_id = ${param(parseCitizenId(filter.debtorCitizenId, 'filter.debtorCitizenId'))}`);
  }
  const from = hasText(filter.registeredFrom) ? parseDateInput(filter.registeredFrom, 'filter.registeredFrom') : null;
  const to = hasText(filter.registeredTo) ? parseDateInput(filter.registeredTo, 'filter.registeredTo') : null;
  if (from && to && from > to) {
    throw new DomainError('DATE_RANGE_INVERTED', 'วันที่เริ่มต้องไม่อยู่หลังวันที่สิ้นสุด', 'The range starts after it ends', 'filter.registeredTo');
  }
  if (from) where.push(`c.registered_at >= ${param(bangkokStartOf(from))}`);
  if (to) where.push(`c.registered_at < ${param(new Date(Date.parse(bangkokStartOf(to)) + DAY_MS).toISOString())}`);
  const name = normaliseName(filter.text ?? '');
  if (name) where.push(nameCondition(name, param));
  // A search box holds a name or an id: 100 characters is more than either (TEXT_TOO_LONG beyond).
  const search = optionalText(filter.search, 'filter.search', 100);
  if (search) {
    const term = searchTermOf(search);
    if (term.kind === 'citizenId') where.push(`c.debtor_citizen_id = ${param(parseCitizenId(term.digits, 'filter.search'))}`);
    if (term.kind === 'caseId') where.push(`c.case_id = ${param(term.caseId)}`);
    if (term.kind === 'name' && term.name) where.push(nameCondition(term.name, param));
  }
  if (typeof filter.transferredIn === 'boolean') {
    where.push(`c.transferred_from_district_code IS ${filter.transferredIn ? 'NOT NULL' : 'NULL'}`);
  }
  return where;
}

/** Cases whose debtor's or a creditor's name holds the normalised `name` (debt-case-search.ts says how). */
const nameCondition = (name: string, param: (value: unknown) => string) =>
  `c.search_key LIKE ${param(`%${searchKeyOf(name)}%`)} AND c.search_text LIKE ${param(`%${name}%`)}`;
