import ExcelJS from 'exceljs';
import { cellText, type ReportColumn, type ReportDocument } from './report-document.js';

const FONT = 'TH Sarabun New';
const FORMATS = { text: '@', count: '#,##0', money: '#,##0.00' } as const;
/** Excel keeps 15 significant digits: baht with at most 13 before the point is a number it holds exactly. */
const EXACT_IN_EXCEL = /^-?\d{1,13}\.\d{2}$/;

/**
 * A cell's value: baht as a number when Excel holds it exactly, else as its grouped text (right-aligned),
 * so that no figure is ever rounded.
 */
function cellValue(value: string | number, kind: ReportColumn['kind']): string | number {
  if (kind !== 'money' || typeof value === 'number') return value;
  return EXACT_IN_EXCEL.test(value) ? Number(value) : cellText(value, kind);
}

/** The document as an Excel workbook: one sheet per table, the header lines on top of each. */
export async function toXlsx(report: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Damrong';
  for (const table of report.tables) {
    const sheet = workbook.addWorksheet(table.sheet, {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const span = table.columns.length;
    report.header.forEach((line, i) => {
      const row = sheet.addRow([line]);
      sheet.mergeCells(row.number, 1, row.number, span);
      row.getCell(1).font = { name: FONT, size: i < 2 ? 16 : 14, bold: i < 2 };
      row.getCell(1).alignment = { horizontal: 'center' };
    });
    sheet.addRow([]);
    const title = sheet.addRow([table.title]);
    title.getCell(1).font = { name: FONT, size: 14, bold: true };
    const heading = sheet.addRow(table.columns.map((c) => c.title));
    heading.eachCell((cell) => {
      cell.font = { name: FONT, size: 14, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
      cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    });
    for (const data of table.rows) {
      const row = sheet.addRow(data.cells.map((value, i) => cellValue(value, table.columns[i].kind)));
      row.eachCell((cell, column) => {
        cell.font = { name: FONT, size: 14, bold: data.total === true };
        cell.numFmt = FORMATS[table.columns[column - 1].kind];
        if (typeof cell.value === 'string' && table.columns[column - 1].kind !== 'text') cell.alignment = { horizontal: 'right' };
        cell.border = { top: { style: 'hair' }, bottom: { style: 'hair' }, left: { style: 'thin' }, right: { style: 'thin' } };
      });
    }
    sheet.addRow([]);
    for (const line of report.footer) sheet.addRow([line]).getCell(1).font = { name: FONT, size: 12 };
    sheet.getColumn(1).width = 34;
    for (let c = 2; c <= span; c++) sheet.getColumn(c).width = table.columns[c - 1].kind === 'money' ? 18 : 11;
    sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: heading.number }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
