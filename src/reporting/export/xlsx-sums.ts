import { satangOf } from '../../shared/money.js';
import type { ReportColumn, ReportRow, ReportTable } from './report-document.js';

/** Excel keeps 15 significant digits: baht with at most 13 before the point is a number it holds exactly. */
const EXACT_IN_EXCEL = /^-?\d{1,13}\.\d{2}$/;

/** Whether the workbook writes this cell as a number (all counts; baht Excel holds exactly). */
export const isExcelNumber = (value: string | number, kind: ReportColumn['kind']): boolean =>
  kind === 'count' ? typeof value === 'number' : kind === 'money' && (typeof value === 'number' || EXACT_IN_EXCEL.test(value));

const exact = (value: string | number): bigint => (typeof value === 'number' ? BigInt(value) * 100n : satangOf(value));

/** The rows a sum row adds up: neither totals nor aside. */
export const isAddend = (row: ReportRow): boolean => !row.total && !row.aside;

/**
 * Whether column `c` of a sum row may be written as SUM over the addends: every addend and the sum are numbers
 * to Excel and the addends add up exactly to the figure, so the formula never shows another number.
 */
export function summable(table: ReportTable, sumRow: number, c: number): boolean {
  const kind = table.columns[c].kind;
  const total = table.rows[sumRow].cells[c];
  if (kind === 'text' || !isExcelNumber(total, kind)) return false;
  const addends = table.rows.filter(isAddend).map((row) => row.cells[c]);
  if (!addends.every((value) => isExcelNumber(value, kind))) return false;
  return addends.reduce<bigint>((sum, value) => sum + exact(value), 0n) === exact(total);
}

/** Excel's SUM takes at most 255 arguments: the ranges of consecutive addend rows. */
const MAX_RANGES = 255;

/** The addends' sheet rows as ranges of consecutive rows ([5, 7], [9, 9]); null when Excel's SUM could not take them all. */
export function addendRanges(rows: number[]): [number, number][] | null {
  const ranges: [number, number][] = [];
  for (const row of rows) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else ranges.push([row, row]);
  }
  return ranges.length > 0 && ranges.length <= MAX_RANGES ? ranges : null;
}
