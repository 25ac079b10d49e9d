import { constants } from 'node:fs';
import { access, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../shared/domain-error.js';
import { mapHeaders, type ColumnTable, type ImportRow } from './import-table.js';

/** Why a row was refused, as the rejects file says it: the English header of the column at fault, when one is. */
export interface RejectReason {
  rowNumber: number;
  column: string | null;
  code: string;
  messageTh: string;
}

/** The columns the rejects file puts before the file's own: the row in the file imported, the column at fault, why. */
const REJECT_HEADERS = ['row', 'column', 'code', 'ข้อผิดพลาด'];

/** `<name>.rejects.csv` beside the file imported. */
export const defaultRejectsFile = (file: string) =>
  path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.rejects.csv`);

/**
 * The rows of the refused entries (a registration's rows, a complaint's row), every cell as it was, after the four columns that say where and
 * why (a row refused on several columns names them all, its messages joined by "; "): a CSV in UTF-8 with a byte-order mark (so Excel shows the Thai) that a clerk fixes and imports again,
 * the import ignoring those columns. Written when the run ends; when nothing was refused, the rejects file
 * an earlier run left is removed.
 */
export class ImportRejects {
  private readonly refused: { refusals: readonly RejectReason[]; rows: readonly ImportRow[] }[] = [];

  private constructor(readonly file: string, private readonly table: ColumnTable) {}

  /** Refuses, before anything is read, a rejects file that is the file imported or that cannot be written. */
  static async open(file: string, imported: string, table: ColumnTable): Promise<ImportRejects> {
    if (path.resolve(file) === path.resolve(imported)) {
      throw new DomainError('IMPORT_REJECTS_IS_INPUT', 'ไฟล์แถวที่ถูกปฏิเสธต้องไม่ใช่ไฟล์ที่นำเข้า',
        'The rejects file cannot be the file imported', 'rejects');
    }
    try {
      await access(path.dirname(file), constants.W_OK);
      await access(file, constants.W_OK).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    } catch {
      throw new DomainError('IMPORT_REJECTS_UNWRITABLE', 'เขียนไฟล์แถวที่ถูกปฏิเสธไม่ได้ (ตรวจสอบโฟลเดอร์และสิทธิ์การเขียน)',
        'The rejects file cannot be written (check its folder and permissions)', 'rejects');
    }
    return new ImportRejects(file, table);
  }

  /** A refused entry: its refusals and its rows. */
  add(refusals: readonly RejectReason[], rows: readonly ImportRow[]): void {
    this.refused.push({ refusals, rows });
  }

  /** Writes the refused rows in row order under the file's headers; returns whether any were refused. */
  async write(headers: readonly string[]): Promise<boolean> {
    if (this.refused.length === 0) {
      await rm(this.file, { force: true });
      return false;
    }
    const columns = mapHeaders(this.table, headers);
    const headerOf = (en: string | null) => headers[columns.findIndex((c) => c !== undefined && this.table[c].en === en)] ?? '';
    /** The file's own columns but those of an earlier rejects file's, and any cell beyond the last header. */
    const kept = headers.flatMap((header, i) => (REJECT_HEADERS.includes(header.trim().toLowerCase()) ? [] : [i]));
    const cellsOf = (cells: readonly string[]) => [...kept.map((i) => cells[i] ?? ''), ...cells.slice(headers.length)];
    const lines = this.refused.flatMap(({ refusals, rows }) => rows.map((row) => {
      const here = refusals.filter((refusal) => refusal.rowNumber === row.rowNumber);
      const why = here.length > 0
        ? [[...new Set(here.map((r) => headerOf(r.column)).filter(Boolean))].join(', '), here.map((r) => r.code).join(', '),
          here.map((r) => r.messageTh).join('; ')]
        : ['', '', `ไม่ได้นำเข้าเพราะแถว ${refusals[0].rowNumber} ของรายการเดียวกันมีข้อผิดพลาด`];
      return { rowNumber: row.rowNumber, cells: [String(row.rowNumber), ...why, ...cellsOf(row.cells)] };
    }));
    lines.sort((a, b) => a.rowNumber - b.rowNumber);
    const text = [[...REJECT_HEADERS, ...cellsOf(headers)], ...lines.map((line) => line.cells)].map(csvLine).join('\r\n');
    await writeFile(this.file, `\uFEFF${text}\r\n`);
    return true;
  }
}

const csvLine = (cells: readonly string[]) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',');
