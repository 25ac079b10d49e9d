import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { DomainError } from '../shared/domain-error.js';
import { mapHeaders, rowOf, type ColumnTable, type ImportRow } from './import-table.js';
import { csvEncodingOf, decodeText, type ImportEncoding } from './import-encoding.js';

/**
 * The rows of an export file, by the columns of its table (import-table.ts), streamed: CSV through csv-parse, in the encoding found (or given) by reading
 * the whole file once before (import-encoding.ts), XLSX (the first worksheet) through exceljs's streaming
 * reader. They come as many at a time as have been read, not one promise each. Row numbers are as a
 * spreadsheet shows them, the header being row 1. `onBytes` hears how much of the file has been read, for
 * a progress bar.
 */
export interface ImportFile<C extends string> {
  totalBytes: number;
  /** The encoding a CSV file is read in; null for XLSX. */
  encoding: ImportEncoding | null;
  rows: AsyncGenerator<ImportRow<C>[]>;
  /** The header row's cells, once the rows have started. */
  headers(): readonly string[];
}

export interface ImportFileOptions {
  /** A CSV file's encoding, instead of the one found. */
  encoding?: ImportEncoding;
  onBytes?: (bytesRead: number) => void;
}

type Records = AsyncGenerator<[rowNumber: number, cells: string[]][]>;

export async function openImportFile<C extends string>(
  file: string, table: ColumnTable & Record<C, unknown>, options: ImportFileOptions = {},
): Promise<ImportFile<C>> {
  const extension = path.extname(file).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx') {
    throw new DomainError('IMPORT_FILE_TYPE', 'นำเข้าได้เฉพาะไฟล์ .csv หรือ .xlsx', 'Only .csv and .xlsx files can be imported', 'file');
  }
  if (extension === '.xlsx' && options.encoding) {
    throw new DomainError('IMPORT_ENCODING_NOT_CSV', 'ระบุการเข้ารหัสได้เฉพาะไฟล์ .csv', 'An encoding can be given for .csv files only', 'encoding');
  }
  const { size } = await stat(file);
  const encoding = extension === '.csv' ? await csvEncodingOf(file, options.encoding) : null;
  const stream = createReadStream(file);
  let bytesRead = 0;
  const counted = (chunk: Buffer) => options.onBytes?.((bytesRead += chunk.length));
  const records = encoding ? csvRecords(stream, encoding, counted) : xlsxRecords(stream, counted);
  let headers: readonly string[] = [];
  return { totalBytes: size, encoding, rows: withHeaders(records, table, (cells) => (headers = cells)), headers: () => headers };
}

async function* withHeaders<C extends string>(
  records: Records, table: ColumnTable & Record<C, unknown>, onHeaders: (cells: string[]) => void,
): AsyncGenerator<ImportRow<C>[]> {
  let columns: (C | undefined)[] | undefined;
  for await (const chunk of records) {
    const rows: ImportRow<C>[] = [];
    for (const [rowNumber, cells] of chunk) {
      if (columns === undefined) {
        columns = mapHeaders(table, cells);
        onHeaders(cells);
        continue;
      }
      const row = rowOf(rowNumber, columns, cells);
      if (row) rows.push(row);
    }
    yield rows;
  }
}

/**
 * The text decoded as it is read, then parsed by csv-parse, which drops a byte-order mark; a cell may hold
 * commas, quotes doubled and line breaks when quoted. Each wait brings the records parsed meanwhile. A
 * misplaced or unclosed quote refuses the file.
 */
async function* csvRecords(stream: ReadStream, encoding: ImportEncoding, counted: (chunk: Buffer) => void): Records {
  stream.on('data', (chunk) => counted(chunk as Buffer));
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: false });
  pipeline(stream, (bytes: AsyncIterable<Buffer>) => decodeText(bytes, encoding), parser, () => undefined);
  let rowNumber = 0;
  try {
    for await (const record of parser) {
      const chunk: [number, string[]][] = [[++rowNumber, record as string[]]];
      for (let next = parser.read() as string[] | null; next !== null; next = parser.read() as string[] | null) {
        chunk.push([++rowNumber, next]);
      }
      yield chunk;
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const row = Number((error as CsvError & { records?: number }).records ?? rowNumber) + 1;
    throw new DomainError('IMPORT_CSV_MALFORMED', `ไฟล์ CSV อ่านไม่ได้ที่แถว ${row}: เครื่องหมายคำพูดไม่ครบคู่หรืออยู่ผิดที่`,
      `The CSV file cannot be read at row ${row}: ${error.message}`, 'file');
  }
}

/**
 * The first worksheet's rows. The workbook is read whole (JSZip through ExcelJS): ExcelJS's streaming reader, on
 * unzipper, now and then ends its pass over the zip before the workbook part and then fails on a valid file
 * ("reading 'sheets'", about 1 read in 150 here), and an export of the earlier system is a district's cases, megabytes.
 */
async function* xlsxRecords(stream: ReadStream, counted: (chunk: Buffer) => void): Records {
  stream.on('data', (chunk) => counted(chunk as Buffer));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.read(stream);
  const sheet = workbook.worksheets[0];
  if (!sheet) return;
  const rows: [number, string[]][] = [];
  sheet.eachRow((row, rowNumber) => rows.push([rowNumber, (row.values as ExcelJS.CellValue[]).slice(1).map(cellText)]));
  for (let i = 0; i < rows.length; i += XLSX_ROWS_AT_ONCE) yield rows.slice(i, i + XLSX_ROWS_AT_ONCE);
}

/** Rows of a worksheet handed on at once (the CSV reader hands on its own chunks). */
const XLSX_ROWS_AT_ONCE = 500;

/** A cell as text: numbers as JavaScript writes them, dates as the wall-clock time they show (YYYY-MM-DD[ HH:MM:SS]). */
function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}
