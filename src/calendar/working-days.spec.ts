import { describe, expect, it } from '@jest/globals';
import { SHIPPED_HOLIDAYS } from './holidays-2024-2027.js';
import { isWorkingDay, nextWorkingDay, previousWorkingDay } from './working-days.js';

const holidays = new Set(SHIPPED_HOLIDAYS.map((h) => h.date));

describe('working days', () => {
  it('are Monday to Friday', () => {
    expect(isWorkingDay('2025-01-03', holidays)).toBe(true); // Friday
    expect(isWorkingDay('2025-01-04', holidays)).toBe(false); // Saturday
    expect(isWorkingDay('2025-01-05', holidays)).toBe(false); // Sunday
    expect(isWorkingDay('2025-01-06', holidays)).toBe(true); // Monday
  });

  it('minus government holidays, substitution days and the cabinet\'s special days', () => {
    expect(isWorkingDay('2024-05-22', holidays)).toBe(false); // Visakha Bucha, Wednesday
    expect(isWorkingDay('2024-02-26', holidays)).toBe(false); // substitution for Makha Bucha on Saturday 24 Feb
    expect(isWorkingDay('2024-04-12', holidays)).toBe(false); // special day before Songkran
    expect(isWorkingDay('2024-07-23', holidays)).toBe(true); // Khao Phansa on a Sunday gives no second day
    expect(isWorkingDay('2024-05-01', holidays)).toBe(true); // Labour Day is no office holiday
    expect(isWorkingDay('2025-01-10', holidays)).toBe(true); // the Friday before Children's Day
  });

  it('step over Songkran and over a weekend, both ways', () => {
    expect(nextWorkingDay('2024-04-11', holidays)).toBe('2024-04-17'); // 12 special, 13–15, 16 substitution
    expect(previousWorkingDay('2024-04-17', holidays)).toBe('2024-04-11');
    expect(nextWorkingDay('2025-01-03', holidays)).toBe('2025-01-06'); // Friday → Monday
    expect(previousWorkingDay('2025-01-06', holidays)).toBe('2025-01-03');
    expect(nextWorkingDay('2025-04-11', holidays)).toBe('2025-04-17'); // Friday → after Songkran and its Wednesday
    expect(nextWorkingDay('2024-12-27', holidays)).toBe('2025-01-02'); // 30, 31 Dec and 1 Jan
  });

  it('take an instant as its Bangkok day', () => {
    // 16:00 UTC on Thursday 11 April 2024 is 23:00 in Bangkok: still a working day
    expect(isWorkingDay(new Date('2024-04-11T16:00:00Z'), holidays)).toBe(true);
    // 17:30 UTC is already Friday 12 April in Bangkok: the special holiday
    expect(isWorkingDay(new Date('2024-04-11T17:30:00Z'), holidays)).toBe(false);
    expect(nextWorkingDay(new Date('2024-04-11T17:30:00Z'), holidays)).toBe('2024-04-17');
  });

  it('accept any lookup of holiday days, Thai digits in typed days included', () => {
    expect(isWorkingDay('๒๕๖๘-๐๗-๑๑', holidays)).toBe(false); // Khao Phansa 2025
    expect(isWorkingDay('2025-07-14', new Set<string>())).toBe(true);
  });
});
