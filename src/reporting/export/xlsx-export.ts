import ExcelJS from 'exceljs';
import { cellText, type ReportColumn, type ReportDocument, type ReportTable } from './report-document.js';
import { addCertificationSheet } from './xlsx-certification.js';
import { addHeader, BORDER, FONT, pageSetup } from './xlsx-sheet.js';
import { addendRanges, isAddend, isExcelNumber, summable } from './xlsx-sums.js';
import { withZipDates } from './xlsx-zip-dates.js';

const FORMATS = { text: '@', count: '#,##0', money: '#,##0.00' } as const;
const CODE_COLUMNS: ReportColumn[] = [{ title: 'รหัสจังหวัด', kind: 'text' }, { title: 'รหัสอำเภอ', kind: 'text' }];

/** A cell's value: baht as a number when Excel holds it exactly, else as its grouped text (right-aligned), never rounded. */
function cellValue(value: string | number, kind: ReportColumn['kind']): string | number {
  if (kind !== 'money' || typeof value === 'number') return value;
  return isExcelNumber(value, kind) ? Number(value) : cellText(value, kind);
}

const columnLetter = (n: number): string => (n > 26 ? columnLetter(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

function addTableSheet(workbook: ExcelJS.Workbook, report: ReportDocument, table: ReportTable): void {
  const sheet = workbook.addWorksheet(table.sheet);
  const coded = table.rows.some((row) => row.codes);
  const columns = coded ? [...CODE_COLUMNS, ...table.columns] : table.columns;
  const shift = columns.length - table.columns.length;
  pageSetup(sheet, report);
  addHeader(sheet, report, columns.length);
  sheet.addRow([table.title]).getCell(1).font = { name: FONT, size: 12, bold: true };
  const heading = sheet.addRow(columns.map((c) => c.title));
  heading.eachCell((cell) => {
    cell.font = { name: FONT, size: 10, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
    cell.border = BORDER;
  });
  sheet.pageSetup.printTitlesRow = `${heading.number}:${heading.number}`;
  const first = heading.number + 1;
  const ranges = addendRanges(table.rows.flatMap((row, r) => (isAddend(row) ? [first + r] : [])));
  table.rows.forEach((data, r) => {
    const codes = coded ? [data.codes?.province ?? '', data.codes?.district ?? ''] : [];
    const row = sheet.addRow([...codes, ...data.cells.map((value, i) => cellValue(value, table.columns[i].kind))]);
    table.columns.forEach((column, c) => {
      if (!data.sumOfRows || !ranges || !summable(table, r, c)) return;
      const letter = columnLetter(c + 1 + shift);
      const formula = `SUM(${ranges.map(([from, to]) => (from === to ? `${letter}${from}` : `${letter}${from}:${letter}${to}`)).join(',')})`;
      row.getCell(c + 1 + shift).value = { formula, result: cellValue(data.cells[c], column.kind) as number };
    });
    columns.forEach((column, c) => {
      const cell = row.getCell(c + 1);
      cell.font = { name: FONT, size: 10, bold: data.total === true };
      cell.numFmt = FORMATS[column.kind];
      if (typeof cell.value === 'string' && column.kind !== 'text') cell.alignment = { horizontal: 'right' };
      cell.border = BORDER;
    });
  });
  sheet.addRow([]);
  for (const line of report.notes) sheet.addRow([line]).getCell(1).font = { name: FONT, size: 10 };
  columns.forEach((column, c) => {
    sheet.getColumn(c + 1).width = column.kind === 'money' ? 18 : column.kind === 'text' ? (c < shift ? 11 : 30) : 10;
  });
  sheet.views = [{ state: 'frozen', xSplit: shift + 1, ySplit: heading.number }];
}

/**
 * The document as an Excel workbook in Sarabun: one sheet per table (codes of province and district beside each
 * row, totals as SUM where the figures allow, the heading repeated on every printed page, the verification code
 * and page numbers in the footer), and a sheet of the certification. Every date in the file is `issuedAt`.
 */
export async function toXlsx(report: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = report.title;
  workbook.subject = report.header.join(' ');
  workbook.company = report.office;
  workbook.creator = 'ระบบดำรง กรมการปกครอง';
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = report.issuedAt;
  workbook.modified = report.issuedAt;
  if (report.verificationCode) workbook.keywords = `รหัสตรวจสอบ ${report.verificationCode}`;
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const table of report.tables) addTableSheet(workbook, report, table);
  if (report.certification) addCertificationSheet(workbook, report, report.certification);
  return withZipDates(new Uint8Array(await workbook.xlsx.writeBuffer()), report.issuedAt);
}
