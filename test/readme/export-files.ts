import fs from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { IMPORT_COLUMNS, type ImportColumn } from '../../src/cases/debt/import/import-columns.js';
import { citizenIdOf } from '../support/debt-generator.js';

/** Two registrations of district 4901 as the earlier system exports them (Thai headers). */
const ROWS: Partial<Record<ImportColumn, string>>[] = [1, 2].map((n) => ({
  registrationId: `R-00${n}`, registeredAt: '5/1/2567 10:30', channel: 'จุดรับลงทะเบียน', citizenId: citizenIdOf(880_000 + n),
  title: 'นาง', firstName: `ผู้กู้${n}`, lastName: 'นำเข้า', occupation: 'ค้าขาย', addressLine: '9 หมู่ 2', subdistrictCode: '490101',
  districtCode: '4901', provinceCode: '49', creditorKind: 'บุคคล', creditorName: 'นายทองคำ เงินดี', principal: '๑๐,๐๐๐',
  outstanding: '๑๒,๐๐๐', helpWanted: 'ไกล่เกลี่ย',
}));

/** `export.csv` as Excel on Thai Windows saves it (Windows-874) and `export.xlsx`, the files the README imports, in `dir`. */
export async function writeExportFiles(dir: string): Promise<void> {
  const columns = Object.keys(IMPORT_COLUMNS) as ImportColumn[];
  const table = [columns.map((c) => IMPORT_COLUMNS[c].th), ...ROWS.map((row) => columns.map((c) => row[c] ?? ''))];
  const csv = table.map((cells) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
  await fs.writeFile(path.join(dir, 'export.csv'), iconv.encode(csv, 'windows-874'));
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('export').addRows(table);
  await workbook.xlsx.writeFile(path.join(dir, 'export.xlsx'));
}
