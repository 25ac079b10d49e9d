import { describe, expect, it } from '@jest/globals';
import { addDays, isWeekend, parseCalendarDay } from './calendar-day.js';
import { SHIPPED_HOLIDAYS } from './holidays-2024-2027.js';

const dates = SHIPPED_HOLIDAYS.map((h) => h.date);
const holidays = new Set(dates);
const weekdayHolidays = (year: number) => dates.filter((d) => d.startsWith(`${year}-`) && !isWeekend(d));

describe('the shipped holiday table 2024–2027', () => {
  it('has canonical days in order, each once, each named in Thai and English', () => {
    expect(dates.map((d) => parseCalendarDay(d))).toEqual(dates);
    expect([...dates].sort()).toEqual(dates);
    expect(holidays.size).toBe(dates.length);
    expect(dates[0]).toBe('2024-01-01');
    expect(dates.at(-1)).toBe('2027-12-31');
    for (const h of SHIPPED_HOLIDAYS) {
      expect(h.nameTh).toMatch(/^[ก-๙]/);
      expect(h.nameEn).toMatch(/^[A-Z]/);
    }
  });

  it('leaves out Labour Day and Children\'s Day (second Saturday of January)', () => {
    for (const year of [2024, 2025, 2026, 2027]) expect(holidays.has(`${year}-05-01`)).toBe(false);
    for (const day of ['2024-01-13', '2025-01-11', '2026-01-10', '2027-01-09']) expect(holidays.has(day)).toBe(false);
  });

  it('puts each substitution day on a weekday right after a run of holidays and weekend days', () => {
    const substitutions = SHIPPED_HOLIDAYS.filter((h) => h.nameEn!.startsWith('Substitution'));
    expect(substitutions).toHaveLength(17);
    for (const { date } of substitutions) {
      expect(isWeekend(date)).toBe(false);
      let before = addDays(date, -1);
      while (holidays.has(before) && !isWeekend(before)) before = addDays(before, -1);
      expect(isWeekend(before)).toBe(true);
    }
  });

  it('closes the offices of 2024 and 2025 on the days the cabinet announced', () => {
    expect(weekdayHolidays(2024)).toEqual([
      '2024-01-01', '2024-02-26', '2024-04-08', '2024-04-12', '2024-04-15', '2024-04-16', '2024-05-06',
      '2024-05-10', '2024-05-22', '2024-06-03', '2024-07-22', '2024-07-29', '2024-08-12', '2024-10-14',
      '2024-10-23', '2024-12-05', '2024-12-10', '2024-12-30', '2024-12-31',
    ]);
    expect(weekdayHolidays(2025)).toEqual([
      '2025-01-01', '2025-02-12', '2025-04-07', '2025-04-14', '2025-04-15', '2025-04-16', '2025-05-05',
      '2025-05-09', '2025-05-12', '2025-06-02', '2025-06-03', '2025-07-10', '2025-07-11', '2025-07-28',
      '2025-08-11', '2025-08-12', '2025-10-13', '2025-10-23', '2025-12-05', '2025-12-10', '2025-12-31',
    ]);
  });

  it('has the lunar holidays of 2026 and 2027 of the Thai lunisolar calendar', () => {
    const named = (nameEn: string) => SHIPPED_HOLIDAYS.filter((h) => h.nameEn === nameEn).map((h) => h.date);
    expect(named('Makha Bucha Day')).toEqual(['2024-02-24', '2025-02-12', '2026-03-03', '2027-02-21']);
    expect(named('Visakha Bucha Day')).toEqual(['2024-05-22', '2025-05-11', '2026-05-31', '2027-05-20']);
    expect(named('Asanha Bucha Day')).toEqual(['2024-07-20', '2025-07-10', '2026-07-29', '2027-07-18']);
    expect(named('Khao Phansa (Buddhist Lent) Day')).toEqual(['2024-07-21', '2025-07-11', '2026-07-30', '2027-07-19']);
  });
});
