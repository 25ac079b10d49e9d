import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { toPdf } from '../../src/reporting/export/pdf-export.js';
import { figureCells, figureTable, type ReportDocument, type ReportRow } from '../../src/reporting/export/report-document.js';
import { toXlsx } from '../../src/reporting/export/xlsx-export.js';
import { measuresFromJson } from '../../src/reporting/ledger/report-measures.js';
import { figuresOf } from '../../src/reporting/report-figures.js';
import { pdfRead } from './pdf-text.js';

const figures = (n: number) => figuresOf(measuresFromJson({ regCounter: n, agreed: 1, debtBefore: String(100_050 * n), debtAfter: '5000', reduction: String(100_050 * n - 5000) }));
const district = (i: number) => `อำเภอที่${i + 1}`;

/** A province of `count` districts, its total (the sum of the rows) and the country's. */
function report(count: number): ReportDocument {
  const rows: ReportRow[] = Array.from({ length: count }, (_, i) => ({ cells: [district(i), ...figureCells(figures(i + 1))], codes: { province: '30', district: `30${String(i + 1).padStart(2, '0')}` } }));
  const sum = count * (count + 1) / 2;
  const total = figuresOf(measuresFromJson({ regCounter: sum, agreed: count, debtBefore: String(100_050 * sum), debtAfter: String(5000 * count), reduction: String(100_050 * sum - 5000 * count) }));
  return {
    office: 'ที่ทำการปกครองจังหวัดนครราชสีมา',
    title: 'รายงานผลการไกล่เกลี่ยหนี้นอกระบบประจำวัน จังหวัดนครราชสีมา ประจำวันที่ 7 มีนาคม 2568',
    header: ['ปิดยอดเมื่อ 7 มีนาคม 2568 15:00 น.'],
    fileName: { th: 'รายงาน', ascii: 'report' },
    issuedAt: new Date('2025-03-07T08:00:01Z'),
    verificationCode: 'ABCDE-FGHIJ',
    tables: [figureTable('ผลการดำเนินงานสะสม', 'สะสม', 'อำเภอ/เขต', [
      ...rows,
      { cells: ['รวมจังหวัดนครราชสีมา', ...figureCells(total)], total: true, sumOfRows: true, codes: { province: '30' } },
      { cells: ['รวมทั้งประเทศ', ...figureCells(figures(10 * sum))], total: true },
    ])],
    notes: ['ข้อมูลจากระบบดำรง กรมการปกครอง กระทรวงมหาดไทย'],
    certification: null,
  };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
afterEach(() => {
  jest.useRealTimers();
});

/** Only Date is faked: the clock the libraries would read jumps by a day between two writes. */
function aDayLater(): void {
  jest.useFakeTimers({ now: Date.now() + 86_400_000, advanceTimers: true, doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'queueMicrotask', 'hrtime', 'performance'] });
}

describe('report files as pages', () => {
  it('never leave a total row alone at the top of a page, and repeat the heading on every page', async () => {
    let spanning = 0;
    for (let count = 26; count <= 40; count++) { // the first page's last rows fall on the totals for one of these counts
      const { pages } = await pdfRead(new Uint8Array(await toPdf(report(count))));
      const page = pages.findIndex((text) => text.includes('รวมจังหวัดนครราชสีมา'.normalize('NFKD')));
      expect(pages[page]).toContain(`${district(count - 1)} `.normalize('NFKD'));
      const withRows = pages.filter((text) => text.includes('อำเภอที่'.normalize('NFKD')));
      for (const text of withRows) expect(text).toContain('หนี้ก่อน (บาท)'.normalize('NFKD'));
      if (withRows.length > 1) spanning++;
    }
    expect(spanning).toBeGreaterThan(5);
  });

  it('print no text under 9 pt, the heading as the PDF title, the verification code and page number on every page', async () => {
    const { pages, info, smallestText } = await pdfRead(new Uint8Array(await toPdf(report(40))));
    expect(smallestText).toBeGreaterThanOrEqual(9);
    expect(info.Title).toBe('รายงานผลการไกล่เกลี่ยหนี้นอกระบบประจำวัน จังหวัดนครราชสีมา ประจำวันที่ 7 มีนาคม 2568');
    pages.forEach((text, i) => {
      expect(text).toContain('รหัสตรวจสอบ ABCDE-FGHIJ'.normalize('NFKD'));
      expect(text).toContain(`หน้า ${i + 1}/${pages.length}`.normalize('NFKD'));
    });
  });

  it('write the same bytes whenever they are written: every date is the freeze', async () => {
    const pdf = new Uint8Array(await toPdf(report(30)));
    const xlsx = new Uint8Array(await toXlsx(report(30)));
    aDayLater();
    expect(sha256(new Uint8Array(await toPdf(report(30))))).toBe(sha256(pdf));
    expect(sha256(new Uint8Array(await toXlsx(report(30))))).toBe(sha256(xlsx));
    jest.useRealTimers();
    expect((await pdfRead(pdf)).info.CreationDate).toBe('D:20250307080001Z');
    const zip = await JSZip.loadAsync(xlsx);
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString()).toBe('2025-03-07T15:00:00.000Z');
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-07T08:00:01Z</dcterms:created>');
  });

  it('give the workbook SUM totals, codes, print titles, a footer with page numbers, a title and the PDF font', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await toXlsx(report(3))).buffer);
    expect(workbook.title).toBe(report(3).title);
    const sheet = workbook.getWorksheet('สะสม')!;
    const values = sheet.getSheetValues() as unknown[][];
    const heading = values.findIndex((row) => row?.[1] === 'รหัสจังหวัด');
    expect(values[heading].slice(1, 5)).toEqual(['รหัสจังหวัด', 'รหัสอำเภอ', 'อำเภอ/เขต', 'ลง\nทะเบียน']);
    expect(values[heading + 1].slice(1, 5)).toEqual(['30', '3001', 'อำเภอที่1', 1]);
    const total = sheet.getRow(heading + 4);
    expect(total.getCell(3).value).toBe('รวมจังหวัดนครราชสีมา');
    expect(total.getCell(4).value).toEqual({ formula: `SUM(D${heading + 1}:D${heading + 3})`, result: 6 });
    expect(total.getCell(16).value).toEqual({ formula: `SUM(P${heading + 1}:P${heading + 3})`, result: 6003 });
    expect(sheet.getRow(heading + 5).getCell(4).value).toBe(60);
    expect(sheet.pageSetup.printTitlesRow).toBe(`${heading}:${heading}`);
    expect(sheet.headerFooter.oddFooter).toContain('รหัสตรวจสอบ ABCDE-FGHIJ');
    expect(sheet.headerFooter.oddFooter).toContain('&P/&N');
    expect(total.getCell(4).font.name).toBe('Sarabun');
  });
});
