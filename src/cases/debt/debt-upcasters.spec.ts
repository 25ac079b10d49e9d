import { describe, expect, it } from '@jest/globals';
import { outcomeAgreementAsOnePart } from './debt-upcasters.js';
import { DEBT_EVENTS } from './debt.events.js';

const fact = {
  caseId: 'DEBT-7KQ3-M2XP-AB9C', at: '2024-01-20T04:00:00.000Z', districtCode: '4901', provinceCode: '49',
  previousStatus: 'MEDIATION_SCHEDULED', mediationDate: '2024-01-20', instalmentPlan: null, note: null,
};
const v1 = (outcome: string, debtBefore: string | null, debtAfter: string | null, reduction: string | null) =>
  ({ type: 'DebtMediationOutcomeRecorded', schemaVersion: 1, data: { ...fact, status: outcome, outcome, debtBefore, debtAfter, reduction } });

describe('DebtMediationOutcomeRecorded 1 → 2 (the agreement as one part)', () => {
  it('gathers an agreement\'s three figures into the agreement', () => {
    expect(DEBT_EVENTS.upcast(v1('AGREED', '74500.75', '50000.00', '24500.75'))).toEqual({
      type: 'DebtMediationOutcomeRecorded',
      data: { ...fact, status: 'AGREED', outcome: 'AGREED', agreement: { debtBefore: '74500.75', debtAfter: '50000.00', reduction: '24500.75' } },
    });
  });

  it('makes no agreement of an outcome without figures, nor of half-filled figures, as every reader of version 1 took them', () => {
    expect(DEBT_EVENTS.upcast(v1('NOT_AGREED', null, null, null)).data).toEqual({ ...fact, status: 'NOT_AGREED', outcome: 'NOT_AGREED', agreement: null });
    expect(DEBT_EVENTS.upcast(v1('AGREED', '74500.75', null, null)).data).toMatchObject({ agreement: null });
    expect(DEBT_EVENTS.upcast(v1('AGREED', '74500.75', null, null)).data).not.toHaveProperty('debtBefore');
  });

  it('is the one step of the debt events, with its name and reason; version 2 is read as it is', () => {
    expect(outcomeAgreementAsOnePart).toMatchObject({ type: 'DebtMediationOutcomeRecorded', from: 1, name: 'agreement as one part' });
    expect(outcomeAgreementAsOnePart.reason).toContain('ไกล่เกลี่ยสำเร็จ');
    expect(DEBT_EVENTS.currentOf('DebtMediationOutcomeRecorded')).toBe(2);
    const v2 = { type: 'DebtMediationOutcomeRecorded', schemaVersion: 2, data: { ...fact, agreement: null } };
    expect(DEBT_EVENTS.upcast(v2).data).toBe(v2.data);
  });

  it('leaves the other debt events at version 1', () => {
    const others = Object.entries(DEBT_EVENTS.versions).filter(([type]) => type !== 'DebtMediationOutcomeRecorded');
    expect(others.every(([, version]) => version === 1)).toBe(true);
  });
});
