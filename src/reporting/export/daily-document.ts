import { formatThaiDate, formatThaiDateTime } from '../../calendar/thai-date-text.js';
import { buddhistEraYear } from '../../calendar/thai-years.js';
import type { DailyReportView } from '../daily/daily-report.view.js';
import { figureCells, figureTable, type CertificationBlock, type ReportDocument, type ReportRow } from './report-document.js';
import { verificationCode } from './verification-code.js';

/** 2025-03-07 → 2568-03-07, 2025-03 → 2568-03: a CE ISO date written in the Buddhist Era, for file names. */
export const buddhistEraIso = (iso: string) => `${buddhistEraYear(Number(iso.slice(0, 4)))}${iso.slice(4)}`;

/**
 * The daily report of a province as a document: period, cumulative and corrections tables, with the sums the
 * reader may see, and the certification block. A frozen report is dated by its freeze and carries the code of
 * its SHA-256; a provisional one is dated `now` and carries none.
 */
export function dailyDocument(view: DailyReportView, now: Date, certification: CertificationBlock | null): ReportDocument {
  const status = view.provisional
    ? `ฉบับชั่วคราว (ยังไม่ปิดยอด ตัวเลขยังเปลี่ยนแปลงได้จนถึงเวลา ${view.cutOffTh})`
    : `ปิดยอดเมื่อ ${formatThaiDateTime(view.frozenAt!)}` + (view.missedCutOff ? ' (ปิดยอดย้อนหลัง จากข้อมูลที่บันทึกก่อนเวลาตัดยอด)' : '');
  const { provinceTotal, nationalTotal, provinceCode } = view;
  const rows = (pick: 'period' | 'cumulative'): ReportRow[] => [
    ...view.districts.map((d) => ({ cells: [d.districtTh, ...figureCells(d[pick])], codes: { province: provinceCode, district: d.districtCode } })),
    ...(provinceTotal
      ? [{ cells: [`รวม${view.provinceTh}`, ...figureCells(provinceTotal[pick])], total: true, sumOfRows: true, codes: { province: provinceCode } }]
      : []),
    ...(nationalTotal ? [{ cells: ['รวมทั้งประเทศ', ...figureCells(nationalTotal[pick])], total: true }] : []),
  ];
  const corrections: ReportRow[] = [
    ...view.corrections.map((c) => ({ cells: [c.districtTh, c.periodDateTh, ...figureCells(c.figures)], codes: { province: provinceCode, district: c.districtCode } })),
    { cells: ['รวมรายการแก้ไข', '', ...figureCells(view.correctionsTotal)], total: true, sumOfRows: true, codes: { province: provinceCode } },
  ];
  const correctionsTable = figureTable(
    view.baseDate ? `รายการแก้ไขรายงานที่ปิดยอดแล้ว (บันทึกหลังการปิดยอดวันที่ ${formatThaiDate(view.baseDate)})` : 'รายการแก้ไขรายงานที่ปิดยอดแล้ว',
    'รายการแก้ไข', ['อำเภอ/เขต', 'ของรายงาน วันที่'], corrections,
  );
  const be = buddhistEraIso(view.date);
  return {
    office: view.officeTh,
    title: `รายงานผลการไกล่เกลี่ยหนี้นอกระบบประจำวัน ${view.provinceTh} ประจำวันที่ ${view.dateTh}`,
    header: [`ตัดยอด ณ เวลา ${view.cutOffTh} รอบรายงาน ตั้งแต่ ${view.periodStartTh} ถึงก่อน ${view.cutOffTh}`, status],
    fileName: view.provisional
      ? { th: `รายงานไกล่เกลี่ยหนี้ประจำวัน-${be}-${view.provinceTh}-ฉบับชั่วคราว`, ascii: `daily-mediation-report-${be}-${provinceCode}-provisional` }
      : { th: `รายงานไกล่เกลี่ยหนี้ประจำวัน-${be}-${view.provinceTh}`, ascii: `daily-mediation-report-${be}-${provinceCode}` },
    issuedAt: view.frozenAt ?? now,
    verificationCode: view.sha256 ? verificationCode(view.sha256) : null,
    tables: [
      figureTable('ผลการดำเนินงานในรอบรายงาน', 'ในรอบรายงาน', 'อำเภอ/เขต', rows('period')),
      figureTable(`ผลการดำเนินงานสะสม ถึง ${view.cutOffTh}`, 'สะสม', 'อำเภอ/เขต', rows('cumulative')),
      correctionsTable,
    ],
    notes: ['ข้อมูลจากระบบดำรง กรมการปกครอง กระทรวงมหาดไทย', 'ยอดสะสมนับแต่ละเรื่อง ณ อำเภอ/เขตที่เรื่องอยู่ ณ เวลาตัดยอด'],
    certification,
  };
}
