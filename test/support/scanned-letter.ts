import PDFDocument from 'pdfkit';
import { SARABUN, thaiRuns } from '../../src/reporting/export/thai-pdf-text.js';

/** Words the scanned letter fixture prints, page by page, in Thai and English, large enough for OCR. */
export const LETTER_WORDS = [
  { th: 'เรียน นายอำเภอเมืองราชบุรี', en: 'Complaint letter about the road' },
  { th: 'ถนนในหมู่บ้านชำรุด', en: 'Damrongdhama Centre' },
];

/** A two-page PDF letter drawn with pdfkit in Sarabun, as a scanner would make one (made at test time). */
export function scannedLetterPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 72, compress: true, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('Sarabun', SARABUN.regular);
  LETTER_WORDS.forEach(({ th, en }, i) => {
    if (i > 0) doc.addPage();
    doc.font('Sarabun').fontSize(30);
    const runs = thaiRuns(th);
    runs.forEach((run, r) => doc.text(run, { continued: r < runs.length - 1 }));
    doc.moveDown().text(en);
  });
  doc.end();
  return done;
}
