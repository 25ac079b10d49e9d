import { formatThaiDate } from '../../calendar/thai-date-text.js';
import type { MonthlyFigures, MonthlyReportView } from '../monthly/monthly-report.view.js';
import { buddhistEraIso } from './daily-document.js';
import { figureCells, figureTable, type CertificationBlock, type ReportDocument, type ReportRow } from './report-document.js';
import { monthlyVerificationCode } from './verification-code.js';

const PARTS: readonly [keyof MonthlyFigures, string][] = [
  ['month', 'ประจำเดือน'], ['movedIn', 'รับโอนพร้อมเรื่อง'], ['movedOut', 'โอนออกพร้อมเรื่อง'], ['fiscalYearToDate', 'ปีงบประมาณสะสม'], ['cumulative', 'สะสมทั้งหมด'],
];

/** The status line: complete (and since when), revised (what changed is in its own table), or how far the month runs. */
function status(view: MonthlyReportView): string[] {
  if (!view.complete) {
    return [`ข้อมูลยังไม่ครบเดือน ถึง ${view.untilTh}` + (view.asOfDate ? ` (รายงานประจำวันที่ปิดยอดล่าสุด ${formatThaiDate(view.asOfDate)})` : '')];
  }
  const complete = `ข้อมูลครบทั้งเดือน ตั้งแต่รายงานประจำวันที่ปิดยอดวันที่ ${formatThaiDate(view.completedOn!)}`;
  if (!view.revised) return [complete];
  return [complete, `ฉบับปรับปรุง: ตัวเลขของเดือนเปลี่ยนไปตามข้อมูลที่บันทึกภายหลัง ถึงรายงานประจำวันที่ปิดยอดวันที่ ${formatThaiDate(view.asOfDate!)} (ดูตารางรายการปรับปรุง)`];
}

/**
 * The monthly report as a document: the month, what transfers moved in and out, the fiscal year to date,
 * cumulative, with the sums the reader may see and the notes on where each credits a case; for a month revised
 * after it was complete, what changed. Dated by the freeze of the daily report it is pinned to, whose SHA-256
 * with the month makes its verification code.
 */
export function monthlyDocument(view: MonthlyReportView, now: Date, certification: CertificationBlock | null): ReportDocument {
  const unit = view.provinceCode ? 'อำเภอ/เขต' : 'จังหวัด';
  const { total, nationalTotal, provinceCode } = view;
  const codes = (code: string) => (provinceCode ? { province: provinceCode, district: code } : { province: code });
  const rows = (pick: keyof MonthlyFigures): ReportRow[] => [
    ...view.rows.map((r) => ({ cells: [r.nameTh, ...figureCells(r[pick])], codes: codes(r.code) })),
    ...(provinceCode && total ? [{ cells: [`รวม${view.scopeTh}`, ...figureCells(total[pick])], total: true, sumOfRows: true, codes: { province: provinceCode } }] : []),
    ...(nationalTotal ? [{ cells: ['รวมทั้งประเทศ', ...figureCells(nationalTotal[pick])], total: true, sumOfRows: !provinceCode }] : []),
  ];
  const revisions: ReportRow[] = view.revisions.flatMap((r) => PARTS
    .filter(([pick]) => figureCells(r[pick]).some((cell) => Number(cell) !== 0))
    .map(([pick, part]) => ({ cells: [r.nameTh, part, ...figureCells(r[pick])], codes: codes(r.code) })));
  const month = buddhistEraIso(view.month);
  const scope = view.provinceCode ?? 'all';
  return {
    office: view.officeTh,
    title: `รายงานผลการปฏิบัติงานการแก้ไขปัญหาหนี้นอกระบบ ${view.scopeTh} ประจำเดือน${view.monthTh} ปีงบประมาณ พ.ศ. ${view.fiscalYear}`,
    header: [`รอบเดือน ตั้งแต่ ${view.monthStartTh} ถึงก่อน ${view.monthEndTh}`, `ปีงบประมาณสะสม ตั้งแต่ ${view.fiscalYearStartTh}`, ...status(view)],
    fileName: { th: `รายงานผลการแก้ไขหนี้นอกระบบประจำเดือน-${month}-${view.scopeTh}`, ascii: `monthly-mediation-report-${month}-${scope}` },
    issuedAt: view.asOfFrozenAt ?? now,
    verificationCode: view.asOfSha256 ? monthlyVerificationCode(view.month, view.asOfSha256) : null,
    tables: [
      figureTable(`ผลการดำเนินงานประจำเดือน${view.monthTh}`, 'ประจำเดือน', unit, rows('month')),
      figureTable(`รับโอนพร้อมเรื่องประจำเดือน${view.monthTh} (ตัวเลขที่เรื่องที่รับโอนนำมา)`, 'รับโอนพร้อมเรื่อง', unit, rows('movedIn')),
      figureTable(`โอนออกพร้อมเรื่องประจำเดือน${view.monthTh} (ตัวเลขที่เรื่องที่โอนออกนำไป)`, 'โอนออกพร้อมเรื่อง', unit, rows('movedOut')),
      figureTable(`ผลการดำเนินงานปีงบประมาณ พ.ศ. ${view.fiscalYear} สะสม (นับที่อำเภอ/เขตที่ดำเนินการ)`, 'ปีงบประมาณสะสม', unit, rows('fiscalYearToDate')),
      figureTable(`ผลการดำเนินงานสะสมทั้งหมด (นับที่อำเภอ/เขตที่เรื่องอยู่ ณ ${view.untilTh})`, 'สะสมทั้งหมด', unit, rows('cumulative')),
      ...(view.revised ? [figureTable(
        `รายการปรับปรุงหลังข้อมูลครบทั้งเดือน (บันทึกหลังการปิดยอดวันที่ ${formatThaiDate(view.completedOn!)})`, 'รายการปรับปรุง', [unit, 'ส่วนของรายงาน'], revisions,
      )] : []),
    ],
    notes: ['ข้อมูลจากระบบดำรง กรมการปกครอง กระทรวงมหาดไทย', ...view.notesTh],
    certification,
  };
}
