import PDFDocument from 'pdfkit';
import { cellText, type ReportDocument, type ReportTable } from './report-document.js';
import { drawText, SARABUN, textWidth } from './thai-pdf-text.js';

const MARGIN = 28;
const CELL_SIZE = 7.5;
const ROW_HEIGHT = 12;
const PAD = 3;

/** The document as an A4 landscape PDF in Sarabun, page numbers in the footer. */
export function toPdf(report: ReportDocument, title: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN, bufferPages: true, info: { Title: title, Creator: 'Damrong' } });
  doc.registerFont('Sarabun', SARABUN.regular);
  doc.registerFont('Sarabun-Bold', SARABUN.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  let y = MARGIN;
  report.header.forEach((line, i) => {
    doc.font(i < 2 ? 'Sarabun-Bold' : 'Sarabun').fontSize(i < 2 ? 14 : 10.5);
    drawText(doc, line, MARGIN, y, { width, align: 'center' });
    y += i < 2 ? 19 : 15;
  });
  for (const table of report.tables) y = drawTable(doc, table, y + 10);
  doc.font('Sarabun').fontSize(9);
  for (const line of report.footer) {
    y = roomFor(doc, y, 13);
    drawText(doc, line, MARGIN, y);
    y += 13;
  }
  const range = doc.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page++) {
    doc.switchToPage(page);
    doc.font('Sarabun').fontSize(8);
    drawText(doc, `${report.header[1]} หน้า ${page + 1}/${range.count}`, MARGIN, doc.page.height - MARGIN + 6, { width, align: 'right' });
  }
  doc.end();
  return done;
}

/** A new page when fewer than `needed` points are left. */
function roomFor(doc: PDFKit.PDFDocument, y: number, needed: number): number {
  if (y + needed <= doc.page.height - MARGIN) return y;
  doc.addPage();
  return MARGIN;
}

function columnWidths(doc: PDFKit.PDFDocument, table: ReportTable, available: number): number[] {
  const widths = table.columns.map((column, i) => {
    doc.font('Sarabun-Bold').fontSize(CELL_SIZE);
    let widest = Math.max(...column.title.split('\n').map((part) => textWidth(doc, part)));
    for (const row of table.rows) widest = Math.max(widest, textWidth(doc, cellText(row.cells[i], column.kind)));
    return widest + 2 * PAD;
  });
  const total = widths.reduce((a, b) => a + b, 0);
  const spare = (available - total) / widths.length;
  return widths.map((w) => w + spare);
}

function drawTable(doc: PDFKit.PDFDocument, table: ReportTable, top: number): number {
  const widths = columnWidths(doc, table, doc.page.width - 2 * MARGIN);
  let y = roomFor(doc, top, 16 + 2 * ROW_HEIGHT);
  doc.font('Sarabun-Bold').fontSize(10.5);
  drawText(doc, table.title, MARGIN, y);
  y += 16;
  const heading = () => {
    doc.rect(MARGIN, y, widths.reduce((a, b) => a + b, 0), ROW_HEIGHT).fillAndStroke('#e8e8e8', '#888888').fillColor('black');
    drawRow(doc, table.columns.map((c) => c.title), table, widths, y, true);
    y += ROW_HEIGHT;
  };
  heading();
  for (const row of table.rows) {
    if (y + ROW_HEIGHT > doc.page.height - MARGIN) {
      doc.addPage();
      y = MARGIN;
      heading();
    }
    doc.rect(MARGIN, y, widths.reduce((a, b) => a + b, 0), ROW_HEIGHT).stroke('#bbbbbb');
    drawRow(doc, row.cells.map((cell, i) => cellText(cell, table.columns[i].kind)), table, widths, y, row.total === true);
    y += ROW_HEIGHT;
  }
  return y;
}

function drawRow(doc: PDFKit.PDFDocument, cells: string[], table: ReportTable, widths: number[], y: number, bold: boolean): void {
  doc.font(bold ? 'Sarabun-Bold' : 'Sarabun').fontSize(CELL_SIZE).fillColor('black');
  let x = MARGIN;
  cells.forEach((text, i) => {
    const align = table.columns[i].kind === 'text' ? 'left' : 'right';
    drawText(doc, text, x + PAD, y + 1.5, { width: widths[i] - 2 * PAD, align });
    x += widths[i];
  });
}
