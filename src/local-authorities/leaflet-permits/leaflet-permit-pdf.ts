import { formatThaiDate } from '../../calendar/thai-date-text.js';
import { thaiPdf } from '../../reporting/export/pdf-page.js';
import { drawText, textWidth } from '../../reporting/export/thai-pdf-text.js';
import { groupedBaht, formatSatang } from '../../shared/money.js';
import { bookNumberText } from '../receipts/local-numbers.js';
import type { PermitPlace } from './leaflet-permit.events.js';
import type { LeafletPermit } from './leaflet-permit-state.js';

const MARGINS = { top: 56, bottom: 56, left: 64, right: 56 };
const BODY = 14;
const LINE = 21;

/** Marks a numbered item: drawn indented, its later lines too. */
const ITEM = '\u0000';
const INDENT = 18;
const WORDS = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * The text broken into lines no wider than `width` between words, Thai words found by the ICU word breaker (Thai
 * writes no spaces between words, so breaking at spaces alone leaves a line too long or half empty).
 */
function wrapThai(doc: PDFKit.PDFDocument, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const { segment } of WORDS.segment(text)) {
    if (line !== '' && textWidth(doc, line + segment) > width) {
      lines.push(line.trimEnd());
      line = segment.trimStart();
    } else {
      line += segment;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

const placeText = (p: PermitPlace) => (p.kind === 'SUBDISTRICT' ? `ตำบล${p.nameTh} (รหัส ${p.code})` : `พิกัด ${p.lat}, ${p.lon}`)
  + (p.description ? ` ${p.description}` : '');

/** The lines of the permit's body, each a paragraph wrapped to the page. */
function paragraphs(permit: LeafletPermit): string[] {
  const r = permit.request;
  const issue = permit.issue!;
  const payment = permit.payment;
  const who = r.applicant.kind === 'PERSON' ? 'เลขประจำตัวประชาชน' : 'เลขทะเบียนนิติบุคคล';
  return [
    `อาศัยอำนาจตามมาตรา 10 แห่งพระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. 2535 ${r.authority.nameTh} อนุญาตให้ ${r.applicant.name} ${who} ${r.applicant.idNumber} โทรศัพท์ ${r.applicant.phone} โฆษณาด้วยการปิด ทิ้ง หรือโปรยแผ่นประกาศในที่สาธารณะ ดังนี้`,
    `ข้อความโฆษณา: ${r.advertisement}`,
    `จำนวนแผ่นประกาศ: ${r.leaflets.toLocaleString('en-US')} แผ่น`,
    `ระยะเวลา: ตั้งแต่วันที่ ${formatThaiDate(r.from)} ถึงวันที่ ${formatThaiDate(r.to)}`,
    'สถานที่:',
    ...r.places.map((p, i) => `${ITEM}${i + 1}. ${placeText(p)}`),
    payment
      ? `ค่าธรรมเนียม: ${groupedBaht(formatSatang(BigInt(payment.amountSatang)))} บาท ใบเสร็จรับเงินเลขที่ ${bookNumberText(payment.receipt)} ลงวันที่ ${formatThaiDate(payment.paidOn)}`
      : 'ค่าธรรมเนียม: ไม่มี',
    issue.conditions.length > 0 ? 'เงื่อนไข:' : 'เงื่อนไข: ไม่มี',
    ...issue.conditions.map((c, i) => `${ITEM}${i + 1}. ${c}`),
  ];
}

/**
 * The issued permit (ใบอนุญาต) as an A4 PDF in Sarabun: its number, the authority, who may advertise what, where and
 * when, the fee and its receipt, the conditions, the day issued and room to sign. Its dates are the issue's, so the
 * same permit gives the same bytes.
 */
export function permitPdf(permit: LeafletPermit): Promise<Buffer> {
  if (!permit.issue) throw new Error(`permit ${permit.request.permitId} is not issued`);
  const r = permit.request;
  const issuedAt = new Date(permit.issue.at);
  const title = 'ใบอนุญาตให้โฆษณาด้วยการปิด ทิ้ง หรือโปรยแผ่นประกาศ';
  const { doc, bytes } = thaiPdf({
    layout: 'portrait', margins: MARGINS,
    info: { Title: title, Author: r.authority.nameTh, Subject: r.permitId, Creator: 'ระบบดำรง', Producer: 'Damrong', CreationDate: issuedAt, ModDate: issuedAt },
  });
  const left = MARGINS.left;
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  let y = MARGINS.top;
  doc.font('Sarabun-Bold').fontSize(18);
  drawText(doc, title, left, y, { width, align: 'center' });
  y += 30;
  doc.font('Sarabun').fontSize(BODY);
  drawText(doc, `เลขที่ ${bookNumberText(permit.issue.permitNumber)}`, left, y, { width, align: 'right' });
  y += LINE;
  drawText(doc, r.authority.nameTh, left, y, { width, align: 'center' });
  y += LINE * 1.5;
  for (const paragraph of paragraphs(permit)) {
    const item = paragraph.startsWith(ITEM);
    const text = paragraph.replace(ITEM, '');
    // An item's later lines hang under its text, past its number ("1. ").
    const hang = item ? INDENT + textWidth(doc, `${text.split(' ')[0]} `) : 0;
    wrapThai(doc, text, width - hang).forEach((line, i) => {
      if (y + LINE > doc.page.height - MARGINS.bottom) {
        doc.addPage();
        y = MARGINS.top;
      }
      drawText(doc, line, left + (item ? (i === 0 ? INDENT : hang) : 0), y);
      y += LINE;
    });
  }
  y += LINE;
  drawText(doc, `ออกให้ ณ วันที่ ${formatThaiDate(permit.issue.issuedOn)}`, left, y, { width, align: 'right' });
  y += LINE * 3;
  drawText(doc, '(ลงชื่อ) ..................................................', left, y, { width, align: 'right' });
  y += LINE;
  drawText(doc, 'เจ้าพนักงานท้องถิ่น', left, y, { width, align: 'right' });
  doc.fontSize(9).fillColor('#333333');
  drawText(doc, `คำขอเลขที่ ${r.permitId}`, left, doc.page.height - MARGINS.bottom + 20);
  doc.end();
  return bytes;
}
