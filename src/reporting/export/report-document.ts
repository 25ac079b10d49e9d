import type { Figures } from '../report-figures.js';

/** A report laid out for a file, whatever the format: header lines, then tables. */
export interface ReportDocument {
  /** File name without the extension. */
  fileBase: string;
  /** Office, title, period, cut-off, status: one line each, the first ones bold. */
  header: string[];
  tables: ReportTable[];
  footer: string[];
}

export interface ReportTable {
  title: string;
  /** Sheet name in the workbook (at most 31 characters). */
  sheet: string;
  columns: ReportColumn[];
  rows: ReportRow[];
}

export interface ReportColumn {
  title: string;
  kind: 'text' | 'count' | 'money';
}

export interface ReportRow {
  cells: (string | number)[];
  total?: boolean;
}

/** The figure columns every table shows, in order. */
export const FIGURE_COLUMNS: readonly (ReportColumn & { key: keyof Figures })[] = [
  { key: 'registered', title: 'ลงทะเบียน', kind: 'count' },
  { key: 'registeredSelfQrThaid', title: 'QR ThaiD', kind: 'count' },
  { key: 'registeredThaidApp', title: 'แอป ThaiD', kind: 'count' },
  { key: 'registeredCounter', title: 'ณ ศูนย์ฯ', kind: 'count' },
  { key: 'registeredPaper', title: 'แบบกระดาษ', kind: 'count' },
  { key: 'contacted', title: 'ติดต่อได้', kind: 'count' },
  { key: 'mediationsHeld', title: 'ไกล่เกลี่ย', kind: 'count' },
  { key: 'agreed', title: 'สำเร็จ', kind: 'count' },
  { key: 'notAgreed', title: 'ไม่สำเร็จ', kind: 'count' },
  { key: 'partyAbsent', title: 'ไม่มา', kind: 'count' },
  { key: 'referred', title: 'ส่งต่อ', kind: 'count' },
  { key: 'closed', title: 'ยุติ', kind: 'count' },
  { key: 'debtBefore', title: 'หนี้ก่อน (บาท)', kind: 'money' },
  { key: 'debtAfter', title: 'หนี้หลัง (บาท)', kind: 'money' },
  { key: 'reduction', title: 'ลดลง (บาท)', kind: 'money' },
  { key: 'transfersIn', title: 'รับโอน', kind: 'count' },
  { key: 'transfersOut', title: 'โอนออก', kind: 'count' },
];

/** The figures the department publishes as at 15.00, from a report's cumulative figures. */
export const STANDING_COLUMNS: readonly (ReportColumn & { key: keyof Figures })[] = [
  { key: 'registered', title: 'ลูกหนี้ (ราย)', kind: 'count' },
  { key: 'creditors', title: 'เจ้าหนี้ (ราย)', kind: 'count' },
  { key: 'principal', title: 'เงินต้น (บาท)', kind: 'money' },
  { key: 'outstanding', title: 'ยอดหนี้คงค้าง (บาท)', kind: 'money' },
  { key: 'wishingMediation', title: 'ประสงค์ไกล่เกลี่ย (ราย)', kind: 'count' },
];

/** The figures as cells: counts as numbers, baht as the exact decimal text ("12500.50"), whatever its size. */
export function figureCells(figures: Figures, columns = FIGURE_COLUMNS): (string | number)[] {
  return columns.map((c) => figures[c.key] ?? '');
}

/** True when every figure of the tables is zero. */
export function isBlank(figures: Figures): boolean {
  return FIGURE_COLUMNS.every((c) => Number(figures[c.key]) === 0);
}

export function figureTable(title: string, sheet: string, labelTitle: string, rows: ReportRow[], columns = FIGURE_COLUMNS): ReportTable {
  return { title, sheet, columns: [{ title: labelTitle, kind: 'text' }, ...columns], rows };
}

const COUNT = new Intl.NumberFormat('en-US');
const MONEY = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 1,234 and 12,500.50: how a cell reads in the PDF; baht text is grouped exactly, never through a float. */
export function cellText(value: string | number, kind: ReportColumn['kind']): string {
  if (kind === 'money') return MONEY.format(typeof value === 'string' ? value as `${number}` : value);
  return kind === 'text' || typeof value === 'string' ? String(value) : COUNT.format(value);
}
