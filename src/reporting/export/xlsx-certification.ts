import type ExcelJS from 'exceljs';
import type { CertificationBlock, ReportDocument } from './report-document.js';
import { addHeader, BORDER, FONT, pageSetup } from './xlsx-sheet.js';

const SIGNATURE_COLUMNS = ['', 'ชื่อ', 'ตำแหน่ง', 'โทรศัพท์', 'การรับรอง'];

/** A bordered table: a bold heading row, then the rows. */
function addGrid(sheet: ExcelJS.Worksheet, heading: string[], rows: string[][]): void {
  const top = sheet.addRow(heading);
  top.eachCell((cell) => {
    cell.font = { name: FONT, size: 10, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
    cell.border = BORDER;
  });
  for (const values of rows) {
    const row = sheet.addRow(values);
    for (let c = 1; c <= heading.length; c++) {
      row.getCell(c).font = { name: FONT, size: 10 };
      row.getCell(c).border = BORDER;
    }
  }
  sheet.addRow([]);
}

/** The certification on a sheet of its own: who certified and when, the districts' table, the signatories. */
export function addCertificationSheet(workbook: ExcelJS.Workbook, report: ReportDocument, block: CertificationBlock): void {
  const sheet = workbook.addWorksheet('การรับรอง');
  const span = Math.max(SIGNATURE_COLUMNS.length, block.table?.columns.length ?? 0);
  pageSetup(sheet, report);
  addHeader(sheet, report, span);
  sheet.addRow([block.title]).getCell(1).font = { name: FONT, size: 12, bold: true };
  for (const line of block.lines) sheet.addRow([line]).getCell(1).font = { name: FONT, size: 10 };
  sheet.addRow([]);
  if (block.table) addGrid(sheet, block.table.columns.map((c) => c.title), block.table.rows.map((r) => r.cells.map(String)));
  addGrid(sheet, SIGNATURE_COLUMNS, block.signatures.map((s) => [s.role, s.name ?? '', s.position, s.phone ?? '', s.signed ?? '']));
  for (let c = 1; c <= span; c++) sheet.getColumn(c).width = c === 1 ? 30 : 28;
}
