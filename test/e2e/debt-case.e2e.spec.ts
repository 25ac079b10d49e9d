import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bangkokToday, citizenId, debtApi, registration } from '../support/debt-api.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
let api: ReturnType<typeof debtApi>;
/** An officer of the province of Mukdahan (49): its area holds both districts a case moves between here. */
let officer: SignedIn;
/** The auditor who reads the history. */
let auditor: SignedIn;
beforeAll(async () => {
  t = await startTestApp();
  officer = await t.signInAs({ level: 'PROVINCE', office: '49', position: 'LEGAL_OFFICER' });
  auditor = await t.signInAs({ level: 'AUDITOR', position: 'LEGAL_OFFICER' });
  api = debtApi(t, officer);
});
afterAll(() => t.close());

const CASE_ID = /^DEBT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** The error of a refused mutation, after checking that it came alone, without data or internals. */
function refusal(body: { data?: any; errors?: any[] }) {
  expect(body.data?.r ?? null).toBeNull();
  expect(body.errors).toHaveLength(1);
  expect(JSON.stringify(body)).not.toMatch(/stacktrace|\.ts:\d+|at [A-Za-z.]+ \(/);
  return body.errors![0].extensions;
}

describe('a debt case over GraphQL', () => {
  it('goes through its whole life: register, contact, transfer, schedule, agree, close, reopen; auditors read its history', async () => {
    const registerId = randomUUID();
    const registered = (await api.register(registration(), registerId)).data.r;
    expect(registered).toMatchObject({ version: 1, alreadyHandled: false, eventTypes: ['DebtorRegistered'] });
    expect(registered.caseId).toMatch(CASE_ID);
    expect(registered.case).toMatchObject({
      caseId: registered.caseId, status: 'REGISTERED', closed: null, transferred: false, attributedDistrictCode: '4901',
      figures: { districtCode: '4901', provinceCode: '49', channel: 'COUNTER', creditorCount: 1, debtCount: 1, totalPrincipal: '50000.00', totalOutstanding: '62500.50' },
      debtor: { citizenId: '1101700207030', phone: '0812345678', address: { line: '12/3 หมู่ 4', subdistrictCode: '490101', districtCode: '4901', provinceCode: '49' } },
      debts: [{ creditorIndex: 0, principal: '50000.00', outstanding: '62500.50', interestRatePerMonth: '20', startDate: '2023-06-01' }],
    });
    expect(Date.now() - Date.parse(registered.case.figures.registeredAt)).toBeLessThan(10 * 60 * 1000);
    const id = registered.caseId;

    const steps: [Parameters<typeof api.send>[0], object, object][] = [
      ['recordContactAttempt', { method: 'PHONE', reached: true, wishesMediation: 'YES' }, { status: 'CONTACTED', contactAttempts: 1, wishesMediation: 'YES' }],
      ['transferDebtCase', { toDistrictCode: '๔๙๐๒', reason: 'ลูกหนี้ย้ายไปอยู่นิคมคำสร้อย' },
        { status: 'CONTACTED', transferred: true, figures: { districtCode: '4902', provinceCode: '49' } }],
      ['scheduleMediation', { date: bangkokToday().typed, time: '๙.๓๐', place: 'ที่ว่าการอำเภอนิคมคำสร้อย' },
        { status: 'MEDIATION_SCHEDULED', mediation: { date: bangkokToday().iso, time: '09:30', place: 'ที่ว่าการอำเภอนิคมคำสร้อย' } }],
      ['recordMediationOutcome', {
        outcome: 'AGREED', debtAfter: '๕๐,๐๐๐', instalmentPlan: { instalmentCount: '๑๐', instalmentAmount: '5,000', firstDueDate: '๑/๑/๒๕๗๐' },
      }, { status: 'AGREED', mediation: null, agreement: { debtBefore: '62500.50', debtAfter: '50000.00', reduction: '12500.50' } }],
      ['closeDebtCase', { reason: 'SETTLED' }, { status: 'CLOSED', closed: { reason: 'SETTLED', statusBefore: 'AGREED' } }],
      ['reopenDebtCase', { reason: 'ผิดนัดชำระ ขอไกล่เกลี่ยใหม่' }, { status: 'AGREED', closed: null }],
    ];
    for (const [i, [mutation, input, expected]] of steps.entries()) {
      const body = await api.send(mutation, id, input);
      expect(body.errors).toBeUndefined();
      expect(body.data.r).toMatchObject({ caseId: id, version: i + 2, alreadyHandled: false, case: expected });
    }

    const history = await auditor.graphql(`query ($id: ID!) { debtCaseHistory(id: $id) {
      type version actor actorOffice commandId schemaVersion data recordedAt } }`, { id });
    expect(history.data.debtCaseHistory.map((e: { type: string }) => e.type)).toEqual([
      'DebtorRegistered', 'DebtContactAttemptRecorded', 'DebtCaseTransferred', 'DebtMediationScheduled',
      'DebtMediationOutcomeRecorded', 'DebtCaseClosed', 'DebtCaseReopened',
    ]);
    const [first, ...rest] = history.data.debtCaseHistory;
    expect(first).toMatchObject({ version: 1, actor: `account:${officer.accountId}`, actorOffice: 'PROVINCE:49', commandId: registerId, schemaVersion: 1 });
    expect(JSON.parse(first.data)).toMatchObject({ caseId: id, debtor: { citizenId: '1101700207030' }, creditorKeys: ['ID:3100500123458'] });
    expect(rest.map((e: { version: number }) => e.version)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(new Set(rest.map((e: { commandId: string }) => e.commandId)).size).toBe(6);

    await t.caughtUp();
    const listed = await officer.graphql(`query ($id: ID!) { debtCase(id: $id) {
      status districtCode districtNameTh debtBefore debtAfter debtReduction version lastEventType } }`, { id });
    expect(listed.errors).toBeUndefined();
    expect(listed.data.debtCase).toEqual({
      status: 'AGREED', districtCode: '4902', districtNameTh: 'นิคมคำสร้อย', debtBefore: '62500.50', debtAfter: '50000.00',
      debtReduction: '12500.50', version: 7, lastEventType: 'DebtCaseReopened',
    });
  });

  it('refuses with typed errors in Thai and English naming the field, and stores nothing', async () => {
    const debtor = { ...registration().debtor, citizenId: citizenId('350010012345') };
    const open = (await api.register(registration({ debtor }))).data.r;
    await t.caughtUp();
    const before = await api.eventCount();

    const badCheckDigit = refusal(await api.register(registration({ debtor: { ...debtor, citizenId: '๑๑๐๑๗๐๐๒๐๗๐๓๑' } })));
    expect(badCheckDigit).toEqual({
      code: 'CITIZEN_ID_CHECK_DIGIT', messageTh: expect.stringContaining('เลขประจำตัวประชาชน'),
      messageEn: expect.stringContaining('check digit'), field: 'debtor.citizenId',
    });
    const duplicate = refusal(await api.register(registration({ debtor, channel: 'PAPER', formDate: '๑๕/๑/๒๕๖๗' })));
    expect(duplicate).toMatchObject({ code: 'DEBT_CASE_DUPLICATE_OPEN', field: 'creditors[0]' });
    expect(duplicate.messageTh).toContain(open.caseId);
    expect(duplicate.messageEn).toContain(open.caseId);
    const sameDistrict = refusal(await api.send('transferDebtCase', open.caseId, { toDistrictCode: '4901', reason: 'ย้าย' }));
    expect(sameDistrict).toMatchObject({ code: 'DEBT_TRANSFER_TO_SAME_DISTRICT', field: 'toDistrictCode' });
    const unknown = refusal(await api.send('recordContactAttempt', 'DEBT-0000-0000-0000', { method: 'PHONE', reached: false, wishesMediation: 'UNDECIDED' }));
    expect(unknown.code).toBe('DEBT_CASE_NOT_FOUND');
    expect(await api.eventCount()).toBe(before);

    await api.send('closeDebtCase', open.caseId, { reason: 'WITHDRAWN' });
    const closedBefore = await api.eventCount();
    const onClosed: [Parameters<typeof api.send>[0], object][] = [
      ['recordContactAttempt', { method: 'LETTER', reached: false, wishesMediation: 'UNDECIDED' }],
      ['transferDebtCase', { toDistrictCode: '4902', reason: 'ย้าย' }],
      ['scheduleMediation', { date: bangkokToday().typed, place: 'อำเภอ' }],
      ['referDebtCase', { agency: 'POLICE_INVESTIGATOR' }],
      ['closeDebtCase', { reason: 'SETTLED' }],
      ['amendDebtRegistration', { reason: 'แก้ไข', districtCode: '4902' }],
    ];
    for (const [mutation, input] of onClosed) {
      expect(refusal(await api.send(mutation, open.caseId, input))).toMatchObject({ code: 'DEBT_CASE_CLOSED', messageTh: expect.any(String) });
    }
    expect(await api.eventCount()).toBe(closedBefore);
  });

  it('stores nothing new when a mutation is sent again with the same commandId', async () => {
    const input = registration({ debtor: { ...registration().debtor, citizenId: citizenId('510020012345') } });
    const commandId = randomUUID();
    const first = (await api.register(input, commandId)).data.r;
    const count = await api.eventCount();
    const again = (await api.register(input, commandId)).data.r;
    expect(again).toEqual({ ...first, alreadyHandled: true });
    expect(await api.eventCount()).toBe(count);

    const contact = { method: 'COMMUNITY_LEADER', reached: true, wishesMediation: 'YES' };
    const contactId = randomUUID();
    expect((await api.send('recordContactAttempt', first.caseId, contact, contactId)).data.r).toMatchObject({ version: 2, alreadyHandled: false });
    const retried = (await api.send('recordContactAttempt', first.caseId, contact, contactId)).data.r;
    expect(retried).toMatchObject({ version: 2, alreadyHandled: true, case: { contactAttempts: 1 } });
    expect(await api.eventCount()).toBe(count + 1);
    expect(refusal(await api.register(input, ' '))).toMatchObject({ code: 'COMMAND_ID_INVALID', field: 'commandId' });
  });
});
