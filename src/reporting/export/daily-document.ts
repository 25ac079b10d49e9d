import { formatThaiDateTime } from '../../calendar/thai-date-text.js';
import type { DailyReportView } from '../daily/daily-report.view.js';
import type { Figures } from '../report-figures.js';
import { FIGURE_COLUMNS, figureCells, figureTable, isBlank, type ReportDocument, type ReportRow, STANDING_COLUMNS } from './report-document.js';

/** The daily report of a province as a document: period, cumulative and corrections tables, with the sums the reader may see. */
export function dailyDocument(view: DailyReportView): ReportDocument {
  const status = view.provisional
    ? `ฉบับชั่วคราว (ยังไม่ปิดยอด ตัวเลขยังเปลี่ยนแปลงได้จนถึงเวลา ${view.cutOffTh})`
    : `ปิดยอดเมื่อ ${formatThaiDateTime(view.frozenAt!)} ตำแหน่งบันทึก ${view.position.transactionId}/${view.position.globalPosition}`
      + (view.missedCutOff ? ' (ปิดยอดย้อนหลัง จากข้อมูลที่บันทึกก่อนเวลาตัดยอด)' : '');
  const { provinceTotal, nationalTotal } = view;
  const rows = (pick: 'period' | 'movedIn' | 'movedOut' | 'cumulative', columns = FIGURE_COLUMNS): ReportRow[] => [
    ...view.districts.map((d) => ({ cells: [d.districtTh, ...figureCells(d[pick]!, columns)] })),
    ...(provinceTotal ? [{ cells: [`รวม${view.provinceTh}`, ...figureCells(provinceTotal[pick]!, columns)], total: true }] : []),
    ...(nationalTotal ? [{ cells: ['รวมทั้งประเทศ', ...figureCells(nationalTotal[pick]!, columns)], total: true }] : []),
  ];
  const moved = (label: string, figures: Figures | null) => (figures && !isBlank(figures) ? [{ cells: [label, ...figureCells(figures)] }] : []);
  const corrections: ReportRow[] = [
    ...view.corrections.flatMap((c) => {
      const line = `${c.districtTh} (รายงาน ${c.periodDateTh})`;
      return [{ cells: [line, ...figureCells(c.figures)] }, ...moved(`${line} รับโอนพร้อมเรื่อง`, c.movedIn), ...moved(`${line} โอนออกพร้อมเรื่อง`, c.movedOut)];
    }),
    { cells: ['รวมรายการแก้ไข', ...figureCells(view.correctionsTotal)], total: true },
  ];
  const recorded = view.correctionsTotal.creditors !== null;
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
      ...(recorded ? [
        figureTable('รับโอนพร้อมเรื่องในรอบรายงาน (ตัวเลขที่เรื่องที่รับโอนนำมา)', 'รับโอนพร้อมเรื่อง', 'อำเภอ/เขต', rows('movedIn')),
        figureTable('โอนออกพร้อมเรื่องในรอบรายงาน (ตัวเลขที่เรื่องที่โอนออกนำไป)', 'โอนออกพร้อมเรื่อง', 'อำเภอ/เขต', rows('movedOut')),
      ] : []),
      figureTable(`ผลการดำเนินงานสะสม ถึง ${view.cutOffTh}`, 'สะสม', 'อำเภอ/เขต', rows('cumulative')),
      ...(recorded ? [figureTable(`ยอด ณ ${view.cutOffTh}`, 'ยอด ณ เวลา 15.00 น.', 'อำเภอ/เขต', rows('cumulative', STANDING_COLUMNS), STANDING_COLUMNS)] : []),
      figureTable(
        view.baseDate ? `รายการแก้ไขรายงานที่ปิดยอดแล้ว (บันทึกหลังการปิดยอดวันที่ ${view.baseDate})` : 'รายการแก้ไขรายงานที่ปิดยอดแล้ว',
        'รายการแก้ไข', 'อำเภอ/เขต (รายงานที่แก้ไข)', corrections,
      ),
    ],
    footer: ['ข้อมูลจากระบบดำรง กรมการปกครอง กระทรวงมหาดไทย', ...view.notesTh],
  };
}
