import { describe, expect, it } from '@jest/globals';
import { formatUnits, readDecimal } from './decimal.js';

describe('decimal input', () => {
  it('reads Thai or Arabic digits with thousands separators exactly, in units of the scale', () => {
    expect(readDecimal('12,500.50', 2)).toEqual({ ok: true, units: 1250050n });
    expect(readDecimal(' ๑๒๕๐๐ ', 2)).toEqual({ ok: true, units: 1250000n });
    expect(readDecimal('๑,๒๓๔,๕๖๗.๘', 2)).toEqual({ ok: true, units: 123456780n });
    expect(readDecimal('.5', 2)).toEqual({ ok: true, units: 50n });
    expect(readDecimal('0.10', 1)).toEqual({ ok: true, units: 1n });
    expect(readDecimal('99999999999999999999.99', 2)).toEqual({ ok: true, units: 9999999999999999999999n });
    expect(readDecimal('-0', 2)).toEqual({ ok: true, units: 0n });
  });

  it('accepts zeros beyond the scale but no further significant places', () => {
    expect(readDecimal('1.2300', 2)).toEqual({ ok: true, units: 123n });
    expect(readDecimal('1.234', 2)).toEqual({ ok: false, problem: 'TOO_PRECISE' });
  });

  it('tells a negative number from a malformed one', () => {
    expect(readDecimal('-5', 2)).toEqual({ ok: false, problem: 'NEGATIVE' });
    expect(readDecimal('-๐.๐๑', 2)).toEqual({ ok: false, problem: 'NEGATIVE' });
    for (const bad of ['', '.', '12.', '1,2,3', '12,50', '1e3', '12 500', 'abc', '1.2.3', '--1', 'NaN']) {
      expect(readDecimal(bad, 2)).toEqual({ ok: false, problem: 'MALFORMED' });
    }
  });

  it('writes units back as a plain decimal string', () => {
    expect(formatUnits(1250050n, 2)).toBe('12500.50');
    expect(formatUnits(5n, 2)).toBe('0.05');
    expect(formatUnits(0n, 2)).toBe('0.00');
    expect(formatUnits(-150n, 2)).toBe('-1.50');
    expect(formatUnits(42n, 0)).toBe('42');
    expect(formatUnits(15000n, 4, { trimZeros: true })).toBe('1.5');
    expect(formatUnits(200000n, 4, { trimZeros: true })).toBe('20');
  });
});
