import { formatThaiDate, formatThaiDateTime } from '../../calendar/thai-date-text.js';
import { buddhistEraYear, fiscalYearOf } from '../../calendar/thai-years.js';
import { findMainCategory } from '../../cases/complaint/categories/complaint-categories.enums.js';
import { districtTitle, officeTitle, provinceTitle } from '../report-figures.js';
import type { FrozenMonthEnd, SummaryFigures, SummaryLine } from './governor-summary.figures.js';

const THAI_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
/** ตัวชี้วัด (seed 004, §5.2): at least 80% of the complaints resolved. */
export const TARGET_PERCENT = 80;

/** `มกราคม 2568` of YYYY-MM. */
export const monthThOf = (month: string) => `${THAI_MONTHS[Number(month.slice(5, 7)) - 1]} ${buddhistEraYear(Number(month.slice(0, 4)))}`;

export interface RatedFigures extends SummaryFigures {
  /** Not closed at the month end: carried over into the next month. */
  carriedOver: number;
  resolutionRatePercent: number | null;
  meetsTarget: boolean | null;
}

export interface SummaryRow extends RatedFigures {
  /** District code; null for the province office's own complaints. */
  code: string | null;
  nameTh: string;
}

export interface CategoryRow extends RatedFigures {
  category: string;
  nameTh: string;
}

export interface CorrectionView extends RatedFigures {
  correctedMonth: string;
  correctedMonthTh: string;
  nameTh: string;
  category: string;
  categoryTh: string;
}

/** The summary of a district, or of a province's offices, as frozen at the month end. */
export interface GovernorSummaryView {
  month: string;
  monthTh: string;
  fiscalYear: number;
  provinceCode: string;
  districtCode: string | null;
  scopeTh: string;
  officeTh: string;
  frozen: boolean;
  frozenAt: Date | null;
  frozenAtTh: string | null;
  monthEndSha256: string | null;
  dueOn: string;
  dueOnTh: string;
  rows: SummaryRow[];
  categories: CategoryRow[];
  total: RatedFigures;
  corrections: CorrectionView[];
  downloads: { xlsx: string; pdf: string };
}

const zero = (): SummaryFigures => ({ receivedInMonth: 0, received: 0, inProgress: 0, resolved: 0, closed: 0, solved: 0, setAside: 0 });

function add(sum: SummaryFigures, f: SummaryFigures): SummaryFigures {
  return {
    receivedInMonth: sum.receivedInMonth + Number(f.receivedInMonth), received: sum.received + Number(f.received),
    inProgress: sum.inProgress + Number(f.inProgress), resolved: sum.resolved + Number(f.resolved), closed: sum.closed + Number(f.closed),
    solved: sum.solved === null || f.solved === null ? null : sum.solved + Number(f.solved),
    setAside: sum.setAside === null || f.setAside === null ? null : sum.setAside + Number(f.setAside),
  };
}

/** The figures with what is carried over and the resolution rate: solved of the received less those set aside. */
export function rate(f: SummaryFigures): RatedFigures {
  const base = f.setAside === null ? 0 : f.received - f.setAside;
  const percent = f.solved === null || base <= 0 ? null : Math.round((f.solved / base) * 10_000) / 100;
  return { ...f, carriedOver: f.received - f.closed, resolutionRatePercent: percent, meetsTarget: percent === null ? null : percent >= TARGET_PERCENT };
}

const sumOf = (lines: readonly SummaryFigures[]) => lines.reduce(add, zero());
const categoryTh = (code: string) => findMainCategory(code)?.nameTh ?? code;
const officeName = (line: Pick<SummaryLine, 'districtCode' | 'provinceCode'>) =>
  (line.districtCode ? districtTitle(line.districtCode) : `ศูนย์ดำรงธรรม${provinceTitle(line.provinceCode)}`);

/**
 * The view of a month end for one district (`districtCodes` its code alone) or a province (its districts in the
 * reader's area, and the province office's own complaints for a reader of the whole province).
 */
export function governorSummaryView(input: {
  month: string; provinceCode: string; districtCode: string | null; districtCodes: string[]; withProvinceOffice: boolean;
  monthEnd: FrozenMonthEnd | null; dueOn: string;
}): GovernorSummaryView {
  const { month, provinceCode, districtCode, monthEnd } = input;
  const shown = (line: SummaryLine) => (line.districtCode ? input.districtCodes.includes(line.districtCode) : input.withProvinceOffice);
  const lines = (monthEnd?.lines ?? []).filter(shown);
  const offices = [...input.districtCodes, ...(input.withProvinceOffice ? [''] : [])];
  const rows = offices.map((code) => ({
    code: code || null, nameTh: officeName({ districtCode: code, provinceCode }), ...rate(sumOf(lines.filter((l) => l.districtCode === code))),
  }));
  const categories = [...new Set(lines.map((l) => l.categoryMain))].sort().map((category) => ({
    category, nameTh: categoryTh(category), ...rate(sumOf(lines.filter((l) => l.categoryMain === category))),
  }));
  const corrections = (monthEnd?.corrections ?? []).filter(shown).map((c) => ({
    ...rate(c), correctedMonth: c.correctedMonth, correctedMonthTh: monthThOf(c.correctedMonth), nameTh: officeName(c),
    category: c.categoryMain, categoryTh: categoryTh(c.categoryMain),
  }));
  const slug = `${month}/${districtCode ?? provinceCode}`;
  return {
    month, monthTh: monthThOf(month), fiscalYear: fiscalYearOf(`${month}-01`), provinceCode, districtCode,
    scopeTh: districtCode ? districtTitle(districtCode) : provinceTitle(provinceCode),
    officeTh: districtCode ? `ศูนย์ดำรงธรรม${districtTitle(districtCode)}` : officeTitle(provinceCode),
    frozen: monthEnd !== null, frozenAt: monthEnd?.frozenAt ?? null, frozenAtTh: monthEnd ? formatThaiDateTime(monthEnd.frozenAt) : null,
    monthEndSha256: monthEnd?.sha256 ?? null, dueOn: input.dueOn, dueOnTh: formatThaiDate(input.dueOn),
    rows, categories, total: rate(sumOf(lines)), corrections,
    downloads: { xlsx: `/reports/complaint-summary/${slug}.xlsx`, pdf: `/reports/complaint-summary/${slug}.pdf` },
  };
}
