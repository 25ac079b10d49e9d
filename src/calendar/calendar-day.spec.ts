import { describe, expect, it } from '@jest/globals';
import { addDays, bangkokDay, dayOfWeek, isWeekend, parseCalendarDay, toCalendarDay } from './calendar-day.js';
import { errorOf } from '../../test/support/domain-errors.js';

describe('calendar day', () => {
  it('reads YYYY-MM-DD in Arabic or Thai digits, CE or Buddhist Era, with or without leading zeros', () => {
    expect(parseCalendarDay('2024-12-15')).toBe('2024-12-15');
    expect(parseCalendarDay(' ๒๕๖๗-๑๒-๑๕ ')).toBe('2024-12-15');
    expect(parseCalendarDay('2567-4-3')).toBe('2024-04-03');
    expect(parseCalendarDay('2024-02-29')).toBe('2024-02-29');
  });

  it('refuses a malformed or non-existent day with a typed error in Thai and English naming the field', () => {
    const error = errorOf(() => parseCalendarDay('2025-02-29', 'holiday.date'));
    expect(error).toMatchObject({ code: 'CALENDAR_MALFORMED_DATE', field: 'holiday.date' });
    expect(error.messageTh).toMatch(/[ก-๙]/);
    expect(error.messageEn).toContain('2025-02-29');
    for (const bad of ['15/12/2024', '2024-13-01', '2024-00-10', '2024-04-31', '', '0999-01-01', '2024-1-1x']) {
      expect(errorOf(() => parseCalendarDay(bad)).code).toBe('CALENDAR_MALFORMED_DATE');
    }
  });

  it('takes an instant as its Bangkok day: late in the UTC day is already the next day in Bangkok', () => {
    expect(bangkokDay(new Date('2024-12-14T16:59:59.999Z'))).toBe('2024-12-14');
    expect(bangkokDay(new Date('2024-12-14T17:00:00Z'))).toBe('2024-12-15');
    expect(bangkokDay(new Date('2024-12-31T20:00:00Z'))).toBe('2025-01-01');
    expect(toCalendarDay(new Date('2025-06-30T23:30:00Z'))).toBe('2025-07-01');
    expect(errorOf(() => bangkokDay(new Date('nonsense'))).code).toBe('CALENDAR_MALFORMED_DATE');
  });

  it('counts days across months, years and leap days, and knows the weekend', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(dayOfWeek('2024-12-15')).toBe(0);
    expect([isWeekend('2025-01-03'), isWeekend('2025-01-04'), isWeekend('2025-01-05'), isWeekend('2025-01-06')])
      .toEqual([false, true, true, false]);
  });
});
