import { describe, expect, it } from '@jest/globals';
import { isStale, parseStaleDays, staleBefore } from './stale-days.js';

describe('stale complaints', () => {
  it('reads days typed in Thai or Arabic digits, 1 to 3650', () => {
    expect(parseStaleDays(' ๓๐ ', 'f')).toBe(30);
    expect(parseStaleDays('7', 'f')).toBe(7);
    expect(parseStaleDays(3650, 'f')).toBe(3650);
    for (const bad of ['0', '3651', '1.5', '-3', 'สามสิบ', '']) {
      expect(() => parseStaleDays(bad, 'filter.staleForDays')).toThrow(expect.objectContaining({
        code: 'COMPLAINT_STALE_DAYS_INVALID', field: 'filter.staleForDays',
      }));
    }
  });

  it('calls an open complaint stale after more than the days without a change, a resolved or closed one never', () => {
    const now = new Date('2026-03-31T05:00:00.000Z');
    expect(staleBefore(now, 30).toISOString()).toBe('2026-03-01T05:00:00.000Z');
    expect(isStale('IN_PROGRESS', new Date('2026-03-01T04:59:59.999Z'), now, 30)).toBe(true);
    expect(isStale('RECEIVED', new Date('2026-03-01T05:00:00.000Z'), now, 30)).toBe(false);
    expect(isStale('RESOLVED', new Date('2025-01-01T00:00:00.000Z'), now, 30)).toBe(false);
    expect(isStale('CLOSED', new Date('2025-01-01T00:00:00.000Z'), now, 30)).toBe(false);
  });
});
