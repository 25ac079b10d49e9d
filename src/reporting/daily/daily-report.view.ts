import { formatThaiDate, formatThaiDateTime } from '../../calendar/thai-date-text.js';
import { districtsOf, requireProvince } from '../../geography/geography.js';
import { coversDistrict, coversProvince, overseesAll } from '../../identity/scope/area-scope.js';
import type { StaffProfile } from '../../identity/scope/staff-authority.js';
import { addMeasures, type Measures, zeroMeasures } from '../ledger/report-measures.js';
import { districtTitle, type Figures, figuresOf, officeTitle, provinceTitle } from '../report-figures.js';
import type { DailyReport } from './daily-report.service.js';
import type { PeriodAndCumulativeSums } from './daily-report.totals.js';
import { dailyVerificationCode } from '../export/verification-code.js';

export interface PeriodAndCumulative {
  period: Figures;
  /** Null in a report frozen before moved figures were recorded (format 1). */
  movedIn: Figures | null;
  movedOut: Figures | null;
  cumulative: Figures;
}

export interface DailyDistrictRow extends PeriodAndCumulative {
  districtCode: string;
  districtTh: string;
}

export interface DailyCorrectionRow {
  districtCode: string;
  districtTh: string;
  /** The earlier report the late facts belonged to. */
  periodDate: string;
  periodDateTh: string;
  figures: Figures;
  movedIn: Figures | null;
  movedOut: Figures | null;
}

/**
 * A daily report for one province as a reader sees it: every district of it in the reader's area (zeros
 * included), the province's sums for a reader covering the whole province, the country's for the centre and
 * auditors (null otherwise), and the corrections of those districts.
 */
export interface DailyReportView {
  date: string;
  dateTh: string;
  provinceCode: string;
  provinceTh: string;
  officeTh: string;
  cutOff: Date;
  cutOffTh: string;
  periodStart: Date;
  periodStartTh: string;
  provisional: boolean;
  frozenAt: Date | null;
  missedCutOff: boolean;
  position: { transactionId: string; globalPosition: string };
  baseDate: string | null;
  sha256: string | null;
  /** The code the report's files print (verification-code.ts); null while provisional. */
  verificationCode: string | null;
  districts: DailyDistrictRow[];
  provinceTotal: PeriodAndCumulative | null;
  nationalTotal: PeriodAndCumulative | null;
  corrections: DailyCorrectionRow[];
  correctionsTotal: Figures;
  /** What a reader must know to read the figures: how they add up, where a case counts. */
  notesTh: string[];
  downloads: { xlsx: string; pdf: string };
}

/** Who reads a report: its area decides which lines and sums it shows. */
export type ReportReader = Pick<StaffProfile, 'level' | 'office'>;

export function dailyReportView(report: DailyReport, provinceCode: string, reader: ReportReader): DailyReportView {
  const province = requireProvince(provinceCode);
  const { body } = report;
  const inProvince = body.districts.filter((d) => d.provinceCode === province.code);
  const recorded = body.format >= 2;
  const figures = (m: Measures) => figuresOf(m, recorded);
  const moved = (m: Measures) => (recorded ? figuresOf(m) : null);
  const both = (sum: PeriodAndCumulativeSums | undefined): PeriodAndCumulative => ({
    period: figures(sum?.period ?? zeroMeasures()),
    movedIn: moved(sum?.movedIn ?? zeroMeasures()),
    movedOut: moved(sum?.movedOut ?? zeroMeasures()),
    cumulative: figures(sum?.cumulative ?? zeroMeasures()),
  });
  const districts = districtsOf(province.code).filter((district) => coversDistrict(reader, district.code)).map((district) => ({
    districtCode: district.code,
    districtTh: districtTitle(district.code),
    ...both(inProvince.find((d) => d.districtCode === district.code)),
  }));
  const corrections = body.corrections.filter((c) => c.provinceCode === province.code && coversDistrict(reader, c.districtCode));
  const correctionsSum = zeroMeasures();
  for (const c of corrections) addMeasures(correctionsSum, c.measures);
  return {
    date: body.day,
    dateTh: formatThaiDate(body.day),
    provinceCode: province.code,
    provinceTh: provinceTitle(province.code),
    officeTh: officeTitle(province.code),
    cutOff: body.cutOff,
    cutOffTh: formatThaiDateTime(body.cutOff),
    periodStart: body.periodStart,
    periodStartTh: formatThaiDateTime(body.periodStart),
    provisional: report.provisional,
    frozenAt: report.frozenAt,
    missedCutOff: report.missed,
    position: { transactionId: body.position.transactionId.toString(), globalPosition: body.position.globalPosition.toString() },
    baseDate: body.base?.day ?? null,
    sha256: report.sha256,
    verificationCode: report.sha256 ? dailyVerificationCode(body.day, province.code, report.sha256, report.seal) : null,
    districts,
    provinceTotal: coversProvince(reader, province.code) ? both(report.totals.byProvince.get(province.code)) : null,
    nationalTotal: overseesAll(reader) ? both(report.totals.national) : null,
    corrections: corrections.map((c) => ({
      districtCode: c.districtCode,
      districtTh: districtTitle(c.districtCode),
      periodDate: c.periodDay,
      periodDateTh: formatThaiDate(c.periodDay),
      figures: figures(c.measures),
      movedIn: moved(c.movedIn),
      movedOut: moved(c.movedOut),
    })),
    correctionsTotal: figures(correctionsSum),
    notesTh: dailyNotes(recorded, body.cutOff),
    downloads: { xlsx: `/reports/daily/${body.day}/${province.code}.xlsx`, pdf: `/reports/daily/${body.day}/${province.code}.pdf` },
  };
}

/** The notes a daily report carries; a report frozen before migration 300 says what it lacks. */
function dailyNotes(recorded: boolean, cutOff: Date): string[] {
  const where = `ยอดสะสมนับแต่ละเรื่อง ณ อำเภอ/เขตที่เรื่องอยู่ ณ ${formatThaiDateTime(cutOff)} เมื่อโอนเรื่อง ตัวเลขของเรื่องทั้งหมด`
    + ' (การลงทะเบียน การติดต่อ การไกล่เกลี่ย มูลหนี้) ย้ายไปกับเรื่อง';
  if (!recorded) {
    return [where, 'รายงานฉบับนี้ปิดยอดก่อนระบบบันทึกจำนวนเจ้าหนี้ เงินต้น ยอดหนี้คงค้าง ผู้ประสงค์ไกล่เกลี่ย และตัวเลขที่ย้ายไปกับเรื่องที่โอน จึงไม่แสดงตัวเลขเหล่านี้'];
  }
  return [
    'ยอดสะสม = ยอดสะสมของรายงานฉบับก่อน + รายการแก้ไข + ผลในรอบรายงาน + รับโอนพร้อมเรื่อง − โอนออกพร้อมเรื่อง ทุกช่อง',
    where,
    `ยอด ณ ${formatThaiDateTime(cutOff)} ของลูกหนี้ (ผู้ลงทะเบียน) เจ้าหนี้ เงินต้น ยอดหนี้คงค้าง และผู้ประสงค์ไกล่เกลี่ย (ตามที่ลูกหนี้แจ้งครั้งล่าสุดที่ติดต่อได้) คือยอดสะสมของช่องเหล่านี้`,
  ];
}
