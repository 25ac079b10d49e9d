import fs from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { COMPLAINT_IMPORT_COLUMNS, type ComplaintImportColumn } from '../../src/cases/complaint/import/complaint-import-columns.js';
import { IMPORT_COLUMNS, type ImportColumn } from '../../src/cases/debt/import/import-columns.js';
import { citizenIdOf } from '../support/debt-generator.js';

/** Two registrations of district 4901 as the earlier system exports them (Thai headers). */
const ROWS: Partial<Record<ImportColumn, string>>[] = [1, 2].map((n) => ({
  registrationId: `R-00${n}`, registeredAt: '5/1/2567 10:30', channel: 'จุดรับลงทะเบียน', citizenId: citizenIdOf(880_000 + n),
  title: 'นาง', firstName: `ผู้กู้${n}`, lastName: 'นำเข้า', occupation: 'ค้าขาย', addressLine: '9 หมู่ 2', subdistrictCode: '490101',
  districtCode: '4901', provinceCode: '49', creditorKind: 'บุคคล', creditorName: 'นายทองคำ เงินดี', principal: '๑๐,๐๐๐',
  outstanding: '๑๒,๐๐๐', helpWanted: 'ไกล่เกลี่ย',
}));

/** Two complaints received in district 4901, one anonymous, as a paper register is typed in (Thai headers, Buddhist Era dates). */
const COMPLAINTS: Partial<Record<ComplaintImportColumn, string>>[] = [
  { reference: 'ร-2562/001', receivedAt: '๑๕/๑๐/๒๕๖๒', channel: 'สายด่วน 1567', office: '4901', citizenId: citizenIdOf(881_001), title: 'นาย',
    firstName: 'ผู้ร้อง', lastName: 'ทดลอง', categoryMain: 'REQUEST_HELP', categorySub: 'DISASTER', subject: 'น้ำท่วมบ้าน',
    description: 'ขอความช่วยเหลือ', subdistrictCode: '490101', districtCode: '4901' },
  { reference: 'ร-2563/002', receivedAt: '3/2/2563 10:00', channel: 'หนังสือ/จดหมาย', office: '4901', anonymous: 'ใช่',
    categoryMain: 'OTHER', categoryOther: 'ขอใบรับรอง', subject: 'ขอใบรับรอง', description: 'ไม่ได้รับใบรับรอง',
    subdistrictCode: '490101', districtCode: '4901' },
];

/** `export.csv` as Excel on Thai Windows saves it (Windows-874) and `export.xlsx`, the files the README imports, and `complaints.csv`, in `dir`. */
export async function writeExportFiles(dir: string): Promise<void> {
  const columns = Object.keys(IMPORT_COLUMNS) as ImportColumn[];
  const table = [columns.map((c) => IMPORT_COLUMNS[c].th), ...ROWS.map((row) => columns.map((c) => row[c] ?? ''))];
  const csv = table.map((cells) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
  await fs.writeFile(path.join(dir, 'export.csv'), iconv.encode(csv, 'windows-874'));
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('export').addRows(table);
  await workbook.xlsx.writeFile(path.join(dir, 'export.xlsx'));
  const complaintColumns = Object.keys(COMPLAINT_IMPORT_COLUMNS) as ComplaintImportColumn[];
  const complaints = [complaintColumns.map((c) => COMPLAINT_IMPORT_COLUMNS[c].th), ...COMPLAINTS.map((row) => complaintColumns.map((c) => row[c] ?? ''))];
  await fs.writeFile(path.join(dir, 'complaints.csv'), `\uFEFF${complaints.map((cells) => cells.map((cell) => `"${cell}"`).join(',')).join('\r\n')}\r\n`);
}
