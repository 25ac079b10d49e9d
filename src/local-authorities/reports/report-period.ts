import { buddhistEraYear, fiscalYearRange } from '../../calendar/thai-years.js';
import { DomainError } from '../../shared/domain-error.js';
import { toArabicDigits } from '../../shared/thai-digits.js';
import { parsePeriod } from '../monthly-returns/monthly-return.decider.js';
import { periodTh } from '../monthly-returns/monthly-return-detail.js';
import { authorityReportErrors } from './authority-report-errors.js';

/** The months a report covers, first and last as YYYY-MM (CE), and how it is named. */
export interface ReportPeriod {
  from: string;
  to: string;
  /** ปีงบประมาณ พ.ศ. 2569, or เดือนกันยายน 2568 */
  labelTh: string;
  /** The period as the download's path names it: 2569 or 2568-09 (Buddhist Era). */
  slug: string;
}

/**
 * A report period as staff type it: a fiscal year (2569, ๒๕๖๙ or 2026: October to September) or one month
 * (2568-09, ๒๕๖๘-๐๙ or 2025-09). Anything else is AUTHORITY_REPORT_PERIOD_MALFORMED naming `field`.
 */
export function parseReportPeriod(input: string, field = 'period'): ReportPeriod {
  const text = toArabicDigits(String(input ?? '')).trim();
  try {
    if (/^\d{4}$/.test(text)) {
      const year = fiscalYearRange(text, field);
      if (year.start < '2000-01-01' || year.end > '2099-12-31') throw authorityReportErrors.periodMalformed(input, field);
      return { from: year.start.slice(0, 7), to: year.end.slice(0, 7), labelTh: `ปีงบประมาณ พ.ศ. ${year.fiscalYear}`, slug: String(year.fiscalYear) };
    }
    if (/^\d{4}-\d{1,2}$/.test(text)) {
      const month = parsePeriod(text);
      return { from: month, to: month, labelTh: `เดือน${periodTh(month)}`, slug: `${buddhistEraYear(Number(month.slice(0, 4)))}${month.slice(4)}` };
    }
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
  }
  throw authorityReportErrors.periodMalformed(input, field);
}

/** The month after `month` (YYYY-MM). */
export function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** The months from `from` to `to` (YYYY-MM), in order. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = nextMonth(month)) months.push(month);
  return months;
}
