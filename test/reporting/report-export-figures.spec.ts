import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { toPdf } from '../../src/reporting/export/pdf-export.js';
import { figureCells, figureTable, type ReportDocument } from '../../src/reporting/export/report-document.js';
import { toXlsx } from '../../src/reporting/export/xlsx-export.js';
import { zeroMeasures } from '../../src/reporting/ledger/report-measures.js';
import { figuresOf } from '../../src/reporting/report-figures.js';
import { pdfPages } from './pdf-text.js';

/**
 * A report holding the largest figures the bounded write side can make (a million agreements at 5,000,000,000.00
 * baht: 5 × 10^15 baht) and more, beside ordinary ones: every export shows each to the satang.
 */
const HUGE = 500_000_000_000_000_001n; // satang: 5,000,000,000,000,000.01 baht, 19 significant digits
const BEYOND = 10n ** 32n + 5n; // 1e30 baht and five satang, as a log from before the bounds may hold
const figures = (debtBefore: bigint, debtAfter: bigint) =>
  figuresOf({ ...zeroMeasures(), agreed: 3, debtBefore, debtAfter, reduction: debtBefore - debtAfter });

const report: ReportDocument = {
  office: 'ที่ทำการปกครองจังหวัดมุกดาหาร',
  title: 'รายงานทดสอบ',
  header: [],
  fileName: { th: 'ตัวเลข', ascii: 'figures' },
  issuedAt: new Date('2025-03-07T08:00:00Z'),
  verificationCode: null,
  certification: null,
  tables: [figureTable('ตัวเลขสูงสุด', 'สูงสุด', 'อำเภอ/เขต', [
    { cells: ['ปกติ', ...figureCells(figures(1_250_050n, 1_000_000n))] },
    { cells: ['สูงสุด', ...figureCells(figures(HUGE, 123_456_789_012_345n))] },
    { cells: ['เกินขอบเขต', ...figureCells(figures(BEYOND, 0n))], total: true },
  ])],
  notes: [],
};

describe('exports of the largest figures', () => {
  it('writes baht that Excel holds exactly as numbers, and larger baht as exact text, never rounded', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await toXlsx(report)).buffer);
    const rows = workbook.getWorksheet('สูงสุด')!.getSheetValues().filter(Boolean) as unknown[][];
    const row = (label: string) => rows.find((r) => r[1] === label)!.slice(14, 17);
    expect(row('ปกติ')).toEqual([12500.5, 10000, 2500.5]);
    expect(row('สูงสุด')).toEqual(['5,000,000,000,000,000.01', 1234567890123.45, '4,998,765,432,109,876.56']);
    expect(row('เกินขอบเขต')).toEqual(['1,000,000,000,000,000,000,000,000,000,000.05', 0, '1,000,000,000,000,000,000,000,000,000,000.05']);
  });

  it('prints every figure of the PDF to the satang', async () => {
    const text = (await pdfPages(new Uint8Array(await toPdf(report)))).join('\n');
    for (const figure of ['12,500.50', '5,000,000,000,000,000.01', '1,234,567,890,123.45', '4,998,765,432,109,876.56',
      '1,000,000,000,000,000,000,000,000,000,000.05']) {
      expect(text).toContain(figure);
    }
  });
});
