import { describe, expect, it } from '@jest/globals';
import { DomainError } from './domain-error.js';
import { formatSatang, normaliseMoney, parseMoney, satangOf, sumBaht } from './money.js';

const rejection = (code: string, field: string) => expect.objectContaining({ code, field }) as unknown as DomainError;

describe('money', () => {
  it('parses amounts as typed into satang and writes canonical baht', () => {
    expect(parseMoney('12,500.50', 'x')).toBe(1250050n);
    expect(normaliseMoney('๑๒๕๐๐', 'x')).toBe('12500.00');
    expect(normaliseMoney('0.1', 'x')).toBe('0.10');
    expect(formatSatang(7n)).toBe('0.07');
  });

  it('refuses malformed, negative and sub-satang amounts, naming the field', () => {
    expect(() => parseMoney('12,50', 'debts[1].outstanding')).toThrow(rejection('AMOUNT_MALFORMED', 'debts[1].outstanding'));
    expect(() => parseMoney('-100', 'debts[0].principal')).toThrow(rejection('AMOUNT_NEGATIVE', 'debts[0].principal'));
    expect(() => parseMoney('1.005', 'debtAfter')).toThrow(rejection('AMOUNT_TOO_PRECISE', 'debtAfter'));
  });

  it('adds canonical values exactly, where floating point would not', () => {
    expect(sumBaht(['0.10', '0.20'])).toBe('0.30');
    expect(sumBaht(['9007199254740993.01', '0.02'])).toBe('9007199254740993.03');
    expect(sumBaht([])).toBe('0.00');
    expect(satangOf('12500.50')).toBe(1250050n);
    expect(() => satangOf('12,500')).toThrow('not a canonical baht value');
  });
});
