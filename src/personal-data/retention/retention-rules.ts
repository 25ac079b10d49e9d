/**
 * The retention rules of personal data (issue 17), pure: given when a record ended (a case closed or resolved, a permit
 * refused or its period over, a filer revoked, an account suspended), the rule and now, whether its personal data
 * has expired and when it does. Periods count as the Civil and Commercial Code counts them (ป.พ.พ. มาตรา 193/3 and
 * 193/5): in Asia/Bangkok calendar days, the day the record ended not counted; a period of N years ends with the
 * day before the same date N years on, the month's last day when that month has no such date (29 February). The data
 * expires at the start (00:00 Asia/Bangkok) of the day after.
 */
export const RETENTION_RULE_NAMES = [
  'DEBT_CASE_CLOSED', 'COMPLAINT_CLOSED', 'LEAFLET_PERMIT_ENDED', 'BUSINESS_FILER_REVOKED', 'STAFF_ACCOUNT_CLOSED',
] as const;
export type RetentionRuleName = (typeof RETENTION_RULE_NAMES)[number];

export interface RetentionRule {
  name: RetentionRuleName;
  /** Whole years after the case ended. */
  years: number;
}

export interface RetentionVerdict {
  expired: boolean;
  /** The instant the personal data expires (00:00 Asia/Bangkok). */
  expiresAt: Date;
}

const BANGKOK_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The Asia/Bangkok calendar date of an instant, as UTC midnight of that date (Thailand keeps no summer time). */
function bangkokDate(instant: Date): Date {
  const shifted = instant.getTime() + BANGKOK_OFFSET_MS;
  return new Date(shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS));
}

/** The date `years` on, 29 February becoming 28 February in a year without it. */
function yearsOn(date: Date, years: number): Date {
  const year = date.getUTCFullYear() + years;
  const lastDay = new Date(Date.UTC(year, date.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, date.getUTCMonth(), Math.min(date.getUTCDate(), lastDay)));
}

/** When the personal data of a case that ended at `endedAt` expires under `rule`. */
export const expiresAt = (endedAt: Date, rule: RetentionRule): Date => expiresAfterYears(endedAt, rule.years);

/** When personal data kept `years` whole years after `endedAt` expires (any record's, a staff account's too). */
export function expiresAfterYears(endedAt: Date, years: number): Date {
  if (!Number.isInteger(years) || years < 1) throw new RangeError(`retention of ${years} years`);
  const lastKeptDay = yearsOn(bangkokDate(endedAt), years);
  return new Date(lastKeptDay.getTime() + DAY_MS - BANGKOK_OFFSET_MS);
}

export function retentionVerdict(endedAt: Date, rule: RetentionRule, now: Date): RetentionVerdict {
  const at = expiresAt(endedAt, rule);
  return { expired: at.getTime() <= now.getTime(), expiresAt: at };
}

/**
 * A bound for queries: no case that ended at or after this instant has expired by `at` (it lies a day or two past the
 * last expired ending, so the exact verdict, retentionVerdict, still decides over the rows before it).
 */
export function endedBefore(at: Date, rule: RetentionRule): Date {
  const date = bangkokDate(at);
  return new Date(Date.UTC(date.getUTCFullYear() - rule.years, date.getUTCMonth(), date.getUTCDate() + 2));
}
