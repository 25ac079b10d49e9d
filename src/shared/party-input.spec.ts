import { describe, expect, it } from '@jest/globals';
import { requireChoice } from './choice.js';
import { parseCompanyId } from './company-id.js';
import { DomainError } from './domain-error.js';
import { parsePhone } from './phone.js';
import { cleanText, hasText, optionalText, requireText } from './text-input.js';

const rejection = (code: string, field: string) => expect.objectContaining({ code, field }) as unknown as DomainError;

describe('phone, company id, text and choice input', () => {
  it('normalises phone numbers to the national form', () => {
    expect(parsePhone('๐๘๑-๒๓๔-๕๖๗๘')).toBe('0812345678');
    expect(parsePhone('+66 81 234 5678')).toBe('0812345678');
    expect(parsePhone('(02) 356-9660')).toBe('023569660');
    for (const bad of ['812345678', '08123', '0812345678901', 'โทร 081']) {
      expect(() => parsePhone(bad, 'debtor.phone')).toThrow(rejection('PHONE_MALFORMED', 'debtor.phone'));
    }
  });

  it('checks a company registration number like a citizen id', () => {
    expect(parseCompanyId('๐-๑๐๗๕-๔๔๐๐๐-๑๐-๘')).toBe('0107544000108');
    expect(() => parseCompanyId('0107544000109', 'c')).toThrow(rejection('COMPANY_ID_CHECK_DIGIT', 'c'));
    expect(() => parseCompanyId('010754400010', 'c')).toThrow(rejection('COMPANY_ID_FORMAT', 'c'));
  });

  it('cleans text and refuses blank or overlong required text', () => {
    expect(cleanText('  นาย \t สมชาย\n')).toBe('นาย สมชาย');
    expect(cleanText(undefined)).toBe('');
    expect([hasText(' a '), hasText(' \n'), hasText(null), hasText(undefined)]).toEqual([true, false, false, false]);
    expect(optionalText('   ', 'note')).toBeNull();
    expect(requireText(' x ', 'name')).toBe('x');
    expect(() => requireText(' ', 'debtor.firstName')).toThrow(rejection('TEXT_REQUIRED', 'debtor.firstName'));
    expect(() => optionalText('abcdef', 'note', 5)).toThrow(rejection('TEXT_TOO_LONG', 'note'));
  });

  it('accepts only listed choices', () => {
    expect(requireChoice('PAPER', ['COUNTER', 'PAPER'] as const, 'channel')).toBe('PAPER');
    expect(() => requireChoice('FAX', ['COUNTER', 'PAPER'] as const, 'channel')).toThrow(rejection('CHOICE_UNKNOWN', 'channel'));
  });
});
