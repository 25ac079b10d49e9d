import { DomainError } from '../../../shared/domain-error.js';

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/**
 * The records of CSV text that comes in chunks, numbered from 1: cells separated by commas; records ending at
 * the line ending met first outside quotes in the file (\r\n, \n or \r), and at no other; a cell in double
 * quotes may hold commas, line endings and doubled quotes. A quote inside a cell that does not start with one,
 * anything but a comma or line ending after a closing quote, or a quote never closed makes the file
 * unreadable. These are the records and the refusals of csv-parse with `relax_column_count`, which the import
 * used before at about four times the CPU; papaparse, udsv and csv-parser are fast too, but read a misplaced
 * quote some way or other instead of refusing the file.
 */
export class CsvRecords {
  private pending = '';
  private ending: string | undefined;
  private recordsRead = 0;

  /** The records the chunk completes; a record it leaves unfinished comes with a later chunk. */
  push(chunk: string): [rowNumber: number, cells: string[]][] {
    return this.records(this.pending + chunk, false);
  }

  /** The last record, when the text does not end with a line ending. */
  end(): [rowNumber: number, cells: string[]][] {
    return this.records(this.pending, true);
  }

  private records(text: string, final: boolean): [number, string[]][] {
    const records: [number, string[]][] = [];
    let start = 0;
    for (let record; start < text.length && (record = this.record(text, start, final)); start = record.next) {
      records.push([++this.recordsRead, record.cells]);
    }
    this.pending = text.slice(start);
    return records;
  }

  /** The record at `start` and where the next one begins; undefined when the text ends before it can tell. */
  private record(text: string, start: number, final: boolean): { cells: string[]; next: number } | undefined {
    const cells: string[] = [];
    for (let pos = start; ;) {
      const quoted = text.charCodeAt(pos) === QUOTE;
      const end = quoted ? this.quotedEnd(text, pos, final) : this.plainEnd(text, pos, final);
      if (end === undefined) return undefined;
      cells.push(quoted ? text.slice(pos + 1, end - 1).replaceAll('""', '"') : text.slice(pos, end));
      if (end === text.length) return final ? { cells, next: end } : undefined;
      if (text.charCodeAt(end) === COMMA) {
        pos = end + 1;
        continue;
      }
      const ending = this.endingAt(text, end, final);
      if (ending === undefined) return undefined;
      if (ending === 0) {
        throw this.malformed('มีข้อความต่อจากเครื่องหมายคำพูดปิด', 'has something other than a comma or line ending after a closing quote');
      }
      return { cells, next: end + ending };
    }
  }

  /** Where a cell without quotes ends: at a comma, the line ending or the end of the text. */
  private plainEnd(text: string, start: number, final: boolean): number | undefined {
    for (let i = start; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === COMMA) return i;
      if (c === QUOTE) {
        throw this.malformed('มีเครื่องหมายคำพูดกลางช่องที่ไม่ได้อยู่ในเครื่องหมายคำพูด', 'has a quote inside a cell that does not start with one');
      }
      if (c === CR || c === LF) {
        const ending = this.endingAt(text, i, final);
        if (ending !== 0) return ending === undefined ? undefined : i;
      }
    }
    return final ? text.length : undefined;
  }

  /** Just after the closing quote of the cell whose opening quote is at `start`. */
  private quotedEnd(text: string, start: number, final: boolean): number | undefined {
    for (let from = start + 1; ;) {
      const quote = text.indexOf('"', from);
      if (quote < 0 || (quote === text.length - 1 && !final)) {
        if (final) throw this.malformed('มีเครื่องหมายคำพูดที่ไม่ได้ปิด', 'has a quote that is never closed');
        return undefined;
      }
      if (text.charCodeAt(quote + 1) !== QUOTE) return quote + 1;
      from = quote + 2;
    }
  }

  /** The length of the line ending at `pos`, 0 when there is none; the first one met sets the file's. */
  private endingAt(text: string, pos: number, final: boolean): number | undefined {
    if (!final && pos === text.length - 1 && text.charCodeAt(pos) === CR) return undefined;
    if (this.ending === undefined) {
      const c = text.charCodeAt(pos);
      if (c !== CR && c !== LF) return 0;
      this.ending = c === LF ? '\n' : text.charCodeAt(pos + 1) === LF ? '\r\n' : '\r';
    }
    return text.startsWith(this.ending, pos) ? this.ending.length : 0;
  }

  private malformed(th: string, en: string): DomainError {
    const row = this.recordsRead + 1;
    return new DomainError(
      'IMPORT_CSV_MALFORMED', `ไฟล์ CSV อ่านไม่ได้: แถว ${row} ${th}`, `The CSV file cannot be read: row ${row} ${en}`, 'file');
  }
}
