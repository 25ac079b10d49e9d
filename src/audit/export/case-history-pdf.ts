import { PdfCursor, TEXT_SIZE, thaiPdf } from '../../reporting/export/pdf-page.js';
import { drawText, textWidth, wrapLines } from '../../reporting/export/thai-pdf-text.js';
import type { ExportedEvent, ExportedPerson, SealedExport } from './case-history-export.js';

const MARGINS = { top: 36, bottom: 44, left: 40, right: 40 };
const LINE = 13;
const KIND_TH = { DEBT: 'เรื่องหนี้นอกระบบ', COMPLAINT: 'เรื่องร้องเรียน' } as const;

/**
 * A case's exported history as an A4 PDF in Sarabun: the exporting office, the case, who exported it and when
 * (Buddhist Era, Asia/Bangkok), then each event with who acted (name, position, office then), its ids and the
 * fields it changed; the verification code of the export's JSON (its SHA-256) and the page number on every page.
 * Its dates are the export's instant, so one export gives the same bytes.
 */
export function caseHistoryPdf(sealed: SealedExport): Promise<Buffer> {
  const { content, verificationCode, sha256 } = sealed;
  const title = `ประวัติ${KIND_TH[content.kind]} ${content.caseId}`;
  const { doc, bytes: done } = thaiPdf({
    margins: MARGINS,
    info: {
      Title: title, Author: content.exportedBy.officeTh ?? '', Creator: 'ระบบดำรง กรมการปกครอง', Producer: 'Damrong',
      CreationDate: new Date(content.exportedAt), ModDate: new Date(content.exportedAt), Keywords: `รหัสตรวจสอบ ${verificationCode}`,
    },
  });
  const cursor = new PdfCursor(doc);
  const heading = [content.exportedBy.officeTh ?? 'ระบบดำรง', title];
  for (const line of heading) {
    doc.font('Sarabun-Bold').fontSize(14);
    drawText(doc, line, cursor.left, cursor.y, { width: cursor.width, align: 'center' });
    cursor.y += 20;
  }
  paragraph(cursor, [
    `ส่งออกโดย ${personText(content.exportedBy)} เมื่อ ${content.exportedAtTh}`,
    `เหตุการณ์ทั้งหมด ${content.versions} รายการ เรียงจากเก่าไปใหม่ เวลาตามเวลาประเทศไทย ปีพุทธศักราช`,
    `รหัสตรวจสอบ ${verificationCode} คือ 10 ตัวแรกของ SHA-256 ของไฟล์ JSON ของการส่งออกครั้งนี้ (base32): ${sha256}`,
  ]);
  for (const event of content.events) eventBlock(cursor, event);
  footers(doc, verificationCode);
  doc.end();
  return done;
}

function eventBlock(cursor: PdfCursor, event: ExportedEvent): void {
  const { doc } = cursor;
  cursor.room(LINE * 4);
  cursor.y += 6;
  doc.font('Sarabun-Bold').fontSize(11);
  drawText(doc, `ฉบับที่ ${event.version}  ${event.labelTh} (${event.labelEn})`, cursor.left, cursor.y);
  cursor.y += LINE + 3;
  paragraph(cursor, [
    `บันทึกเมื่อ ${event.recordedAtTh}  ผู้ดำเนินการ ${personText(event.actedBy)}`,
    `รหัสคำสั่ง (command) ${event.commandId}  correlation ${event.correlationId}`,
    ...event.changes.map((c) => `• ${c.labelTh} (${c.labelEn}): ${c.beforeTh === null ? '' : `${c.beforeTh} → `}${c.afterTh ?? '(ไม่มี)'}`),
  ]);
}

/** Lines of body text, each wrapped to the page's width, a new page where one would not fit. */
function paragraph(cursor: PdfCursor, lines: string[]): void {
  const { doc } = cursor;
  doc.font('Sarabun').fontSize(TEXT_SIZE + 1);
  for (const line of lines.flatMap((text) => wrapLines(doc, text, cursor.width)).flatMap((line) => fitted(doc, line, cursor.width))) {
    cursor.room(LINE);
    drawText(doc, line, cursor.left, cursor.y);
    cursor.y += LINE;
  }
}

const THAI_WORDS = new Intl.Segmenter('th', { granularity: 'word' });

/** A line still wider than the page (Thai writes no spaces between words) broken between Thai words. */
function fitted(doc: PDFKit.PDFDocument, line: string, width: number): string[] {
  if (textWidth(doc, line) <= width) return [line];
  const lines: string[] = [''];
  for (const { segment } of THAI_WORDS.segment(line)) {
    const last = lines[lines.length - 1];
    if (last !== '' && textWidth(doc, last + segment) > width) lines.push(segment.trimStart());
    else lines[lines.length - 1] = last + segment;
  }
  return lines;
}

function personText(person: ExportedPerson): string {
  return [person.nameTh ?? person.actor, person.positionTh, person.officeTh].filter(Boolean).join(' ');
}

/** รหัสตรวจสอบ on the left, หน้า n/N on the right, below the bottom margin of every page. */
function footers(doc: PDFKit.PDFDocument, code: string): void {
  const range = doc.bufferedPageRange();
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  for (let page = range.start; page < range.start + range.count; page++) {
    doc.switchToPage(page);
    const y = doc.page.height - MARGINS.bottom + 14;
    doc.font('Sarabun').fontSize(TEXT_SIZE).fillColor('#333333');
    drawText(doc, `รหัสตรวจสอบ ${code}`, MARGINS.left, y);
    drawText(doc, `หน้า ${page + 1}/${range.count}`, MARGINS.left, y, { width, align: 'right' });
    doc.fillColor('black');
  }
}
