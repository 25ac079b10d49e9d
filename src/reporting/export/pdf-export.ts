import { drawCertification } from './pdf-certification.js';
import { PdfCursor, TEXT_SIZE, thaiPdf } from './pdf-page.js';
import { drawTable } from './pdf-table.js';
import type { ReportDocument } from './report-document.js';
import { drawText, wrapLines } from './thai-pdf-text.js';

const MARGINS = { top: 28, bottom: 36, left: 28, right: 28 };

/**
 * The document as an A4 landscape PDF in Sarabun: office and heading, tables, notes, the certification block;
 * the verification code and the page number in every page's footer. Its dates (and so its file id) are the
 * report's `issuedAt`: the same document gives the same bytes.
 */
export function toPdf(report: ReportDocument): Promise<Buffer> {
  const { doc, bytes: done } = thaiPdf({
    layout: 'landscape', margins: MARGINS,
    info: {
      Title: report.title, Author: report.office, Subject: report.header.join(' '), Creator: 'ระบบดำรง กรมการปกครอง',
      Producer: 'Damrong', CreationDate: report.issuedAt, ModDate: report.issuedAt,
      ...(report.verificationCode ? { Keywords: `รหัสตรวจสอบ ${report.verificationCode}` } : {}),
    },
  });
  const cursor = new PdfCursor(doc);
  const lines: [string, boolean][] = [[report.office, true], [report.title, true], ...report.header.map((line): [string, boolean] => [line, false])];
  for (const [text, bold] of lines) {
    doc.font(bold ? 'Sarabun-Bold' : 'Sarabun').fontSize(bold ? 14 : 11);
    drawText(doc, text, cursor.left, cursor.y, { width: cursor.width, align: 'center' });
    cursor.y += bold ? 20 : 16;
  }
  cursor.y += 8;
  for (const table of report.tables) drawTable(cursor, table);
  doc.font('Sarabun').fontSize(TEXT_SIZE);
  for (const line of report.notes.flatMap((note) => wrapLines(doc, note, cursor.width))) {
    cursor.room(13);
    drawText(doc, line, cursor.left, cursor.y);
    cursor.y += 13;
  }
  if (report.certification) {
    cursor.y += 10;
    drawCertification(cursor, report.certification);
  }
  drawFooters(doc, report);
  doc.end();
  return done;
}

/** รหัสตรวจสอบ on the left, หน้า n/N on the right, below the bottom margin of every page. */
function drawFooters(doc: PDFKit.PDFDocument, report: ReportDocument): void {
  const range = doc.bufferedPageRange();
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  const code = report.verificationCode ? `รหัสตรวจสอบ ${report.verificationCode}` : report.footerNote ?? 'ฉบับชั่วคราว ยังไม่ปิดยอด จึงไม่มีรหัสตรวจสอบ';
  for (let page = range.start; page < range.start + range.count; page++) {
    doc.switchToPage(page);
    const y = doc.page.height - MARGINS.bottom + 12;
    doc.font('Sarabun').fontSize(TEXT_SIZE).fillColor('#333333');
    drawText(doc, code, MARGINS.left, y);
    drawText(doc, `หน้า ${page + 1}/${range.count}`, MARGINS.left, y, { width, align: 'right' });
    doc.fillColor('black');
  }
}
