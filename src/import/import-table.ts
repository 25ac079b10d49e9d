import { DomainError } from '../shared/domain-error.js';

/**
 * The columns an import reads, each with its English and Thai header and whether a file must have it. Headers
 * in English or Thai, in any order; other columns are ignored.
 */
export type ColumnTable = Readonly<Record<string, { en: string; th: string; required: boolean }>>;

/** One data row of the file: its 1-based row number in the file (the header is row 1) and its values. */
export interface ImportRow<C extends string = string> {
  rowNumber: number;
  values: Partial<Record<C, string>>;
  /** Something is written beyond the last header: the cells may have shifted (an unquoted comma in a CSV). */
  extraCells: boolean;
  /** The row as it was, every cell, for the rejects file. */
  cells: readonly string[];
}

/** What an import reports while it reads, for a progress bar. */
export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  rows: number;
}

const normaliseHeader = (header: string) => header.normalize('NFC').trim().toLowerCase().replace(/\s+/g, '_');

/** The column of each header position (undefined for a column the import ignores); refuses a file lacking a required column. */
export function mapHeaders<C extends string>(table: ColumnTable & Record<C, unknown>, headers: readonly string[]): (C | undefined)[] {
  const names = Object.keys(table) as C[];
  const byHeader = new Map<string, C>(names.flatMap((column) => [
    [normaliseHeader(table[column].en), column], [normaliseHeader(table[column].th), column],
  ]));
  const columns = headers.map((header) => byHeader.get(normaliseHeader(header ?? '')));
  const missing = names.filter((column) => table[column].required && !columns.includes(column));
  if (missing.length > 0) {
    const list = missing.map((c) => `${table[c].en} (${table[c].th})`).join(', ');
    throw new DomainError('IMPORT_COLUMNS_MISSING', `ไฟล์ขาดคอลัมน์ที่จำเป็น: ${list}`, `The file lacks required columns: ${list}`, 'header');
  }
  return columns;
}

/** One row by column, blank cells left out; undefined for a row with nothing written in it. */
export function rowOf<C extends string>(rowNumber: number, columns: readonly (C | undefined)[], cells: readonly string[]): ImportRow<C> | undefined {
  const values: Partial<Record<C, string>> = {};
  let written = false;
  let extraCells = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === undefined || cell.trim() === '') continue;
    written = true;
    const column = columns[i];
    if (column !== undefined) values[column] = cell;
    else if (i >= columns.length) extraCells = true;
  }
  return written ? { rowNumber, values, extraCells, cells } : undefined;
}

/** A row with cells beyond the last header: refused, its cells may have shifted. */
export const extraCellsError = () => new DomainError('IMPORT_ROW_EXTRA_CELLS',
  'แถวนี้มีข้อมูลเกินคอลัมน์สุดท้ายของหัวตาราง ข้อมูลอาจเลื่อนช่อง (เช่น มีจุลภาคที่ไม่อยู่ในเครื่องหมายคำพูด)',
  'The row has cells beyond the last header, so its cells may have shifted (an unquoted comma?)');
