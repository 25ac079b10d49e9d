import { describe, expect, it } from '@jest/globals';
import { endedBefore, expiresAt, retentionVerdict, type RetentionRule } from './retention-rules.js';

const TEN_YEARS: RetentionRule = { name: 'DEBT_CASE_CLOSED', years: 10 };
const instant = (iso: string) => new Date(iso);

describe('retention rules', () => {
  it('keeps the data through the day before the same date N years on (Asia/Bangkok) and expires it at the next 00:00', () => {
    // Closed on 5 Jan 2014 at 10:30 in Bangkok: kept through 5 Jan 2024, expired from 6 Jan 2024 00:00 +07:00.
    expect(expiresAt(instant('2014-01-05T10:30:00+07:00'), TEN_YEARS)).toEqual(instant('2024-01-06T00:00:00+07:00'));
    const verdictAt = (now: string) => retentionVerdict(instant('2014-01-05T10:30:00+07:00'), TEN_YEARS, instant(now));
    expect(verdictAt('2024-01-05T23:59:59+07:00')).toEqual({ expired: false, expiresAt: instant('2024-01-06T00:00:00+07:00') });
    expect(verdictAt('2024-01-06T00:00:00+07:00').expired).toBe(true);
  });

  it('counts the day in Asia/Bangkok, not in UTC', () => {
    // 4 Jan 2014 20:00 UTC is 5 Jan 03:00 in Bangkok.
    expect(expiresAt(instant('2014-01-04T20:00:00Z'), TEN_YEARS)).toEqual(instant('2024-01-06T00:00:00+07:00'));
    // 5 Jan 2014 23:30 in Bangkok is still the 5th there (16:30 UTC).
    expect(expiresAt(instant('2014-01-05T16:30:00Z'), TEN_YEARS)).toEqual(instant('2024-01-06T00:00:00+07:00'));
  });

  it('ends a period begun on 29 February with the last day of February in a year without it', () => {
    expect(expiresAt(instant('2016-02-29T09:00:00+07:00'), TEN_YEARS)).toEqual(instant('2026-03-01T00:00:00+07:00'));
    expect(expiresAt(instant('2016-02-29T09:00:00+07:00'), { name: 'COMPLAINT_CLOSED', years: 4 })).toEqual(instant('2020-03-01T00:00:00+07:00'));
  });

  it('tells a case closed eleven years ago from one closed last year', () => {
    const now = instant('2037-06-01T10:00:00+07:00');
    expect(retentionVerdict(instant('2026-05-01T10:00:00+07:00'), TEN_YEARS, now).expired).toBe(true);
    expect(retentionVerdict(instant('2036-05-01T10:00:00+07:00'), TEN_YEARS, now)).toEqual({ expired: false, expiresAt: instant('2046-05-02T00:00:00+07:00') });
  });

  it('refuses a period that is not a whole number of years of at least one', () => {
    expect(() => expiresAt(instant('2020-01-01T00:00:00Z'), { name: 'DEBT_CASE_CLOSED', years: 0 })).toThrow(RangeError);
    expect(() => expiresAt(instant('2020-01-01T00:00:00Z'), { name: 'DEBT_CASE_CLOSED', years: 1.5 })).toThrow(RangeError);
  });

  it('bounds the endings a query must look at: nothing ended at the bound has expired, what ended three days before it has', () => {
    const rule = { name: 'COMPLAINT_CLOSED', years: 3 } as const;
    for (const now of ['2027-03-01T00:00:00+07:00', '2028-02-29T12:00:00+07:00', '2027-12-31T23:59:00+07:00', '2027-01-01T06:00:00+07:00']) {
      const bound = endedBefore(instant(now), rule);
      expect(retentionVerdict(bound, rule, instant(now)).expired).toBe(false);
      const threeDaysBefore = new Date(bound.getTime() - 3 * 86_400_000);
      expect(retentionVerdict(threeDaysBefore, rule, instant(now)).expired).toBe(true);
    }
  });

  it('counts the leaflet permits\', filers\' and staff accounts\' rules as the cases\' ones, each by its own years (a permit whose period ended on 28 February 2026 expires on 29 February 2036, a leap day)', () => {
    const ended = instant('2036-01-05T10:00:00+07:00');
    const staff: RetentionRule = { name: 'STAFF_ACCOUNT_CLOSED', years: 1 };
    expect(retentionVerdict(ended, staff, instant('2037-01-05T23:59:59+07:00'))).toEqual({ expired: false, expiresAt: instant('2037-01-06T00:00:00+07:00') });
    expect(retentionVerdict(ended, staff, instant('2037-01-06T00:00:00+07:00')).expired).toBe(true);
    for (const name of ['LEAFLET_PERMIT_ENDED', 'BUSINESS_FILER_REVOKED'] as const) {
      expect(expiresAt(instant('2026-02-28T12:00:00+07:00'), { name, years: 10 })).toEqual(instant('2036-02-29T00:00:00+07:00'));
      const bound = endedBefore(instant('2037-06-01T10:00:00+07:00'), { name, years: 10 });
      expect(retentionVerdict(bound, { name, years: 10 }, instant('2037-06-01T10:00:00+07:00')).expired).toBe(false);
    }
  });
});
