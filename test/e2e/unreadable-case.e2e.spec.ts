import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RECEIVE, citizenId as complainantId, receiveInput } from '../support/complaint-fixtures.js';
import { citizenId, debtApi, registration } from '../support/debt-api.js';
import { startTestApp, type GraphQLAnswer, type SignedIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
let officer: SignedIn;
const registerId = randomUUID();
const input = (first12: string) => registration({ debtor: { ...registration().debtor, citizenId: citizenId(first12) } });
/** Debt cases and a complaint, each holding a malformed event the projections had not seen when it was written. */
const debt: Record<string, { caseId: string; malformedId: string }> = {};
let complaintId: string;

/** What an operator's hand, an old bug or a bad repair script may have left in a stream: returns its event id. */
async function insertMalformed(streamId: string, type: string, data: object): Promise<string> {
  const eventId = randomUUID();
  await t.db.pool.query(
    `INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
     SELECT $1, max(version) + 1, $2, $3, 1, $4, '{"actor":"operator","correlationId":"c","causationId":"c","commandId":"repair"}'
     FROM events WHERE stream_id = $1`,
    [streamId, eventId, type, JSON.stringify(data)],
  );
  return eventId;
}

beforeAll(async () => {
  t = await startTestApp();
  officer = await t.signInAs({ level: 'DISTRICT', office: '4901' });
  const api = debtApi(t, officer);
  const shapeless = (await api.register(input('530010012345'), registerId)).data.r.caseId;
  const unknown = (await api.register(input('530020012345'))).data.r.caseId;
  const receipt = await officer.graphql(RECEIVE, { input: receiveInput({ subdistrict: '490101', citizenId: complainantId('320010012345') }) });
  complaintId = receipt.data.receiveComplaint.complaint.complaintId;
  await t.caughtUp();
  debt.shapeless = { caseId: shapeless, malformedId: await insertMalformed(`debt-${shapeless}`, 'DebtContactAttemptRecorded', { note: 'ไม่มีสถานะ' }) };
  debt.unknown = { caseId: unknown, malformedId: await insertMalformed(`debt-${unknown}`, 'DebtCaseTeleported', { to: 'ดวงจันทร์' }) };
  await insertMalformed(`complaint-${complaintId}`, 'ComplaintAssigned', {
    complaintId, at: new Date().toISOString(), by: { level: 'DISTRICT', code: '4901' }, assignee: { kind: 'TAMBON_TEAM' }, note: null,
  });
});
afterAll(() => t.close());

const lengthOf = async (streamId: string) =>
  (await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE stream_id = $1', [streamId])).rows[0].n;

/** The typed error of a refused request, which came alone and without internals. */
function refusal(body: GraphQLAnswer) {
  expect(body.errors).toHaveLength(1);
  expect(JSON.stringify(body)).not.toMatch(/stacktrace|\.ts:\d+/);
  return body.errors![0].extensions;
}

/** Waits until the projection has stopped at an event or applied the whole log. */
async function settled(projection: string): Promise<{ state: string; failedEventId: string | null }> {
  for (let polls = 0; polls < 1000; polls++) {
    const { data } = await t.admin.graphql('{ projectionStatus { name state lagEvents failedEventId } }');
    const status = data.projectionStatus.find((s: { name: string }) => s.name === projection);
    if (status.state === 'FAILED' || status.lagEvents === 0) return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${projection} neither failed nor caught up`);
}

const UNREADABLE = { code: 'CASE_UNREADABLE', messageTh: expect.stringContaining('อ่านไม่ได้'), messageEn: expect.stringContaining('cannot be read') };

describe('a case holding an event that cannot be read', () => {
  it.each(['shapeless', 'unknown'])('debt (%s event): every command is refused with CASE_UNREADABLE and nothing is appended', async (which) => {
    const { caseId } = debt[which];
    const api = debtApi(t, officer);
    const streamId = `debt-${caseId}`;
    const commands: [Parameters<typeof api.send>[0], object][] = [
      ['recordContactAttempt', { method: 'PHONE', reached: true, wishesMediation: 'YES' }],
      ['closeDebtCase', { reason: 'WITHDRAWN' }],
      ['amendDebtRegistration', { reason: 'แก้ไขเบอร์โทร', debtor: { ...input('530010012345').debtor, phone: '0899999999' } }],
    ];
    for (const [mutation, request] of commands) {
      expect(refusal(await api.send(mutation, caseId, request))).toMatchObject({ ...UNREADABLE, messageEn: expect.stringContaining(streamId) });
    }
    if (which === 'shapeless') expect(refusal(await api.register(input('530010012345'), registerId))).toMatchObject(UNREADABLE);
    expect(await lengthOf(streamId)).toBe(2);
    const stranger = await t.signInAs({ level: 'DISTRICT', office: '7001' });
    expect(refusal(await debtApi(t, stranger).send('closeDebtCase', caseId, { reason: 'WITHDRAWN' }))).toMatchObject({ code: 'DEBT_CASE_NOT_FOUND' });
  });

  it('debt: its history answers CASE_UNREADABLE, and the case list the row as projected before the event', async () => {
    const { caseId, malformedId } = debt.shapeless;
    expect(refusal(await officer.graphql('query ($id: ID!) { debtCaseHistory(id: $id) { type } }', { id: caseId }))).toMatchObject(UNREADABLE);
    expect(await settled('debt-cases')).toMatchObject({ state: 'FAILED', failedEventId: malformedId });
    const listed = await officer.graphql('query ($id: ID!) { debtCase(id: $id) { caseId status version } }', { id: caseId });
    expect(listed).toEqual({ data: { debtCase: { caseId, status: 'REGISTERED', version: 1 } } });
  });

  it('complaint: every command is refused with CASE_UNREADABLE, nothing appended; its history answers typed, the list as projected', async () => {
    const streamId = `complaint-${complaintId}`;
    const commands = [
      'mutation ($id: ID!) { r: recordComplaintProgress(input: { complaintId: $id, note: "ลงพื้นที่แล้ว" }) { version } }',
      'mutation ($id: ID!) { r: resolveComplaint(input: { complaintId: $id, result: "ซ่อมแล้ว" }) { version } }',
      'mutation ($id: ID!) { r: closeComplaint(input: { complaintId: $id, reason: WITHDRAWN }) { version } }',
    ];
    for (const mutation of commands) {
      expect(refusal(await officer.graphql(mutation, { id: complaintId }))).toMatchObject({ ...UNREADABLE, messageEn: expect.stringContaining(streamId) });
    }
    expect(await lengthOf(streamId)).toBe(2);
    expect(refusal(await officer.graphql('query ($id: ID!) { complaintHistory(id: $id) { type } }', { id: complaintId }))).toMatchObject(UNREADABLE);
    await settled('complaint-list');
    const listed = await officer.graphql('query ($id: ID!) { complaint(id: $id) { complaintId } }', { id: complaintId });
    expect(listed).toEqual({ data: { complaint: { complaintId } } });
  });
});
