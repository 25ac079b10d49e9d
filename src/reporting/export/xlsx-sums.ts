import { satangOf } from '../../shared/money.js';
import type { ReportColumn, ReportTable } from './report-document.js';

/** Excel keeps 15 significant digits: baht with at most 13 before the point is a number it holds exactly. */
const EXACT_IN_EXCEL = /^-?\d{1,13}\.\d{2}$/;

/** Whether the workbook writes this cell as a number (all counts; baht Excel holds exactly). */
export const isExcelNumber = (value: string | number, kind: ReportColumn['kind']): boolean =>
  kind === 'count' ? typeof value === 'number' : kind === 'money' && (typeof value === 'number' || EXACT_IN_EXCEL.test(value));

const exact = (value: string | number): bigint => (typeof value === 'number' ? BigInt(value) * 100n : satangOf(value));

/**
 * Whether column `c` of a sum row may be written as SUM over the rows that are not totals: every addend and the
 * sum are numbers to Excel and the addends add up exactly to the figure, so the formula never shows another number.
 */
export function summable(table: ReportTable, sumRow: number, c: number): boolean {
  const kind = table.columns[c].kind;
  const total = table.rows[sumRow].cells[c];
  if (kind === 'text' || !isExcelNumber(total, kind)) return false;
  const addends = table.rows.filter((row) => !row.total).map((row) => row.cells[c]);
  if (!addends.every((value) => isExcelNumber(value, kind))) return false;
  return addends.reduce<bigint>((sum, value) => sum + exact(value), 0n) === exact(total);
}
