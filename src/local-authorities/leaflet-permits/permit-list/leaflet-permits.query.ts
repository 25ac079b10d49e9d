import type pg from 'pg';
import type { Area } from '../../../identity/scope/area-scope.js';
import { formatSatang } from '../../../shared/money.js';
import { decodeCursor, encodeCursor, isInstantKey, type Page, pageOf } from '../../../shared/page.js';
import type { LeafletPermitStatus, PermitChannel } from '../leaflet-permit.events.js';

/** A row of the list as the API answers it. */
export interface LeafletPermitRow {
  permitId: string; status: LeafletPermitStatus; channel: PermitChannel; authorityCode: string; authorityNameTh: string; applicantName: string;
  advertisement: string; from: string; to: string; leaflets: number; fee: string; requestedAt: Date; requestedOn: string;
  dueOn: string; overdue: boolean; decidedOn: string | null; receiptNumber: string | null; permitNumber: string | null;
}

export interface LeafletPermitFilter extends Area {
  authorityCode: string | null;
  /** Only the requests of this person (a filer's own, by the citizen id D.DOPA verified). */
  applicantPersonId?: string | null;
  status: LeafletPermitStatus | null;
  /** Only requests not decided by their due day, as of `today`. */
  overdue: boolean;
  /** The Asia/Bangkok day the list is read on. */
  today: string;
}

const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
/** The list, beside the day it is read on ($1). */
const FROM = 'leaflet_permits, (SELECT $1::date AS day) today';
const SELECT = `SELECT permit_id, status, channel, authority_code, authority_name_th, applicant_name, advertisement, ${day('from_day')} AS from_day,
  ${day('to_day')} AS to_day, leaflets, fee_satang::text, requested_at, ${day('requested_on')} AS requested_on, ${day('due_on')} AS due_on,
  (status IN ('REQUESTED', 'CHECKED') AND due_on < today.day) AS overdue, ${day('decided_on')} AS decided_on, receipt_number, permit_number
  FROM ${FROM}`;

interface Row {
  permit_id: string; status: LeafletPermitStatus; channel: PermitChannel; authority_code: string; authority_name_th: string; applicant_name: string;
  advertisement: string; from_day: string; to_day: string; leaflets: number; fee_satang: string; requested_at: Date;
  requested_on: string; due_on: string; overdue: boolean; decided_on: string | null; receipt_number: string | null; permit_number: string | null;
}

const toRow = (r: Row): LeafletPermitRow => ({
  permitId: r.permit_id, status: r.status, channel: r.channel, authorityCode: r.authority_code, authorityNameTh: r.authority_name_th,
  applicantName: r.applicant_name, advertisement: r.advertisement, from: r.from_day, to: r.to_day, leaflets: r.leaflets,
  fee: formatSatang(BigInt(r.fee_satang)), requestedAt: r.requested_at, requestedOn: r.requested_on, dueOn: r.due_on, overdue: r.overdue,
  decidedOn: r.decided_on, receiptNumber: r.receipt_number, permitNumber: r.permit_number,
});

/**
 * A page of the list, newest request first, after the cursor of the previous page's last row (keyset pagination);
 * `totalCount` counts every matching row. Overdue: not decided (requested or checked) and due before today.
 */
export async function listLeafletPermits(
  db: pg.Pool, filter: LeafletPermitFilter, first: number, after?: string | null,
): Promise<Page<LeafletPermitRow> & { totalCount: () => Promise<number> }> {
  const values: unknown[] = [filter.today];
  const param = (value: unknown) => `$${values.push(value)}`;
  const where: string[] = [];
  if (filter.province) where.push(`province_code = ${param(filter.province)}`);
  if (filter.district) where.push(`district_code = ${param(filter.district)}`);
  if (filter.authorityCode) where.push(`authority_code = ${param(filter.authorityCode)}`);
  if (filter.applicantPersonId) where.push(`applicant_person_id = ${param(filter.applicantPersonId)}`);
  if (filter.status) where.push(`status = ${param(filter.status)}`);
  if (filter.overdue) where.push(`status IN ('REQUESTED', 'CHECKED') AND due_on < today.day`);
  const countValues = [...values];
  const clause = (list: string[]) => (list.length ? `WHERE ${list.join(' AND ')}` : '');
  const totalCount = async () =>
    (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${FROM} ${clause(where)}`, countValues)).rows[0].n;
  const cursor = after ? decodeCursor(after, isInstantKey(2)) : null;
  const page = cursor ? [...where, `(requested_at, permit_id) < (${param(cursor[0])}::timestamptz, ${param(cursor[1])})`] : where;
  const { rows } = await db.query<Row>(`${SELECT} ${clause(page)} ORDER BY requested_at DESC, permit_id DESC LIMIT ${param(first + 1)}`, values);
  return { ...pageOf(rows.map(toRow), first, (row) => encodeCursor([row.requestedAt.toISOString(), row.permitId]), after), totalCount };
}
