import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bangkokToday, debtApi, registration } from '../support/debt-api.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

/** DebtCaseDetail.allowedActions: what the case's status allows now, for an account that works cases; nothing otherwise. */

let t: TestApp;
let officer: SignedIn;
let province: SignedIn;
let chief: SignedIn;
let auditor: SignedIn;
let caseId: string;
beforeAll(async () => {
  t = await startTestApp();
  officer = await t.signInAs({ level: 'DISTRICT', office: '4901' });
  province = await t.signInAs({ level: 'PROVINCE', office: '49', position: 'LEGAL_OFFICER' });
  chief = await t.signInAs({ level: 'DISTRICT', office: '4901', position: 'CHIEF' });
  auditor = await t.signInAs({ level: 'AUDITOR', position: 'LEGAL_OFFICER' });
  const registered = await debtApi(t, officer).register(registration());
  expect(registered.errors).toBeUndefined();
  caseId = registered.data.r.caseId;
});
afterAll(() => t.close());

async function actionsOf(as: SignedIn): Promise<string[]> {
  const { data, errors } = await as.graphql('query ($id: ID!) { debtCaseDetail(id: $id) { status allowedActions } }', { id: caseId });
  expect(errors).toBeUndefined();
  return data.debtCaseDetail.allowedActions;
}

async function send(...steps: Parameters<ReturnType<typeof debtApi>['send']>[]): Promise<void> {
  for (const [mutation, id, input] of steps) expect((await debtApi(t, officer).send(mutation, id, input)).errors).toBeUndefined();
}

describe('the actions a case allows, per account', () => {
  it('offers a registered case\'s steps to the district and the province officer, nothing to its chief or an auditor', async () => {
    const open = ['AMEND_REGISTRATION', 'RECORD_CONTACT_ATTEMPT', 'TRANSFER', 'REFER', 'CLOSE'];
    await expect(actionsOf(officer)).resolves.toEqual(open);
    await expect(actionsOf(province)).resolves.toEqual(open);
    await expect(actionsOf(chief)).resolves.toEqual([]);
    await expect(actionsOf(auditor)).resolves.toEqual([]);
  });

  it('follows the case: a session scheduled today takes its outcome and no referral, a closed case only a reopening', async () => {
    await send(['recordContactAttempt', caseId, { method: 'PHONE', reached: true, wishesMediation: 'YES' }],
      ['scheduleMediation', caseId, { date: bangkokToday().typed, place: 'ศูนย์ดำรงธรรมอำเภอเมืองมุกดาหาร' }]);
    await expect(actionsOf(officer)).resolves.toEqual([
      'AMEND_REGISTRATION', 'RECORD_CONTACT_ATTEMPT', 'SCHEDULE_MEDIATION', 'RECORD_MEDIATION_OUTCOME', 'TRANSFER', 'CLOSE',
    ]);
    await send(['closeDebtCase', caseId, { reason: 'WITHDRAWN' }]);
    await expect(actionsOf(officer)).resolves.toEqual(['REOPEN']);
    await expect(actionsOf(auditor)).resolves.toEqual([]);
  });
});
