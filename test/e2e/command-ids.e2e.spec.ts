import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RECEIVE, citizenId as complainantId, receiveInput } from '../support/complaint-fixtures.js';
import { citizenId, debtApi, registration } from '../support/debt-api.js';
import { startTestApp, type GraphQLAnswer, type SignedIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
/** Two officers of the district office of Mueang Mukdahan (4901). */
let first: SignedIn;
let second: SignedIn;
beforeAll(async () => {
  t = await startTestApp();
  first = await t.signInAs({ level: 'DISTRICT', office: '4901' });
  second = await t.signInAs({ level: 'DISTRICT', office: '4901' });
});
afterAll(() => t.close());

const eventCount = async () => (await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0].n;
const debtorOf = (first12: string) => registration({ debtor: { ...registration().debtor, citizenId: citizenId(first12) } });

/** The typed error of a refused mutation, which came alone and without internals. */
function refusal(body: GraphQLAnswer) {
  expect(body.errors).toHaveLength(1);
  expect(JSON.stringify(body)).not.toMatch(/stacktrace|\.ts:\d+/);
  return body.errors![0].extensions;
}

const REUSED = { code: 'COMMAND_ID_REUSED', field: 'commandId', messageTh: expect.stringContaining('รหัสคำสั่ง'), messageEn: expect.stringContaining('commandId') };

describe('command ids are per account', () => {
  it('registerDebtor: another officer\'s id is stored as its own case; the same officer\'s id for another debtor is refused; a retry is handled', async () => {
    const id = randomUUID();
    const mine = (await debtApi(t, first).register(debtorOf('520010012345'), id)).data.r;
    const theirs = (await debtApi(t, second).register(debtorOf('520020012345'), id)).data.r;
    expect(theirs).toMatchObject({ version: 1, alreadyHandled: false, case: { debtor: { citizenId: citizenId('520020012345') } } });
    expect(theirs.caseId).not.toBe(mine.caseId);
    expect(mine.case.debtor.citizenId).toBe(citizenId('520010012345'));

    const before = await eventCount();
    expect(refusal(await debtApi(t, first).register(debtorOf('520030012345'), id))).toEqual(REUSED);
    expect(await eventCount()).toBe(before);
    const again = (await debtApi(t, first).register(debtorOf('520010012345'), id)).data.r;
    expect(again).toEqual({ ...mine, alreadyHandled: true });
    expect(await eventCount()).toBe(before);
  });

  it('a case command: the same id on another case, or with another input, is refused; the same command again is handled', async () => {
    const api = debtApi(t, first);
    const a = (await api.register(debtorOf('520040012345'))).data.r.caseId;
    const b = (await api.register(debtorOf('520050012345'))).data.r.caseId;
    const id = randomUUID();
    const reached = { method: 'PHONE', reached: true, wishesMediation: 'YES' };
    expect((await api.send('recordContactAttempt', a, reached, id)).data.r).toMatchObject({ version: 2, alreadyHandled: false });
    const before = await eventCount();
    expect(refusal(await api.send('recordContactAttempt', b, reached, id))).toEqual(REUSED);
    expect(refusal(await api.send('recordContactAttempt', a, { ...reached, method: 'LETTER' }, id))).toEqual(REUSED);
    expect((await api.send('recordContactAttempt', a, reached, id)).data.r).toMatchObject({ version: 2, alreadyHandled: true });
    expect(await eventCount()).toBe(before);
    expect((await debtApi(t, second).send('recordContactAttempt', b, reached, id)).data.r).toMatchObject({ version: 2, alreadyHandled: false });
  });

  it('receiveComplaint and a complaint command: per account, refused when reused for another request, handled when retried', async () => {
    const id = randomUUID();
    const complaint = (n: string, subject?: string) => receiveInput({ subdistrict: '490101', citizenId: complainantId(n), subject });
    const mine = (await first.graphql(RECEIVE, { input: { ...complaint('310010012345'), commandId: id } })).data.receiveComplaint;
    const theirs = (await second.graphql(RECEIVE, { input: { ...complaint('310020012345'), commandId: id } })).data.receiveComplaint;
    expect(theirs).toMatchObject({ version: 1, alreadyHandled: false });
    expect(theirs.complaint.complaintId).not.toBe(mine.complaint.complaintId);

    const before = await eventCount();
    expect(refusal(await first.graphql(RECEIVE, { input: { ...complaint('310010012345', 'ไฟถนนดับทั้งซอย'), commandId: id } }))).toEqual(REUSED);
    const again = (await first.graphql(RECEIVE, { input: { ...complaint('310010012345'), commandId: id } })).data.receiveComplaint;
    expect(again).toMatchObject({ version: 1, alreadyHandled: true, complaint: mine.complaint });

    const PROGRESS = `mutation ($id: ID!, $note: String!, $c: String) {
      recordComplaintProgress(input: { complaintId: $id, note: $note, commandId: $c }) { version alreadyHandled } }`;
    const progressId = randomUUID();
    const note = { id: mine.complaint.complaintId, note: 'ลงพื้นที่แล้ว', c: progressId };
    expect((await first.graphql(PROGRESS, note)).data.recordComplaintProgress).toEqual({ version: 2, alreadyHandled: false });
    expect(refusal(await first.graphql(PROGRESS, { ...note, note: 'ซ่อมแล้วบางส่วน' }))).toEqual(REUSED);
    expect(refusal(await first.graphql(PROGRESS, { ...note, id: theirs.complaint.complaintId }))).toEqual(REUSED);
    expect((await first.graphql(PROGRESS, note)).data.recordComplaintProgress).toEqual({ version: 2, alreadyHandled: true });
    expect(await eventCount()).toBe(before + 1);
  });
});
