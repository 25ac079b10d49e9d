import type pg from 'pg';
import { DEBT_CASE_STATUSES, DEBT_CHANNELS } from '../../cases/debt/debt.events.js';
import { requireDistrict, requireProvince } from '../../geography/geography.js';
import { requireChoice } from '../../shared/choice.js';
import { parseCitizenId } from '../../shared/citizen-id.js';
import { bangkokStartOf, parseDateInput } from '../../shared/date-input.js';
import { DomainError } from '../../shared/domain-error.js';
import { pageSize } from '../../shared/page-size.js';
import { hasText } from '../../shared/text-input.js';
import { rowSelectList } from './debt-case-columns.js';
import type { DebtCaseRow } from './debt-case-row.js';
import { normaliseName, searchKeyOf } from './debt-case-search.js';

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
}

export const MAX_PAGE = 200;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function findDebtCase(pool: pg.Pool, caseId: string): Promise<DebtCaseRow | undefined> {
  const { rows } = await pool.query<DebtCaseRow>(`SELECT ${rowSelectList('c')} FROM debt_cases c WHERE c.case_id = $1`, [caseId]);
  return rows[0];
}

/**
 * A page of the list, newest registration first (ties by case id), after the cursor of the previous page's
 * last row: keyset pagination, so a deep page costs what the first does. The total counts every matching case.
 */
export async function listDebtCases(pool: pg.Pool, filter: DebtCaseListFilter, first: number, after?: string | null) {
  pageSize(first, MAX_PAGE);
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const where = conditions(filter, param);
  const countValues = [...values];
  const cursor = hasText(after) ? decodeCursor(after) : null;
  const page = cursor ? [...where, `(c.registered_at, c.case_id) < (${param(cursor[0])}::timestamptz, ${param(cursor[1])})`] : where;
  const clause = (list: string[]) => (list.length ? `WHERE ${list.join(' AND ')}` : '');
  const [rows, count] = await Promise.all([
    pool.query<DebtCaseRow>(
      `SELECT ${rowSelectList('c')} FROM debt_cases c ${clause(page)}
       ORDER BY c.registered_at DESC, c.case_id DESC LIMIT ${param(first + 1)}`,
      values,
    ),
    pool.query<{ total: number }>(`SELECT count(*)::int AS total FROM debt_cases c ${clause(where)}`, countValues),
  ]);
  const items = rows.rows.slice(0, first);
  const last = items.at(-1);
  return {
    items,
    totalCount: count.rows[0].total,
    hasNextPage: rows.rows.length > first,
    endCursor: last ? encodeCursor(last.registeredAt, last.caseId) : null,
  };
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
  if (name) where.push(`c.search_key LIKE ${param(`%${searchKeyOf(name)}%`)} AND c.search_text LIKE ${param(`%${name}%`)}`);
  return where;
}

function encodeCursor(registeredAt: string, caseId: string): string {
  return Buffer.from(JSON.stringify([registeredAt, caseId])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string') && Number.isFinite(Date.parse(value[0]))) {
      return [value[0], value[1]];
    }
  } catch {
    // falls through to the typed rejection
  }
  throw new DomainError('CURSOR_INVALID', 'ตำแหน่งหน้าถัดไปไม่ถูกต้อง ให้เริ่มค้นหาใหม่', 'The cursor is not one this list gave out; start again', 'after');
}
