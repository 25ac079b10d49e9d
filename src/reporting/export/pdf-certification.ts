import type { CertificationBlock, SignatureBox } from './report-document.js';
import { type PdfCursor, TEXT_SIZE } from './pdf-page.js';
import { drawTable } from './pdf-table.js';
import { drawText } from './thai-pdf-text.js';

const LINE = 15;
const SIGN_HERE = '.'.repeat(48);

/** The lines of one person's box, as the circulars' forms have them, with room to sign under the role. */
function boxLines(box: SignatureBox): { text: string; bold?: boolean }[] {
  return [
    { text: box.role, bold: true },
    { text: '' },
    { text: box.signed ?? `ลงชื่อ ${SIGN_HERE}` },
    { text: `(${box.name ?? SIGN_HERE})` },
    { text: `ตำแหน่ง ${box.position}` },
    ...(box.phone ? [{ text: `โทร. ${box.phone}` }] : []),
  ];
}

/** The certification: who certified (or that nobody has yet), the districts' table, then the signature boxes side by side. */
export function drawCertification(cursor: PdfCursor, block: CertificationBlock): void {
  const { doc } = cursor;
  cursor.room(20 + block.lines.length * LINE + 6 * LINE);
  doc.font('Sarabun-Bold').fontSize(11);
  drawText(doc, block.title, cursor.left, cursor.y);
  cursor.y += 18;
  doc.font('Sarabun').fontSize(TEXT_SIZE + 1);
  for (const line of block.lines) {
    cursor.room(LINE);
    drawText(doc, line, cursor.left, cursor.y);
    cursor.y += LINE;
  }
  cursor.y += 6;
  if (block.table) drawTable(cursor, block.table);
  if (block.signatures.length === 0) return;
  const boxes = block.signatures.map(boxLines);
  cursor.room(Math.max(...boxes.map((lines) => lines.length)) * LINE + 24);
  cursor.y += 12;
  const width = cursor.width / boxes.length;
  boxes.forEach((lines, i) => lines.forEach((line, n) => {
    doc.font(line.bold ? 'Sarabun-Bold' : 'Sarabun').fontSize(TEXT_SIZE + 1);
    drawText(doc, line.text, cursor.left + i * width, cursor.y + n * LINE, { width, align: 'center' });
  }));
  cursor.y += Math.max(...boxes.map((lines) => lines.length)) * LINE;
}
