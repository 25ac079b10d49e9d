import { describe, expect, it } from '@jest/globals';
import { creditorKey, refuseDuplicateOpenCase } from './debt-creditor-key.js';

const named = (name: string) => ({ name, citizenId: null, companyId: null });

describe('creditorKey', () => {
  it('prefers the citizen or company id over the name', () => {
    expect(creditorKey({ name: 'นายสมชาย', citizenId: '3100500123458', companyId: null })).toBe('ID:3100500123458');
    expect(creditorKey({ name: 'บริษัท ก จำกัด', citizenId: null, companyId: '0107544000108' })).toBe('ID:0107544000108');
  });

  it('matches names whatever their spacing, case, punctuation, digits or Unicode form', () => {
    expect(creditorKey(named('บจก. เงิน ทันใจ ๒'))).toBe(creditorKey(named('บจก เงินทันใจ 2')));
    expect(creditorKey(named('Easy  Money (Thailand)'))).toBe('NAME:easymoneythailand');
    expect(creditorKey(named('เจ๊ขาว'))).not.toBe(creditorKey(named('เจ๊ดำ')));
    expect(creditorKey(named('ﬁnance'))).toBe('NAME:finance');
  });
});

describe('refuseDuplicateOpenCase', () => {
  it('passes other creditors and the case itself, and names the open case sharing a creditor', () => {
    expect(() => refuseDuplicateOpenCase('a', ['ID:1', 'NAME:x'], [{ caseId: 'a', creditorKeys: ['ID:1'] }, { caseId: 'b', creditorKeys: ['NAME:y'] }]))
      .not.toThrow();
    expect(() => refuseDuplicateOpenCase('a', ['ID:1', 'NAME:x'], [{ caseId: 'b', creditorKeys: ['NAME:y'] }, { caseId: 'debt-9', creditorKeys: ['NAME:x'] }]))
      .toThrow(expect.objectContaining({ code: 'DEBT_CASE_DUPLICATE_OPEN', field: 'creditors[1]', messageEn: expect.stringContaining('debt-9') }) as never);
  });
});
