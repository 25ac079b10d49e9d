import { describe, expect, it } from '@jest/globals';
import { DomainError } from './domain-error.js';
import { hasValidCheckDigit, parseCitizenId } from './citizen-id.js';

describe('citizen id', () => {
  it('accepts a valid id in Arabic or Thai digits, with separators', () => {
    expect(hasValidCheckDigit('1101700207030')).toBe(true);
    expect(parseCitizenId('๑-๑๐๑๗-๐๐๒๐๗-๐๓-๐')).toBe('1101700207030');
    const id = `310050012345${checkDigitOf('310050012345')}`;
    expect(parseCitizenId(`${id.slice(0, 1)} ${id.slice(1, 5)} ${id.slice(5, 10)} ${id.slice(10, 12)} ${id.slice(12)}`)).toBe(id);
  });

  it('rejects a wrong check digit and a wrong length with typed errors naming the field', () => {
    expect(() => parseCitizenId('1101700207031', 'debtor.citizenId')).toThrow(
      expect.objectContaining({ code: 'CITIZEN_ID_CHECK_DIGIT', field: 'debtor.citizenId' }) as unknown as DomainError,
    );
    expect(() => parseCitizenId('110170020703')).toThrow(expect.objectContaining({ code: 'CITIZEN_ID_FORMAT' }) as unknown as DomainError);
    expect(hasValidCheckDigit('abcdefghijklm')).toBe(false);
  });
});

function checkDigitOf(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return (11 - (sum % 11)) % 10;
}
