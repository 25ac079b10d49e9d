import { describe, expect, it } from '@jest/globals';
import { HOSTILE_CHARACTERS } from '../../../test/support/hostile-text.js';
import { optionalLongText, parsePoint, parseReceivedAt, requireLongText, THAILAND_BOUNDS } from './complaint-input.js';

const rejectionOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return error as { code: string; field: string };
  }
  throw new Error('expected a rejection');
};

describe('complaint input', () => {
  it('keeps the line breaks of long text, tidying spaces and blank-line runs', () => {
    expect(requireLongText('  เรียน นายอำเภอ \r\n\r\n\r\n  ข้าพเจ้า\tขอร้องเรียน  ', 'd', 100)).toBe('เรียน นายอำเภอ\n\nข้าพเจ้า ขอร้องเรียน');
    expect(optionalLongText(' \n ', 'd', 100)).toBeNull();
    expect(rejectionOf(() => requireLongText('\n', 'd', 100))).toMatchObject({ code: 'TEXT_REQUIRED', field: 'd' });
    expect(rejectionOf(() => optionalLongText('กขค', 'd', 2))).toMatchObject({ code: 'TEXT_TOO_LONG', field: 'd' });
  });

  it('refuses in long text the characters no text may bring in, though it keeps line breaks', () => {
    for (const character of HOSTILE_CHARACTERS) {
      expect(rejectionOf(() => requireLongText(`เรียน\n${character}`, 'description', 100))).toMatchObject({ code: 'TEXT_FORBIDDEN_CHARACTER', field: 'description' });
      expect(rejectionOf(() => optionalLongText(`${character}\nข้อความ`, 'note', 100))).toMatchObject({ code: 'TEXT_FORBIDDEN_CHARACTER', field: 'note' });
    }
  });

  it('takes a received date alone as midnight in Bangkok, in the Common or the Buddhist Era', () => {
    expect(parseReceivedAt('2024-01-01', 'r')).toBe('2023-12-31T17:00:00.000Z');
    expect(parseReceivedAt('๑/๑/๒๕๖๗', 'r')).toBe('2023-12-31T17:00:00.000Z');
    expect(parseReceivedAt('2024-01-01T08:00:00Z', 'r')).toBe('2024-01-01T08:00:00.000Z');
    expect(rejectionOf(() => parseReceivedAt('31/4/2567', 'r'))).toMatchObject({ code: 'DATE_MALFORMED', field: 'r' });
    expect(rejectionOf(() => parseReceivedAt('2024-01-01T08:00', 'r'))).toMatchObject({ code: 'INSTANT_MALFORMED', field: 'r' });
  });

  it('keeps map points inside Thailand, edges included', () => {
    expect(parsePoint({ lat: 20.46, lng: 99.88 }, 'p')).toEqual({ lat: 20.46, lng: 99.88 }); // Mae Sai
    expect(parsePoint({ lat: THAILAND_BOUNDS.minLat, lng: THAILAND_BOUNDS.maxLng }, 'p')).toBeDefined();
    expect(rejectionOf(() => parsePoint({ lat: 3.14, lng: 101.69 }, 'p'))).toMatchObject({ code: 'COMPLAINT_LOCATION_OUTSIDE_THAILAND', field: 'p' });
    expect(rejectionOf(() => parsePoint({ lat: 13.7, lng: 106 }, 'p'))).toMatchObject({ code: 'COMPLAINT_LOCATION_OUTSIDE_THAILAND' });
    expect(rejectionOf(() => parsePoint({ lat: Number.NaN, lng: 100 }, 'p'))).toMatchObject({ code: 'COMPLAINT_FIELD_REQUIRED', field: 'p.lat' });
  });
});
