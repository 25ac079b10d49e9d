import type ExcelJS from 'exceljs';
import type { ReportDocument } from './report-document.js';

/** The PDF's font, in every cell. */
export const FONT = 'Sarabun';
export const BORDER = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } } as const;

/** The office, the heading and the header lines, each merged across `span` columns, and a blank row. */
export function addHeader(sheet: ExcelJS.Worksheet, report: ReportDocument, span: number): void {
  [report.office, report.title, ...report.header].forEach((line, i) => {
    const row = sheet.addRow([line]);
    sheet.mergeCells(row.number, 1, row.number, span);
    row.getCell(1).font = { name: FONT, size: i < 2 ? 14 : 11, bold: i < 2 };
    row.getCell(1).alignment = { horizontal: 'center' };
  });
  sheet.addRow([]);
}

/** A4 landscape, one page wide; the footer: verification code left, page n/N right. */
export function pageSetup(sheet: ExcelJS.Worksheet, report: ReportDocument): void {
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true };
  const code = report.verificationCode ? `รหัสตรวจสอบ ${report.verificationCode}` : report.footerNote ?? 'ฉบับชั่วคราว ไม่มีรหัสตรวจสอบ';
  sheet.headerFooter = { oddFooter: `&L&"${FONT},Regular"&9${code}&R&"${FONT},Regular"&9หน้า &P/&N` };
}

