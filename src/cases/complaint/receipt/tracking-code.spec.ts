import { describe, expect, it } from '@jest/globals';
import {
  checkSymbol, formatTrackingCode, generateTrackingCode, isValidTrackingCode, normaliseTrackingCode, parseTrackingCode,
  TRACKING_CODE_ALPHABET, TRACKING_CODE_LENGTH,
} from './tracking-code.js';

const rejection = (input: string) => {
  try {
    parseTrackingCode(input, 'code');
  } catch (error) {
    return error;
  }
  throw new Error(`expected ${input} to be refused`);
};

describe('tracking code', () => {
  it('is 11 symbols of Crockford base 32 (no I, L, O, U) and passes its own check', () => {
    expect(TRACKING_CODE_ALPHABET).toHaveLength(32);
    expect(TRACKING_CODE_ALPHABET).not.toMatch(/[ILOU]/);
    for (let i = 0; i < 200; i++) {
      const code = generateTrackingCode();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{11}$/);
      expect(parseTrackingCode(code)).toBe(code);
    }
  });

  it('draws every symbol at every random position, and does not repeat in 20,000 codes', () => {
    const codes = Array.from({ length: 20_000 }, generateTrackingCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (let position = 0; position < TRACKING_CODE_LENGTH - 1; position++) {
      expect(new Set(codes.map((c) => c[position])).size).toBe(32);
    }
  });

  it('computes the Damm check over GF(32)', () => {
    expect(checkSymbol('0000000000')).toBe('0');
    expect(checkSymbol('0000000001')).toBe('2');
    expect(checkSymbol('000000000Z')).toBe('V'); // Z = 31; 2·31 overflows: (62 − 32) ⊕ 5 = 27 = V
    expect(checkSymbol('0000000010')).toBe('4');
  });

  it('catches every single wrong symbol and every swap of neighbours, check symbol included', () => {
    for (let n = 0; n < 20; n++) {
      const code = generateTrackingCode();
      for (let i = 0; i < code.length; i++) {
        for (const symbol of TRACKING_CODE_ALPHABET) {
          if (symbol === code[i]) continue;
          expect(isValidTrackingCode(code.slice(0, i) + symbol + code.slice(i + 1))).toBe(false);
        }
        if (i + 1 < code.length && code[i] !== code[i + 1]) {
          expect(isValidTrackingCode(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2))).toBe(false);
        }
      }
    }
  });

  it('accepts what people type: lower case, dashes, spaces, Thai digits and confusable letters', () => {
    const code = `1A0V${'Q9XR2D'}`;
    const canonical = code + checkSymbol(code);
    const typed = `ia${'o'}u-q๙xr 2d${canonical[10].toLowerCase()}`;
    expect(normaliseTrackingCode(typed)).toBe(canonical);
    expect(parseTrackingCode(typed)).toBe(canonical);
    expect(parseTrackingCode(formatTrackingCode(canonical).replace(/1/g, 'l'))).toBe(canonical);
    expect(parseTrackingCode('\uFF11' + canonical.slice(1))).toBe(canonical); // full-width digit
  });

  it('groups the code for printing', () => {
    expect(formatTrackingCode('7K3MQ9XR2DG')).toBe('7K3M-Q9XR-2DG');
  });

  it('refuses a wrong length, a foreign symbol or a failed check with typed errors', () => {
    const valid = generateTrackingCode();
    expect(rejection(valid.slice(1))).toMatchObject({ code: 'TRACKING_CODE_FORMAT', field: 'code' });
    expect(rejection(`${valid.slice(0, 5)}*${valid.slice(6)}`)).toMatchObject({ code: 'TRACKING_CODE_FORMAT' });
    expect(rejection('')).toMatchObject({ code: 'TRACKING_CODE_FORMAT' });
    const wrong = valid.slice(0, 10) + (valid[10] === '0' ? '1' : '0');
    expect(rejection(wrong)).toMatchObject({ code: 'TRACKING_CODE_CHECK_SYMBOL', field: 'code' });
  });
});
