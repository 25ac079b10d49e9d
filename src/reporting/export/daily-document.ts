import { formatThaiDateTime } from '../../calendar/thai-date-text.js';
import type { DailyReportView } from '../daily/daily-report.view.js';
import { figureCells, figureTable, type ReportDocument, type ReportRow } from './report-document.js';

/** The daily report of a province as a document: period, cumulative and corrections tables, with the sums the reader may see. */
export function dailyDocument(view: DailyReportView): ReportDocument {
  const status = view.provisional
    ? `ฉบับชั่วคราว (ยังไม่ปิดยอด ตัวเลขยังเปลี่ยนแปลงได้จนถึงเวลา ${view.cutOffTh})`
    : `ปิดยอดเมื่อ ${formatThaiDateTime(view.frozenAt!)} ตำแหน่งบันทึก ${view.position.transactionId}/${view.position.globalPosition}`
      + (view.missedCutOff ? ' (ปิดยอดย้อนหลัง จากข้อมูลที่บันทึกก่อนเวลาตัดยอด)' : '');
  const { provinceTotal, nationalTotal } = view;
  const rows = (pick: 'period' | 'cumulative'): ReportRow[] => [
    ...view.districts.map((d) => ({ cells: [d.districtTh, ...figureCells(d[pick])] })),
    ...(provinceTotal ? [{ cells: [`รวม${view.provinceTh}`, ...figureCells(provinceTotal[pick])], total: true }] : []),
    ...(nationalTotal ? [{ cells: ['รวมทั้งประเทศ', ...figureCells(nationalTotal[pick])], total: true }] : []),
  ];
  const corrections: ReportRow[] = [
    ...view.corrections.map((c) => ({ cells: [`${c.districtTh} (รายงาน ${c.periodDateTh})`, ...figureCells(c.figures)] })),
    { cells: ['รวมรายการแก้ไข', ...figureCells(view.correctionsTotal)], total: true },
  ];
  return {
    fileBase: `daily-mediation-report-${view.date}-${view.provinceCode}`,
    header: [
      view.officeTh,
      'รายงานผลการไกล่เกลี่ยหนี้นอกระบบประจำวัน',
      `ประจำวันที่ ${view.dateTh} ตัดยอด ณ เวลา ${view.cutOffTh}`,
      `รอบรายงาน ตั้งแต่ ${view.periodStartTh} ถึงก่อน ${view.cutOffTh}`,
      status,
    ],
    tables: [
      figureTable('ผลการดำเนินงานในรอบรายงาน', 'ในรอบรายงาน', 'อำเภอ/เขต', rows('period')),
      figureTable(`ผลการดำเนินงานสะสม ถึง ${view.cutOffTh}`, 'สะสม', 'อำเภอ/เขต', rows('cumulative')),
      figureTable(
        view.baseDate ? `รายการแก้ไขรายงานที่ปิดยอดแล้ว (บันทึกหลังการปิดยอดวันที่ ${view.baseDate})` : 'รายการแก้ไขรายงานที่ปิดยอดแล้ว',
        'รายการแก้ไข', 'อำเภอ/เขต (รายงานที่แก้ไข)', corrections,
      ),
    ],
    footer: ['ข้อมูลจากระบบดำรง กรมการปกครอง กระทรวงมหาดไทย', 'ยอดสะสมนับแต่ละเรื่อง ณ อำเภอ/เขตที่เรื่องอยู่ ณ เวลาตัดยอด'],
  };
}
