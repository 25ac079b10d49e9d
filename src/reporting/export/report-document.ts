import type { Figures } from '../report-figures.js';

/** A report laid out for a file, whatever the format: office and title, header lines, tables, notes, certification. */
export interface ReportDocument {
  /** The office the report comes from: the first header line. */
  office: string;
  /** The heading: the second header line, the PDF's Title, the workbook's title. */
  title: string;
  /** Period, cut-off, status: one line each under the heading. */
  header: string[];
  /** The download's name without the extension: Thai, and ASCII for clients that cannot take the Thai one. */
  fileName: { th: string; ascii: string };
  /** The one instant the file records (PDF dates, workbook dates, zip entries): the report's freeze. */
  issuedAt: Date;
  /** Short code from the report's SHA-256 in every page footer (verification-code.ts); null for a provisional report. */
  verificationCode: string | null;
  tables: ReportTable[];
  /** Lines under the tables: where the data comes from, how it is attributed. */
  notes: string[];
  certification: CertificationBlock | null;
}

export interface ReportTable {
  title: string;
  /** Sheet name in the workbook (at most 31 characters). */
  sheet: string;
  columns: ReportColumn[];
  rows: ReportRow[];
}

export interface ReportColumn {
  /** Words the PDF may break between lines at spaces; a '\n' forces a break. */
  title: string;
  kind: 'text' | 'count' | 'money';
}

export interface ReportRow {
  cells: (string | number)[];
  /** A total: bold, and kept on a page with the row before it. */
  total?: boolean;
  /** The total is the sum of the table's rows that are not totals (the workbook writes it as SUM where it can). */
  sumOfRows?: boolean;
  /** The row's district and province codes (the workbook's code columns). */
  codes?: { province: string; district?: string };
}

/** One person on the certification block (แบบรายงาน): reporter or chief, and how they signed. */
export interface SignatureBox {
  /** ผู้รายงาน, ผู้รับรอง */
  role: string;
  /** null while the office has named nobody for it. */
  name: string | null;
  position: string;
  phone: string | null;
  /** How the report was certified in the system by this person (when), or null: a line to sign by hand. */
  signed: string | null;
}

export interface CertificationBlock {
  title: string;
  /** Status statements: who certified and when, or that the report is not certified yet. */
  lines: string[];
  /** The districts' certifications, for a report of several districts. */
  table: ReportTable | null;
  signatures: SignatureBox[];
}

type FigureColumn = ReportColumn & { key: keyof Figures };

/**
 * The title and kind of every figure, in the order of the columns: a figure added to Figures fails the type
 * check until it has its column here, and then appears in every table, PDF and workbook alike.
 */
const FIGURE_COLUMN_OF: { [K in keyof Figures]: Omit<FigureColumn, 'key'> } = {
  registered: { title: 'ลง\nทะเบียน', kind: 'count' },
  registeredSelfQrThaid: { title: 'QR ThaiD', kind: 'count' },
  registeredThaidApp: { title: 'แอป ThaiD', kind: 'count' },
  registeredCounter: { title: 'ณ ศูนย์ฯ', kind: 'count' },
  registeredPaper: { title: 'แบบ\nกระดาษ', kind: 'count' },
  contacted: { title: 'ติดต่อ\nได้', kind: 'count' },
  mediationsHeld: { title: 'ไกล่\nเกลี่ย', kind: 'count' },
  agreed: { title: 'สำเร็จ', kind: 'count' },
  notAgreed: { title: 'ไม่\nสำเร็จ', kind: 'count' },
  partyAbsent: { title: 'ไม่มา', kind: 'count' },
  referred: { title: 'ส่งต่อ', kind: 'count' },
  closed: { title: 'ยุติ', kind: 'count' },
  debtBefore: { title: 'หนี้ก่อน (บาท)', kind: 'money' },
  debtAfter: { title: 'หนี้หลัง (บาท)', kind: 'money' },
  reduction: { title: 'ลดลง (บาท)', kind: 'money' },
  transfersIn: { title: 'รับ\nโอน', kind: 'count' },
  transfersOut: { title: 'โอน\nออก', kind: 'count' },
};

/** The figure columns every table shows, in order. */
export const FIGURE_COLUMNS: readonly FigureColumn[] = Object.entries(FIGURE_COLUMN_OF)
  .map(([key, column]) => ({ key: key as keyof Figures, ...column }));

/** The figures as cells: counts as numbers, baht as the exact decimal text ("12500.50"), whatever its size. */
export function figureCells(figures: Figures): (string | number)[] {
  return FIGURE_COLUMNS.map((c) => figures[c.key]);
}

/** A table of figures: the row labels (one column each, e.g. district and day), then every figure column. */
export function figureTable(title: string, sheet: string, labels: string | readonly string[], rows: ReportRow[]): ReportTable {
  const labelColumns = (typeof labels === 'string' ? [labels] : labels).map((label): ReportColumn => ({ title: label, kind: 'text' }));
  return { title, sheet, columns: [...labelColumns, ...FIGURE_COLUMNS.map(({ title: t, kind }) => ({ title: t, kind }))], rows };
}

const COUNT = new Intl.NumberFormat('en-US');
const MONEY = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 1,234 and 12,500.50: how a cell reads in the PDF; baht text is grouped exactly, never through a float. */
export function cellText(value: string | number, kind: ReportColumn['kind']): string {
  if (kind === 'money') return MONEY.format(typeof value === 'string' ? value as `${number}` : value);
  return kind === 'text' || typeof value === 'string' ? String(value) : COUNT.format(value);
}
