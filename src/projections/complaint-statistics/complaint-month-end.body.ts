import { createHash } from 'node:crypto';
import type { Figures } from './complaint-statistics.query.js';
import type { CorrectionRow } from './complaint-month-end.corrections.js';

/** One office's and main category's figures in a frozen month end (complaint_month_end). */
export interface MonthEndRow extends Figures {
  provinceCode: string;
  districtCode: string;
  categoryMain: string;
  receivedInMonth: number;
}

/** The columns of complaint_month_end as a MonthEndRow, for a SELECT or a RETURNING. */
export const MONTH_END_COLUMNS = `province_code AS "provinceCode", district_code AS "districtCode", category_main AS "categoryMain",
  received_in_month AS "receivedInMonth", received, in_progress AS "inProgress", resolved, closed, solved, set_aside AS "setAside"`;

/** The columns of complaint_month_end_correction as a CorrectionRow. */
export const CORRECTION_COLUMNS = `to_char(corrected_month, 'YYYY-MM-DD') AS "correctedMonth", province_code AS "provinceCode",
  district_code AS "districtCode", category_main AS "categoryMain", received, in_progress AS "inProgress", resolved, closed, solved,
  set_aside AS "setAside"`;

const FIGURES = ['receivedInMonth', 'received', 'inProgress', 'resolved', 'closed', 'solved', 'setAside'] as const;
const CORRECTION_FIGURES = ['received', 'inProgress', 'resolved', 'closed', 'solved', 'setAside'] as const;

const keyOf = (row: MonthEndRow) => `${row.provinceCode}|${row.districtCode}|${row.categoryMain}`;
const byKey = (a: MonthEndRow, b: MonthEndRow) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);

const correctionLine = (row: CorrectionRow) =>
  [row.correctedMonth, row.provinceCode, row.districtCode, row.categoryMain, ...CORRECTION_FIGURES.map((f) => Number(row[f]))];
const byLine = (a: unknown[], b: unknown[]) => (a.join('|') < b.join('|') ? -1 : a.join('|') > b.join('|') ? 1 : 0);

/**
 * A month end as text, the same for the same figures however they were read: its month, then a row per office and
 * category (by province, district, category, in code-unit order), each its keys and figures in FIGURES' order;
 * then, for a month end that lists corrections (null for one frozen before migration 770), a line per corrected
 * month, office and category, in the same way.
 */
export function monthEndText(month: string, rows: readonly MonthEndRow[], corrections: readonly CorrectionRow[] | null): string {
  const lines = [...rows].sort(byKey).map((row) => [row.provinceCode, row.districtCode, row.categoryMain, ...FIGURES.map((f) => Number(row[f]))]);
  if (corrections === null) return JSON.stringify({ month, rows: lines });
  return JSON.stringify({ month, rows: lines, corrections: corrections.map(correctionLine).sort(byLine) });
}

export function monthEndSha256(month: string, rows: readonly MonthEndRow[], corrections: readonly CorrectionRow[] | null): string {
  return createHash('sha256').update(monthEndText(month, rows, corrections)).digest('hex');
}

/** The offices (province/district) whose correction lines differ between two month ends of one month. */
export function correctionOfficesDiffering(a: readonly CorrectionRow[], b: readonly CorrectionRow[]): string[] {
  const lines = (rows: readonly CorrectionRow[]) => new Set(rows.map((row) => correctionLine(row).join(',')));
  const [left, right] = [lines(a), lines(b)];
  const differing = [...a.filter((row) => !right.has(correctionLine(row).join(','))), ...b.filter((row) => !left.has(correctionLine(row).join(',')))];
  return [...new Set(differing.map((row) => `${row.provinceCode}/${row.districtCode}`))].sort();
}

/** The offices (province/district, '' for none) whose figures differ between two month ends of one month. */
export function officesDiffering(a: readonly MonthEndRow[], b: readonly MonthEndRow[]): string[] {
  const figures = (rows: readonly MonthEndRow[]) => new Map(rows.map((row) => [keyOf(row), FIGURES.map((f) => Number(row[f])).join(',')]));
  const [left, right] = [figures(a), figures(b)];
  const offices = new Set<string>();
  for (const key of new Set([...left.keys(), ...right.keys()])) {
    if (left.get(key) !== right.get(key)) offices.add(key.split('|').slice(0, 2).join('/'));
  }
  return [...offices].sort();
}
