import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PERSONAL_DATA_SHREDDER, type PersonalDataShredder } from '../../src/personal-data/keys/personal-data-shredder.js';
import { RECEIVE, receiveInput } from '../support/complaint-fixtures.js';
import { bangkokToday, citizenId, debtApi, registration } from '../support/debt-api.js';
import { type SignedIn, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue 17: a case whose personal data was erased cannot be worked on again, since the person it is about is gone.
 * A debt case erased on its debtor's request and another erased at the end of its retention refuse reopening
 * (DEBT_CASE_PERSONAL_DATA_ERASED, Thai and English, field caseId) and offer no action; a resolved complaint erased
 * on its complainant's request refuses reopening and further work (COMPLAINT_PERSONAL_DATA_ERASED) and still closes.
 * Nothing is stored by a refusal.
 */
const ON_REQUEST = citizenId('310050077701');
const AT_RETENTION = citizenId('310050077702');
const COMPLAINANT = citizenId('310050077703');
const RECORD = 'mutation ($input: RecordErasureRequestInput!) { recordErasureRequest(input: $input) { decision erasedAtTh } }';
const DEBT_ACTIONS = 'query ($id: ID!) { debtCaseDetail(id: $id) { status allowedActions debtor { firstName } } }';
const COMPLAINT_ACTIONS = 'query ($id: ID!) { complaintDetail(id: $id) { status allowedActions subject } }';
const act = (mutation: string) => `mutation ($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { version } }`;

let t: TestApp;
let officer: SignedIn;
let complaintOfficer: SignedIn;
const refusal = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) => {
  expect(answer.errors).toHaveLength(1);
  const { code, field, messageTh, messageEn } = answer.errors![0].extensions ?? {};
  return { code, field, messageTh, messageEn };
};
const events = async () => (await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0].n;

async function eraseOnRequest(subject: string) {
  const answer = await t.admin.graphql(RECORD, { input: {
    citizenId: subject, requester: 'DATA_SUBJECT', basis: 'CONSENT_WITHDRAWN', letterReference: `หนังสือขอลบข้อมูล ${subject}`, receivedOn: bangkokToday().typed,
  } });
  expect(answer.errors).toBeUndefined();
  expect(answer.data.recordErasureRequest).toMatchObject({ decision: 'ACCEPTED', erasedAtTh: expect.any(String) });
}

beforeAll(async () => {
  t = await startTestApp();
  officer = await t.signInAs({ level: 'DISTRICT', office: '4901' });
  complaintOfficer = await t.signInAs({ level: 'DISTRICT', office: '7001' });
});
afterAll(() => t.close());

describe('a debt case whose debtor was erased', () => {
  it.each([
    ['on the debtor\'s request', ON_REQUEST, (_caseId: string) => eraseOnRequest(ON_REQUEST)],
    ['at the end of its retention', AT_RETENTION, async (caseId: string) => {
      const outcome = await t.app.get<PersonalDataShredder>(PERSONAL_DATA_SHREDDER)
        .eraseStreams([`debt-${caseId}`], { kind: 'RETENTION', reference: 'debt-closed-10-years' });
      expect(outcome.streams).toEqual([`debt-${caseId}`]);
    }],
  ] as [string, string, (caseId: string) => Promise<void>][])('erased %s, refuses to be reopened and offers nothing', async (_, subject, erase) => {
    const api = debtApi(t, officer);
    const caseId = (await api.register(registration({ debtor: { ...registration().debtor, citizenId: subject } }))).data.r.caseId;
    expect((await api.send('closeDebtCase', caseId, { reason: 'WITHDRAWN' })).errors).toBeUndefined();
    await erase(caseId);
    await t.caughtUp();
    const before = await events();

    const reopened = refusal(await api.send('reopenDebtCase', caseId, { reason: 'ลูกหนี้ติดต่อกลับมาขอไกล่เกลี่ยอีกครั้ง' }));
    expect(reopened).toEqual({
      code: 'DEBT_CASE_PERSONAL_DATA_ERASED', field: 'caseId', messageTh: expect.stringContaining('ข้อมูลส่วนบุคคลของลูกหนี้ในเรื่องนี้ถูกลบแล้ว'),
      messageEn: expect.stringContaining('erased'),
    });
    expect(refusal(await api.send('amendDebtRegistration', caseId, { reason: 'แก้ไขชื่อ', districtCode: '4902' })).code).toBe('DEBT_CASE_PERSONAL_DATA_ERASED');
    expect(await events()).toBe(before);
    const { data } = await officer.graphql(DEBT_ACTIONS, { id: caseId });
    expect(data.debtCaseDetail).toMatchObject({ status: 'CLOSED', allowedActions: [] });
    expect(data.debtCaseDetail.debtor.firstName).not.toBe(registration().debtor.firstName);
  });

  it('leaves a case of a debtor not erased reopenable', async () => {
    const api = debtApi(t, officer);
    const caseId = (await api.register(registration({ debtor: { ...registration().debtor, citizenId: citizenId('310050077704') } }))).data.r.caseId;
    expect((await api.send('closeDebtCase', caseId, { reason: 'WITHDRAWN' })).errors).toBeUndefined();
    expect((await api.send('reopenDebtCase', caseId, { reason: 'ลูกหนี้ติดต่อกลับมา' })).errors).toBeUndefined();
  });
});

describe('a complaint whose complainant was erased', () => {
  it('refuses to be reopened or worked on, and still closes', async () => {
    const received = await complaintOfficer.graphql(RECEIVE, { input: receiveInput({ citizenId: COMPLAINANT, firstName: 'มะลิลบแล้ว', subject: 'ไฟถนนดับทั้งซอย' }) });
    expect(received.errors).toBeUndefined();
    const complaintId = received.data.receiveComplaint.complaint.complaintId;
    const on = (fields: object) => ({ input: { complaintId, ...fields } });
    expect((await complaintOfficer.graphql(act('resolveComplaint'), on({ result: 'ซ่อมไฟถนนแล้ว' }))).errors).toBeUndefined();
    await eraseOnRequest(COMPLAINANT);
    await t.caughtUp();
    const before = await events();

    expect(refusal(await complaintOfficer.graphql(act('reopenComplaint'), on({ reason: 'ไฟดับอีกแล้ว' })))).toEqual({
      code: 'COMPLAINT_PERSONAL_DATA_ERASED', field: 'complaintId', messageTh: expect.stringContaining('ถูกลบแล้ว'), messageEn: expect.stringContaining('erased'),
    });
    expect(refusal(await complaintOfficer.graphql(act('recordComplaintProgress'), on({ note: 'ลงพื้นที่' }))).code).toBe('COMPLAINT_PERSONAL_DATA_ERASED');
    expect(await events()).toBe(before);
    expect((await complaintOfficer.graphql(COMPLAINT_ACTIONS, { id: complaintId })).data.complaintDetail.allowedActions).toEqual(['CLOSE']);

    expect((await complaintOfficer.graphql(act('closeComplaint'), on({ reason: 'RESOLVED' }))).errors).toBeUndefined();
    expect(refusal(await complaintOfficer.graphql(act('reopenComplaint'), on({ reason: 'ไฟดับอีกแล้ว' }))).code).toBe('COMPLAINT_PERSONAL_DATA_ERASED');
    expect((await complaintOfficer.graphql(COMPLAINT_ACTIONS, { id: complaintId })).data.complaintDetail.allowedActions).toEqual([]);
  });
});
