import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../shared/domain-error.js';
import { buddhistEraYear, fiscalYearOf, fiscalYearRange, parseYear } from './thai-years.js';

describe('Buddhist Era and fiscal year', () => {
  it('adds 543 for the Buddhist Era', () => {
    expect(buddhistEraYear(2024)).toBe(2567);
    expect(buddhistEraYear(2025)).toBe(2568);
  });

  it('reads a typed year as CE or Buddhist Era, in Arabic or Thai digits', () => {
    expect(parseYear('2025')).toBe(2025);
    expect(parseYear('2568')).toBe(2025);
    expect(parseYear(' ๒๕๖๘ ')).toBe(2025);
    expect(parseYear(2567)).toBe(2024);
    for (const bad of ['68', '25680', 'abcd', '', '0999']) {
      expect(() => parseYear(bad, 'year')).toThrow(
        expect.objectContaining({ code: 'CALENDAR_MALFORMED_YEAR', field: 'year' }) as unknown as DomainError,
      );
    }
  });

  it('starts the fiscal year on 1 October: 30 Sep 2024 is FY2567, 1 Oct 2024 is FY2568', () => {
    expect(fiscalYearOf('2024-09-30')).toBe(2567);
    expect(fiscalYearOf('2024-10-01')).toBe(2568);
    expect(fiscalYearOf('2025-09-30')).toBe(2568);
    expect(fiscalYearOf('2025-10-01')).toBe(2569);
    // 17:00 UTC on 30 Sep is already 1 Oct in Bangkok
    expect(fiscalYearOf(new Date('2024-09-30T16:59:00Z'))).toBe(2567);
    expect(fiscalYearOf(new Date('2024-09-30T17:00:00Z'))).toBe(2568);
  });

  it('gives the first and last day of a fiscal year named in either era', () => {
    const fy2568 = { fiscalYear: 2568, start: '2024-10-01', end: '2025-09-30' };
    expect(fiscalYearRange(2568)).toEqual(fy2568);
    expect(fiscalYearRange('๒๕๖๘')).toEqual(fy2568);
    expect(fiscalYearRange('2025')).toEqual(fy2568);
    expect(() => fiscalYearRange('FY68')).toThrow(expect.objectContaining({ field: 'fiscalYear' }) as unknown as DomainError);
  });
});
