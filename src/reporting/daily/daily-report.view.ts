import { formatThaiDate, formatThaiDateTime } from '../../calendar/thai-date-text.js';
import { districtsOf, requireProvince } from '../../geography/geography.js';
import { coversDistrict, coversProvince, overseesAll } from '../../identity/area-scope.js';
import type { StaffProfile } from '../../identity/staff-authority.js';
import { addMeasures, zeroMeasures } from '../ledger/report-measures.js';
import { districtTitle, type Figures, figuresOf, officeTitle, provinceTitle } from '../report-figures.js';
import type { DailyReport } from './daily-report.service.js';
import type { PeriodAndCumulativeSums } from './daily-report.totals.js';

export interface PeriodAndCumulative {
  period: Figures;
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
  districts: DailyDistrictRow[];
  provinceTotal: PeriodAndCumulative | null;
  nationalTotal: PeriodAndCumulative | null;
  corrections: DailyCorrectionRow[];
  correctionsTotal: Figures;
  downloads: { xlsx: string; pdf: string };
}

/** Who reads a report: its area decides which lines and sums it shows. */
export type ReportReader = Pick<StaffProfile, 'level' | 'office'>;

export function dailyReportView(report: DailyReport, provinceCode: string, reader: ReportReader): DailyReportView {
  const province = requireProvince(provinceCode);
  const { body } = report;
  const inProvince = body.districts.filter((d) => d.provinceCode === province.code);
  const districts = districtsOf(province.code).filter((district) => coversDistrict(reader, district.code)).map((district) => {
    const figures = inProvince.find((d) => d.districtCode === district.code);
    return {
      districtCode: district.code,
      districtTh: districtTitle(district.code),
      period: figuresOf(figures?.period ?? zeroMeasures()),
      cumulative: figuresOf(figures?.cumulative ?? zeroMeasures()),
    };
  });
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
    districts,
    provinceTotal: coversProvince(reader, province.code) ? both(report.totals.byProvince.get(province.code)) : null,
    nationalTotal: overseesAll(reader) ? both(report.totals.national) : null,
    corrections: corrections.map((c) => ({
      districtCode: c.districtCode,
      districtTh: districtTitle(c.districtCode),
      periodDate: c.periodDay,
      periodDateTh: formatThaiDate(c.periodDay),
      figures: figuresOf(c.measures),
    })),
    correctionsTotal: figuresOf(correctionsSum),
    downloads: { xlsx: `/reports/daily/${body.day}/${province.code}.xlsx`, pdf: `/reports/daily/${body.day}/${province.code}.pdf` },
  };
}

const both = (sum: PeriodAndCumulativeSums | undefined) =>
  ({ period: figuresOf(sum?.period ?? zeroMeasures()), cumulative: figuresOf(sum?.cumulative ?? zeroMeasures()) });
