import { describe, expect, it } from '@jest/globals';
import { parseInstant, parsePhone, parsePoint, parseReceivedAt, THAILAND_BOUNDS } from './complaint-input.js';

const codeOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return (error as { code: string; field: string });
  }
  throw new Error('expected a rejection');
};

describe('complaint input', () => {
  it('reads Thai phone numbers in either script and with +66', () => {
    expect(parsePhone('๐๘๑-๒๓๔-๕๖๗๘', 'p')).toBe('0812345678');
    expect(parsePhone('+66 81 234 5678', 'p')).toBe('0812345678');
    expect(parsePhone('(02) 356.9555', 'p')).toBe('023569555');
    expect(codeOf(() => parsePhone('12345678901', 'p'))).toMatchObject({ code: 'COMPLAINT_PHONE_FORMAT', field: 'p' });
  });

  it('reads instants with a zone, in UTC, and refuses dates that do not exist', () => {
    expect(parseInstant('2024-06-03T09:15+07:00', 't')).toBe('2024-06-03T02:15:00.000Z');
    expect(parseInstant('๒๐๒๔-๐๒-๒๙T๐๐:๐๐:๐๐Z', 't')).toBe('2024-02-29T00:00:00.000Z');
    for (const bad of ['2023-02-29T00:00:00Z', '2024-06-03T24:00:00Z', '2024-06-03T10:60Z', '2024-06-03 10:00Z', '']) {
      expect(codeOf(() => parseInstant(bad, 't'))).toMatchObject({ code: 'COMPLAINT_TIME_FORMAT', field: 't' });
    }
  });

  it('takes a date alone as midnight in Bangkok', () => {
    expect(parseReceivedAt('2024-01-01', 'r')).toBe('2023-12-31T17:00:00.000Z');
    expect(parseReceivedAt('2024-01-01T08:00:00Z', 'r')).toBe('2024-01-01T08:00:00.000Z');
    expect(codeOf(() => parseReceivedAt('2024-04-31', 'r'))).toMatchObject({ code: 'COMPLAINT_TIME_FORMAT' });
  });

  it('keeps map points inside Thailand, edges included', () => {
    expect(parsePoint({ lat: 20.46, lng: 99.88 }, 'p')).toEqual({ lat: 20.46, lng: 99.88 }); // Mae Sai
    expect(parsePoint({ lat: THAILAND_BOUNDS.minLat, lng: THAILAND_BOUNDS.maxLng }, 'p')).toBeDefined();
    expect(codeOf(() => parsePoint({ lat: 3.14, lng: 101.69 }, 'p'))).toMatchObject({ code: 'COMPLAINT_LOCATION_OUTSIDE_THAILAND', field: 'p' });
    expect(codeOf(() => parsePoint({ lat: 13.7, lng: 106 }, 'p'))).toMatchObject({ code: 'COMPLAINT_LOCATION_OUTSIDE_THAILAND' });
  });
});
