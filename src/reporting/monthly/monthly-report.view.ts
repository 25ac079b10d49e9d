import { formatThaiDateTime } from '../../calendar/thai-date-text.js';
import { buddhistEraYear, fiscalYearOf } from '../../calendar/thai-years.js';
import { districtsOf, provinces, requireProvince } from '../../geography/geography.js';
import { coversDistrict, coversProvince, overseesAll } from '../../identity/scope/area-scope.js';
import type { ReportReader } from '../daily/daily-report.view.js';
import { addMeasures, isZero, type Measures, zeroMeasures } from '../ledger/report-measures.js';
import { districtTitle, type Figures, figuresOf, officeTitle, provinceTitle } from '../report-figures.js';
import type { MonthlyDistrictSums, MonthlyReport } from './monthly-report.service.js';

const THAI_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];

export interface MonthlyFigures {
  month: Figures;
  movedIn: Figures;
  movedOut: Figures;
  fiscalYearToDate: Figures;
  cumulative: Figures;
}

export interface MonthlyRow extends MonthlyFigures {
  code: string;
  nameTh: string;
}

/**
 * A monthly report as a reader sees it: the districts of a province, or with no province the provinces, each
 * in the reader's area; the total for a reader covering all the rows stand for, the country's for the centre
 * and auditors (null otherwise).
 */
export interface MonthlyReportView {
  month: string;
  monthTh: string;
  fiscalYear: number;
  provinceCode: string | null;
  scopeTh: string;
  officeTh: string;
  monthStartTh: string;
  monthEndTh: string;
  fiscalYearStartTh: string;
  untilTh: string;
  asOfDate: string | null;
  /** The freeze and SHA-256 of that daily report (null before the first freeze): the files' date and verification code. */
  asOfFrozenAt: Date | null;
  asOfSha256: string | null;
  /** The daily report that made the month complete; null while it is not. */
  completedOn: string | null;
  /** Complete, and changed since: late facts of the month reached the log after the report that completed it. */
  revised: boolean;
  /** What changed since then, per row (district or province) that changed, net. */
  revisions: MonthlyRow[];
  position: { transactionId: string; globalPosition: string };
  complete: boolean;
  rows: MonthlyRow[];
  total: MonthlyFigures | null;
  nationalTotal: MonthlyFigures | null;
  /** What a reader must know to read the figures: where the fiscal year and the cumulative figures credit a case. */
  notesTh: string[];
  downloads: { xlsx: string; pdf: string };
}

const KINDS = ['month', 'movedIn', 'movedOut', 'fiscalYearToDate', 'cumulative'] as const;
type Sums = Record<(typeof KINDS)[number], Measures>;
const zero = (): Sums => Object.fromEntries(KINDS.map((k) => [k, zeroMeasures()])) as Sums;
const add = (sum: Sums, d: Sums) => KINDS.forEach((k) => addMeasures(sum[k], d[k]));
const view = (s: Sums): MonthlyFigures => Object.fromEntries(KINDS.map((k) => [k, figuresOf(s[k])])) as unknown as MonthlyFigures;

/** Where each set of figures credits a case, and how the cumulative ones change over a month. */
function monthlyNotes(untilTh: string): string[] {
  return [
    'ผลประจำเดือนและปีงบประมาณสะสม นับที่อำเภอ/เขตที่ดำเนินการ แม้ภายหลังจะโอนเรื่องไปที่อื่น '
      + `ส่วนยอดสะสมทั้งหมด นับแต่ละเรื่อง ณ อำเภอ/เขตที่เรื่องอยู่ ณ ${untilTh} ปีงบประมาณสะสมจึงอาจมากกว่ายอดสะสมทั้งหมดของอำเภอ/เขตที่โอนเรื่องออก`,
    'ยอดสะสมทั้งหมดเปลี่ยนจากสิ้นเดือนก่อนด้วยผลประจำเดือน + รับโอนพร้อมเรื่อง − โอนออกพร้อมเรื่อง (ข้อมูลที่บันทึกย้อนหลังอาจเปลี่ยนยอดของเดือนก่อน)',
  ];
}

export function monthlyReportView(report: MonthlyReport, provinceCode: string | null, reader: ReportReader): MonthlyReportView {
  const province = provinceCode === null ? null : requireProvince(provinceCode);
  const units = province
    ? districtsOf(province.code).filter((d) => coversDistrict(reader, d.code)).map((d) => ({ code: d.code, nameTh: districtTitle(d.code) }))
    : provinces().filter((p) => coversProvince(reader, p.code)).map((p) => ({ code: p.code, nameTh: provinceTitle(p.code) }));
  const coversAll = province ? coversProvince(reader, province.code) : overseesAll(reader);
  const byUnit = (districts: MonthlyDistrictSums[]) => {
    const sums = new Map(units.map((u) => [u.code, zero()]));
    const total = zero();
    const national = zero();
    for (const d of districts) {
      add(national, d);
      const unit = sums.get(province ? d.districtCode : d.provinceCode);
      if (!unit || (province && d.provinceCode !== province.code)) continue;
      add(unit, d);
      add(total, d);
    }
    return { sums, total, national };
  };
  const { sums, total, national } = byUnit(report.districts);
  const changed = byUnit(report.revisions).sums;
  const revisions = units.filter((u) => KINDS.some((k) => !isZero(changed.get(u.code)![k])));
  const month = `${report.year}-${String(report.month).padStart(2, '0')}`;
  const slug = province ? `${month}/${province.code}` : `${month}/all`;
  return {
    month,
    monthTh: `${THAI_MONTHS[report.month - 1]} ${buddhistEraYear(report.year)}`,
    fiscalYear: fiscalYearOf(`${month}-01`),
    provinceCode: province?.code ?? null,
    scopeTh: province ? provinceTitle(province.code) : 'ทั่วประเทศ',
    officeTh: province ? officeTitle(province.code) : 'กรมการปกครอง กระทรวงมหาดไทย',
    monthStartTh: formatThaiDateTime(report.monthStart),
    monthEndTh: formatThaiDateTime(report.monthEnd),
    fiscalYearStartTh: formatThaiDateTime(report.fiscalYearStart),
    untilTh: formatThaiDateTime(report.until),
    asOfDate: report.asOfDay,
    asOfFrozenAt: report.asOf?.frozenAt ?? null,
    asOfSha256: report.asOf?.sha256 ?? null,
    completedOn: report.completedBy?.day ?? null,
    revised: revisions.length > 0,
    revisions: revisions.map((u) => ({ ...u, ...view(changed.get(u.code)!) })),
    position: { transactionId: report.position.transactionId.toString(), globalPosition: report.position.globalPosition.toString() },
    complete: report.complete,
    rows: units.map((u) => ({ ...u, ...view(sums.get(u.code)!) })),
    total: coversAll ? view(total) : null,
    nationalTotal: overseesAll(reader) ? view(national) : null,
    notesTh: monthlyNotes(formatThaiDateTime(report.until)),
    downloads: { xlsx: `/reports/monthly/${slug}.xlsx`, pdf: `/reports/monthly/${slug}.pdf` },
  };
}
