import { PdfCursor, TEXT_SIZE, thaiPdf } from '../../reporting/export/pdf-page.js';
import { drawText, textWidth, wrapLines } from '../../reporting/export/thai-pdf-text.js';
import { COPY_HEADING, copyBlocks } from './subject-copy-lines.js';
import type { SubjectCopy } from './subject-copy.js';

const MARGINS = { top: 36, bottom: 44, left: 40, right: 40 };
const LINE = 13;
const WORDS = new Intl.Segmenter('th', { granularity: 'word' });

/** A line still wider than the page (Thai and JSON write no spaces) broken between words. */
function fitted(doc: PDFKit.PDFDocument, line: string, width: number): string[] {
  if (textWidth(doc, line) <= width) return [line];
  const lines = [''];
  for (const { segment } of WORDS.segment(line)) {
    const last = lines[lines.length - 1];
    if (last !== '' && textWidth(doc, last + segment) > width) lines.push(segment.trimStart());
    else lines[lines.length - 1] = last + segment;
  }
  return lines;
}

/** The data subject's copy as an A4 PDF in Sarabun, dates Buddhist Era in Bangkok time, the page number on every page. */
export function subjectCopyPdf(copy: SubjectCopy): Promise<Buffer> {
  const { doc, bytes } = thaiPdf({
    margins: MARGINS,
    info: { Title: COPY_HEADING, Creator: 'ระบบดำรง กรมการปกครอง', Producer: 'Damrong', CreationDate: new Date(copy.requestedAt) },
  });
  const cursor = new PdfCursor(doc);
  for (const line of [COPY_HEADING, 'ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 มาตรา 30']) {
    doc.font('Sarabun-Bold').fontSize(14);
    drawText(doc, line, cursor.left, cursor.y, { width: cursor.width, align: 'center' });
    cursor.y += 20;
  }
  for (const block of copyBlocks(copy)) {
    cursor.room(LINE * 3);
    cursor.y += 6;
    doc.font('Sarabun-Bold').fontSize(11);
    drawText(doc, block.heading, cursor.left, cursor.y);
    cursor.y += LINE + 3;
    doc.font('Sarabun').fontSize(TEXT_SIZE + 1);
    for (const line of block.lines.flatMap((text) => wrapLines(doc, text, cursor.width)).flatMap((l) => fitted(doc, l, cursor.width))) {
      cursor.room(LINE);
      drawText(doc, line, cursor.left, cursor.y);
      cursor.y += LINE;
    }
  }
  const range = doc.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page++) {
    doc.switchToPage(page);
    doc.font('Sarabun').fontSize(TEXT_SIZE);
    drawText(doc, `${COPY_HEADING}  หน้า ${page + 1}/${range.count}`, MARGINS.left, doc.page.height - MARGINS.bottom + 14);
  }
  doc.end();
  return bytes;
}
