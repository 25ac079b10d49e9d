import { formatThaiDate, formatThaiDateTime } from '../../calendar/thai-date-text.js';
import { buddhistEraYear } from '../../calendar/thai-years.js';
import type { DailyCorrectionRow, DailyReportView } from '../daily/daily-report.view.js';
import type { Figures } from '../report-figures.js';
import {
  type CertificationBlock, FIGURE_COLUMNS, figureCells, figureTable, isBlank, type ReportDocument, type ReportRow, type ReportTable,
  STANDING_COLUMNS,
} from './report-document.js';

/** 2025-03-07 → 2568-03-07, 2025-03 → 2568-03: a CE ISO date written in the Buddhist Era, for file names. */
export const buddhistEraIso = (iso: string) => `${buddhistEraYear(Number(iso.slice(0, 4)))}${iso.slice(4)}`;

/**
 * The corrections: a line of late facts per district and earlier report, and in a report of format 2 or later,
 * beside it, what late transfers moved (left out of the sum, which is of the facts); format 1's lines are net.
 */
function correctionsTable(view: DailyReportView, recorded: boolean): ReportTable {
  const kind = (label: string) => (recorded ? [label] : []);
  const line = (c: DailyCorrectionRow, label: string, figures: Figures, aside = false): ReportRow => ({
    cells: [c.districtTh, c.periodDateTh, ...kind(label), ...figureCells(figures)], aside, codes: { province: view.provinceCode, district: c.districtCode },
  });
  const moved = (c: DailyCorrectionRow, label: string, figures: Figures | null) => (figures && !isBlank(figures) ? [line(c, label, figures, true)] : []);
  const rows: ReportRow[] = [
    ...view.corrections.flatMap((c) => [
      line(c, 'ผลการดำเนินงาน', c.figures), ...moved(c, 'รับโอนพร้อมเรื่อง', c.movedIn), ...moved(c, 'โอนออกพร้อมเรื่อง', c.movedOut),
    ]),
    {
      cells: ['รวมรายการแก้ไข', '', ...kind('ผลการดำเนินงาน'), ...figureCells(view.correctionsTotal)],
      total: true, sumOfRows: true, codes: { province: view.provinceCode },
    },
  ];
  return figureTable(
    view.baseDate ? `รายการแก้ไขรายงานที่ปิดยอดแล้ว (บันทึกหลังการปิดยอดวันที่ ${formatThaiDate(view.baseDate)})` : 'รายการแก้ไขรายงานที่ปิดยอดแล้ว',
    'รายการแก้ไข', ['อำเภอ/เขต', 'ของรายงาน วันที่', ...kind('รายการ')], rows,
  );
}

/** The code beside the reporters' names, with where to check it. */
const withCode = (block: CertificationBlock, code: string): CertificationBlock => ({
  ...block, lines: [...block.lines, `รหัสตรวจสอบรายงาน ${code} (ตรวจสอบกับระบบดำรงได้ที่เมนู ตรวจสอบรายงานด้วยรหัส)`],
});

/**
 * The daily report of a province as a document: period, moved in, moved out, cumulative, the figures as at
 * 15.00 and corrections tables (a report frozen before migration 300 has no moved or 15.00 tables), with the sums
 * the reader may see, the notes on how they add up, and the certification block. A frozen report is dated by its freeze and carries the code of
 * its SHA-256 and seal (also beside the reporters' names); a provisional one is dated `now` and carries none.
 */
export function dailyDocument(view: DailyReportView, now: Date, certification: CertificationBlock | null): ReportDocument {
  const status = view.provisional
    ? `ฉบับชั่วคราว (ยังไม่ปิดยอด ตัวเลขยังเปลี่ยนแปลงได้จนถึงเวลา ${view.cutOffTh})`
    : `ปิดยอดเมื่อ ${formatThaiDateTime(view.frozenAt!)}` + (view.missedCutOff ? ' (ปิดยอดย้อนหลัง จากข้อมูลที่บันทึกก่อนเวลาตัดยอด)' : '');
  const { provinceTotal, nationalTotal, provinceCode } = view;
  const rows = (pick: 'period' | 'movedIn' | 'movedOut' | 'cumulative', columns = FIGURE_COLUMNS): ReportRow[] => [
    ...view.districts.map((d) => ({ cells: [d.districtTh, ...figureCells(d[pick]!, columns)], codes: { province: provinceCode, district: d.districtCode } })),
    ...(provinceTotal
      ? [{ cells: [`รวม${view.provinceTh}`, ...figureCells(provinceTotal[pick]!, columns)], total: true, sumOfRows: true, codes: { province: provinceCode } }]
      : []),
    ...(nationalTotal ? [{ cells: ['รวมทั้งประเทศ', ...figureCells(nationalTotal[pick]!, columns)], total: true }] : []),
  ];
  const recorded = view.correctionsTotal.creditors !== null;
  const be = buddhistEraIso(view.date);
  const code = view.verificationCode;
  return {
    office: view.officeTh,
    title: `รายงานผลการไกล่เกลี่ยหนี้นอกระบบประจำวัน ${view.provinceTh} ประจำวันที่ ${view.dateTh}`,
    header: [`ตัดยอด ณ เวลา ${view.cutOffTh} รอบรายงาน ตั้งแต่ ${view.periodStartTh} ถึงก่อน ${view.cutOffTh}`, status],
    fileName: view.provisional
      ? { th: `รายงานไกล่เกลี่ยหนี้ประจำวัน-${be}-${view.provinceTh}-ฉบับชั่วคราว`, ascii: `daily-mediation-report-${be}-${provinceCode}-provisional` }
      : { th: `รายงานไกล่เกลี่ยหนี้ประจำวัน-${be}-${view.provinceTh}`, ascii: `daily-mediation-report-${be}-${provinceCode}` },
    issuedAt: view.frozenAt ?? now,
    verificationCode: code,
    tables: [
      figureTable('ผลการดำเนินงานในรอบรายงาน', 'ในรอบรายงาน', 'อำเภอ/เขต', rows('period')),
      ...(recorded ? [
        figureTable('รับโอนพร้อมเรื่องในรอบรายงาน (ตัวเลขที่เรื่องที่รับโอนนำมา)', 'รับโอนพร้อมเรื่อง', 'อำเภอ/เขต', rows('movedIn')),
        figureTable('โอนออกพร้อมเรื่องในรอบรายงาน (ตัวเลขที่เรื่องที่โอนออกนำไป)', 'โอนออกพร้อมเรื่อง', 'อำเภอ/เขต', rows('movedOut')),
      ] : []),
      figureTable(`ผลการดำเนินงานสะสม ถึง ${view.cutOffTh}`, 'สะสม', 'อำเภอ/เขต', rows('cumulative')),
      ...(recorded ? [figureTable(`ยอด ณ ${view.cutOffTh}`, 'ยอด ณ เวลา 15.00 น.', 'อำเภอ/เขต', rows('cumulative', STANDING_COLUMNS), STANDING_COLUMNS)] : []),
      correctionsTable(view, recorded),
    ],
    notes: ['ข้อมูลจากระบบดำรง กรมการปกครอง กระทรวงมหาดไทย', ...view.notesTh],
    certification: certification && code ? withCode(certification, code) : certification,
  };
}
