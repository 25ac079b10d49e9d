import { describe, expect, it } from '@jest/globals';
import { DomainError } from './domain-error.js';
import { formatSatang, groupedBaht, normaliseMoney, parseMoney, satangOf, sumBaht } from './money.js';

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

  it('refuses an amount above the bound given as AMOUNT_TOO_LARGE, naming the field and the bound; takes the bound itself', () => {
    expect(parseMoney('1,000.00', 'x', 100000n)).toBe(100000n);
    expect(() => parseMoney('1,000.01', 'debts[0].principal', 100000n)).toThrow(rejection('AMOUNT_TOO_LARGE', 'debts[0].principal'));
    expect(() => normaliseMoney('๑๐๐๐๐๐๐', 'x', 100000n)).toThrow(expect.objectContaining({ messageEn: expect.stringContaining('1,000.00 baht') }));
    expect(groupedBaht('100000000.00')).toBe('100,000,000.00');
    expect(groupedBaht('999.99')).toBe('999.99');
  });

  it('adds canonical values exactly, where floating point would not', () => {
    expect(sumBaht(['0.10', '0.20'])).toBe('0.30');
    expect(sumBaht(['9007199254740993.01', '0.02'])).toBe('9007199254740993.03');
    expect(sumBaht([])).toBe('0.00');
    expect(satangOf('12500.50')).toBe(1250050n);
    expect(() => satangOf('12,500')).toThrow('not a canonical baht value');
  });
});
