import { describe, expect, it } from '@jest/globals';
import { DomainError } from './domain-error.js';
import { bangkokDateOf, bangkokStartOf, parseDateInput, parseInstant, parseTimeInput, requireDateWithin, yearsAfter } from './date-input.js';

const rejection = (code: string, field: string) => expect.objectContaining({ code, field }) as unknown as DomainError;

describe('date input', () => {
  it('reads ISO and day/month/year dates, Thai digits and Buddhist Era years', () => {
    expect(parseDateInput('2023-12-15', 'd')).toBe('2023-12-15');
    expect(parseDateInput('๑๕/๑๒/๒๕๖๖', 'd')).toBe('2023-12-15');
    expect(parseDateInput(' 1/2/2024 ', 'd')).toBe('2024-02-01');
    expect(parseDateInput('2567-02-29', 'd')).toBe('2024-02-29');
  });

  it('refuses dates that do not exist or are not dates, naming the field', () => {
    for (const bad of ['31/02/2567', '2023-13-01', '15.12.2566', '', '0015-01-01', 'yesterday']) {
      expect(() => parseDateInput(bad, 'formDate')).toThrow(rejection('DATE_MALFORMED', 'formDate'));
    }
  });

  it('keeps a date within a range, refusing one outside it in Buddhist Era dates', () => {
    expect(requireDateWithin('2019-10-01', 'receivedAt', '2019-10-01')).toBe('2019-10-01');
    expect(requireDateWithin('2024-01-05', 'd', '2023-12-01', '2024-01-05')).toBe('2024-01-05');
    expect(() => requireDateWithin('1900-01-01', 'receivedAt', '2019-10-01')).toThrow(expect.objectContaining({
      code: 'DATE_OUT_OF_RANGE', field: 'receivedAt', messageTh: 'วันที่ต้องไม่ก่อน 1/10/2562 (ได้รับ 1/1/2443)',
      messageEn: 'The date must be on or after 2019-10-01 (got 1900-01-01)',
    }));
    expect(() => requireDateWithin('2024-01-06', 'd', '2023-12-01', '2024-01-05')).toThrow(expect.objectContaining({
      messageTh: 'วันที่ต้องอยู่ระหว่าง 1/12/2566 ถึง 5/1/2567 (ได้รับ 6/1/2567)',
    }));
    expect([yearsAfter('2024-01-10', 1), yearsAfter('2024-02-29', 1), yearsAfter('2024-02-29', 4)]).toEqual(['2025-01-10', '2025-02-28', '2028-02-29']);
  });

  it('reads times of day as HH:MM', () => {
    expect(parseTimeInput('๙.๓๐ น.', 't')).toBe('09:30');
    expect(parseTimeInput('13:05', 't')).toBe('13:05');
    expect(() => parseTimeInput('24:00', 'time')).toThrow(rejection('TIME_MALFORMED', 'time'));
    expect(() => parseTimeInput('9', 'time')).toThrow(rejection('TIME_MALFORMED', 'time'));
  });

  it('reads instants with a zone into UTC and finds their Bangkok date', () => {
    expect(parseInstant('2024-01-05T23:30:00+07:00', 'at')).toBe('2024-01-05T16:30:00.000Z');
    expect(() => parseInstant('2024-01-05 10:00', 'at')).toThrow(rejection('INSTANT_MALFORMED', 'at'));
    expect(() => parseInstant('2024-02-30T10:00:00Z', 'at')).toThrow(rejection('INSTANT_MALFORMED', 'at'));
    expect(bangkokDateOf('2024-01-05T17:00:00.000Z')).toBe('2024-01-06');
    expect(bangkokDateOf('2024-01-05T16:59:59.999Z')).toBe('2024-01-05');
    expect(bangkokStartOf('2023-12-15')).toBe('2023-12-14T17:00:00.000Z');
  });
});
