import type { MonthlyReportView } from '../monthly/monthly-report.view.js';
import { figureCells, figureTable, type ReportDocument, type ReportRow } from './report-document.js';

/** The monthly report as a document: the month, the fiscal year to date, cumulative, with the sums the reader may see. */
export function monthlyDocument(view: MonthlyReportView): ReportDocument {
  const unit = view.provinceCode ? 'อำเภอ/เขต' : 'จังหวัด';
  const { total, nationalTotal } = view;
  const rows = (pick: 'month' | 'movedIn' | 'movedOut' | 'fiscalYearToDate' | 'cumulative'): ReportRow[] => [
    ...view.rows.map((r) => ({ cells: [r.nameTh, ...figureCells(r[pick])] })),
    ...(view.provinceCode && total ? [{ cells: [`รวม${view.scopeTh}`, ...figureCells(total[pick])], total: true }] : []),
    ...(nationalTotal ? [{ cells: ['รวมทั้งประเทศ', ...figureCells(nationalTotal[pick])], total: true }] : []),
  ];
  const status = view.complete
    ? `ข้อมูลครบทั้งเดือน ตามรายงานประจำวันที่ปิดยอดวันที่ ${view.asOfDate}`
    : `ข้อมูลยังไม่ครบเดือน ถึง ${view.untilTh}` + (view.asOfDate ? ` (รายงานประจำวันที่ปิดยอดล่าสุด ${view.asOfDate})` : '');
  return {
    fileBase: `monthly-mediation-report-${view.month}-${view.provinceCode ?? 'all'}`,
    header: [
      view.officeTh,
      `รายงานผลการปฏิบัติงานการแก้ไขปัญหาหนี้นอกระบบ ประจำเดือน${view.monthTh} ปีงบประมาณ พ.ศ. ${view.fiscalYear}`,
      `${view.scopeTh} รอบเดือน ตั้งแต่ ${view.monthStartTh} ถึงก่อน ${view.monthEndTh}`,
      `ปีงบประมาณสะสม ตั้งแต่ ${view.fiscalYearStartTh}`,
      `${status} ตำแหน่งบันทึก ${view.position.transactionId}/${view.position.globalPosition}`,
    ],
    tables: [
      figureTable(`ผลการดำเนินงานประจำเดือน${view.monthTh}`, 'ประจำเดือน', unit, rows('month')),
      figureTable(`รับโอนพร้อมเรื่องประจำเดือน${view.monthTh} (ตัวเลขที่เรื่องที่รับโอนนำมา)`, 'รับโอนพร้อมเรื่อง', unit, rows('movedIn')),
      figureTable(`โอนออกพร้อมเรื่องประจำเดือน${view.monthTh} (ตัวเลขที่เรื่องที่โอนออกนำไป)`, 'โอนออกพร้อมเรื่อง', unit, rows('movedOut')),
      figureTable(`ผลการดำเนินงานปีงบประมาณ พ.ศ. ${view.fiscalYear} สะสม (นับที่อำเภอ/เขตที่ดำเนินการ)`, 'ปีงบประมาณสะสม', unit, rows('fiscalYearToDate')),
      figureTable(`ผลการดำเนินงานสะสมทั้งหมด (นับที่อำเภอ/เขตที่เรื่องอยู่ ณ ${view.untilTh})`, 'สะสมทั้งหมด', unit, rows('cumulative')),
    ],
    footer: ['ข้อมูลจากระบบดำรง กรมการปกครอง กระทรวงมหาดไทย', ...view.notesTh],
  };
}
