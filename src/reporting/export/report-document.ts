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
  /**
   * The footer's left line of a report that is never frozen, so has no verification code yet is no provisional report
   * (a local authority's collection as of a time); absent, a report without a code is called provisional.
   */
  footerNote?: string;
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
  /** The total is the sum of the table's addends: its rows that are neither totals nor aside (the workbook writes it as SUM where it can). */
  sumOfRows?: boolean;
  /** Figures shown beside the addends and left out of the sums, e.g. what a late transfer moved beside the late facts. */
  aside?: boolean;
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

/** Figures printed only in the table of the figures as at 15.00 (from the cumulative ones), not in every table. */
type StandingOnly = 'creditors' | 'principal' | 'outstanding' | 'wishingMediation';

/**
 * The title and kind of every figure, in the order of the columns: a figure added to Figures fails the type
 * check until it has its column here (or among the standing ones), and then appears in every table, PDF and
 * workbook alike.
 */
const FIGURE_COLUMN_OF: { [K in Exclude<keyof Figures, StandingOnly>]: Omit<FigureColumn, 'key'> } = {
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

/** The figures the department publishes as at 15.00 (debtors, creditors, debt, those who wish mediation), in order. */
const STANDING_COLUMN_OF: { [K in StandingOnly | 'registered']: Omit<FigureColumn, 'key'> } = {
  registered: { title: 'ลูกหนี้ (ราย)', kind: 'count' },
  creditors: { title: 'เจ้าหนี้ (ราย)', kind: 'count' },
  principal: { title: 'เงินต้น (บาท)', kind: 'money' },
  outstanding: { title: 'ยอดหนี้คงค้าง (บาท)', kind: 'money' },
  wishingMediation: { title: 'ประสงค์\nไกล่เกลี่ย (ราย)', kind: 'count' },
};

const columnsOf = (of: Partial<Record<keyof Figures, Omit<FigureColumn, 'key'>>>): readonly FigureColumn[] =>
  Object.entries(of).map(([key, column]) => ({ key: key as keyof Figures, ...column! }));

/** The figure columns every table shows, in order. */
export const FIGURE_COLUMNS = columnsOf(FIGURE_COLUMN_OF);

/** The columns of the table of the figures as at 15.00, from a report's cumulative figures. */
export const STANDING_COLUMNS = columnsOf(STANDING_COLUMN_OF);

/** The figures as cells: counts as numbers, baht as the exact decimal text ("12500.50"), whatever its size; '' for a figure not recorded. */
export function figureCells(figures: Figures, columns = FIGURE_COLUMNS): (string | number)[] {
  return columns.map((c) => figures[c.key] ?? '');
}

/** True when every figure of the tables is zero. */
export function isBlank(figures: Figures): boolean {
  return FIGURE_COLUMNS.every((c) => Number(figures[c.key]) === 0);
}

/** A table of figures: the row labels (one column each, e.g. district and day), then the figure columns. */
export function figureTable(
  title: string, sheet: string, labels: string | readonly string[], rows: ReportRow[], columns = FIGURE_COLUMNS,
): ReportTable {
  const labelColumns = (typeof labels === 'string' ? [labels] : labels).map((label): ReportColumn => ({ title: label, kind: 'text' }));
  return { title, sheet, columns: [...labelColumns, ...columns.map(({ title: t, kind }) => ({ title: t, kind }))], rows };
}

const COUNT = new Intl.NumberFormat('en-US');
const MONEY = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 1,234 and 12,500.50: how a cell reads in the PDF; baht text is grouped exactly, never through a float. */
export function cellText(value: string | number, kind: ReportColumn['kind']): string {
  if (kind === 'money') return MONEY.format(typeof value === 'string' ? value as `${number}` : value);
  return kind === 'text' || typeof value === 'string' ? String(value) : COUNT.format(value);
}
