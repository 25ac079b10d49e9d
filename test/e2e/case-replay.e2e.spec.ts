import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { foldDebtCaseDetail } from '../../src/cases/debt/detail/debt-detail.js';
import type { DebtCommand } from '../../src/cases/debt/debt.commands.js';
import { debtDecider } from '../../src/cases/debt/debt.decider.js';
import { debtEventsIn } from '../../src/cases/debt/debt.events.js';
import { EVENT_STORE, type EventStore, type StoredEvent } from '../../src/eventstore/event-store.port.js';
import { handleCommand } from '../../src/eventstore/handle-command.js';
import { fold } from '../../src/shared/decider.js';
import { verificationCode } from '../../src/reporting/export/verification-code.js';
import { pdfRead } from '../reporting/pdf-text.js';
import { RECEIVE, receiveInput } from '../support/complaint-fixtures.js';
import { registration, step } from '../support/debt-generator.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
let store: EventStore;
/** A deputy district chief of Mueang Mukdahan (4901), who registers and works the case, then moves to Nikhom Kham Soi. */
let deputy: SignedIn;
/** An officer of Nikhom Kham Soi (4902), who works the case after its transfer. */
let receiving: SignedIn;
let auditor: SignedIn;
let otherDistrict: SignedIn;
let caseId: string;
let events: StoredEvent[];

const MOVE = `mutation ($id: ID!) { changeStaffAccountOffice(input: { accountId: $id, level: DISTRICT, officeCode: "4902" }) { officeKey } }`;
const AS_OF = `query ($id: ID!, $asOf: DateTime, $version: Int) { caseAsOf(caseId: $id, asOf: $asOf, version: $version) {
  caseId kind version versions recordedAt
  debtCase { caseId version status transferred wishesMediation totalOutstanding district { code } contactAttempts { method }
    mediationSessions { state } closing { reason } reopenings { reason } lastEventAt allowedActions debtor { firstName } } } }`;

async function ok(as: SignedIn, query: string, variables: Record<string, unknown> = {}) {
  const body = await as.graphql(query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return Object.values(body.data)[0] as any;
}

/** Thirty events: 12 by the deputy in 4901 up to the transfer, 18 by the officer of 4902 after it. */
const BEFORE_TRANSFER: DebtCommand[] = [
  step.contact(), step.contact('UNDECIDED'), step.contact('YES', false), step.schedule(), step.fail(), step.schedule(),
  step.fail('PARTY_ABSENT'), step.close('WITHDRAWN'), step.reopen(), step.contact(), step.transfer('4902'),
];
const AFTER_TRANSFER: DebtCommand[] = [
  step.contact(), step.contact('NO'), step.contact(), step.schedule(), step.fail(), step.close('WITHDRAWN'), step.reopen(),
  step.contact(), step.contact('UNDECIDED'), step.contact(), step.contact('YES', false), step.contact(), step.schedule(),
  step.fail('PARTY_ABSENT'), step.schedule(), step.fail(), step.schedule(), step.agree('40000'),
];

async function act(as: SignedIn, commands: DebtCommand[]) {
  for (const command of commands) {
    await handleCommand(store, `debt-${caseId}`, debtDecider, command, {
      commandId: randomUUID(), actor: `account:${as.accountId}`, actorOffice: as.officeKey, correlationId: randomUUID(),
    });
  }
}

/** The case the first n stored events make, folded here by the decider itself. */
function expectedAt(n: number) {
  const taken = debtEventsIn(events.slice(0, n)).map(({ event }) => event);
  if (n === 0) return null;
  const state = fold(debtDecider, taken);
  if (state.status === null) throw new Error('a case begins with its registration');
  const detail = foldDebtCaseDetail(taken)!;
  return {
    caseId, version: n, status: state.status, transferred: state.transferred, wishesMediation: state.wishesMediation,
    totalOutstanding: state.figures.totalOutstanding, district: { code: state.figures.districtCode },
    contactAttempts: detail.contactAttempts.map((a) => ({ method: a.method })),
    mediationSessions: detail.mediationSessions.map((s) => ({ state: s.state })),
    closing: detail.closing && { reason: detail.closing.reason }, reopenings: detail.reopenings.map((r) => ({ reason: r.reason })),
    lastEventAt: new Date(detail.lastEventAt).toISOString(), allowedActions: [], debtor: { firstName: state.debtor.firstName },
  };
}

beforeAll(async () => {
  t = await startTestApp();
  store = t.app.get<EventStore>(EVENT_STORE);
  deputy = await t.signInAs({ level: 'DISTRICT', office: '4901', position: 'DEPUTY_DISTRICT_CHIEF' });
  receiving = await t.signInAs({ level: 'DISTRICT', office: '4902' });
  auditor = await t.signInAs({ level: 'AUDITOR', position: 'LEGAL_OFFICER' });
  otherDistrict = await t.signInAs({ level: 'DISTRICT', office: '7001' });
  caseId = `DEBT-REPL-AY30-${randomUUID().slice(0, 4).toUpperCase()}`;
  await act(deputy, [registration(1, caseId, { districtCode: '4901' }), ...BEFORE_TRANSFER]);
  await act(receiving, AFTER_TRANSFER);
  expect(await ok(t.admin, MOVE, { id: deputy.accountId })).toEqual({ officeKey: 'DISTRICT:4902' });
  events = await store.readStream(`debt-${caseId}`);
}, 120_000);
afterAll(() => t.close());

describe('caseAsOf', () => {
  it('gives, at every version of a 30-event case, what folding its first n events gives', async () => {
    expect(events).toHaveLength(30);
    for (let n = 0; n <= 30; n++) {
      const at = await ok(auditor, AS_OF, { id: caseId, version: n });
      expect({ ...at, debtCase: at.debtCase }).toEqual({
        caseId, kind: 'DEBT', version: n, versions: 30, recordedAt: n === 0 ? null : events[n - 1].recordedAt.toISOString(),
        debtCase: expectedAt(n),
      });
    }
  }, 120_000);

  it('takes at an instant every event recorded then or before, between events and past the last', async () => {
    const first = events[0].recordedAt.getTime();
    expect((await ok(auditor, AS_OF, { id: caseId, asOf: new Date(first - 1).toISOString() })).version).toBe(0);
    for (const n of [1, 5, 11, 12, 20, 29]) {
      const [from, to] = [events[n - 1].recordedAt.getTime(), events[n].recordedAt.getTime()];
      const asOf = new Date(Math.floor((from + to) / 2)).toISOString();
      const at = await ok(auditor, AS_OF, { id: caseId, asOf });
      expect(at.version).toBe(to > from ? n : events.findIndex((e) => e.recordedAt.getTime() > from));
      expect(at.debtCase).toEqual(expectedAt(at.version));
    }
    const now = await ok(auditor, AS_OF, { id: caseId, asOf: new Date(Date.now() + 60_000).toISOString() });
    expect([now.version, now.debtCase.status, now.debtCase.district.code]).toEqual([30, 'AGREED', '4902']);
  }, 60_000);

  it('answers the district holding the case now, refuses another district as not found, and asks for one point', async () => {
    expect((await ok(receiving, AS_OF, { id: caseId, version: 3 })).debtCase.district.code).toBe('4901');
    const elsewhere = await otherDistrict.graphql(AS_OF, { id: caseId, version: 3 });
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'DEBT_CASE_NOT_FOUND', field: 'id' });
    const timeline = await otherDistrict.graphql(`{ caseTimeline(caseId: "${caseId}") { version } }`);
    expect(timeline.errors?.[0].extensions).toMatchObject({ code: 'DEBT_CASE_NOT_FOUND' });
    const both = await auditor.graphql(AS_OF, { id: caseId, version: 3, asOf: new Date().toISOString() });
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'REPLAY_POINT_REQUIRED', field: 'asOf' });
    const past = await auditor.graphql(AS_OF, { id: caseId, version: 31 });
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'REPLAY_VERSION_OUT_OF_RANGE', field: 'version' });
  });

  it('replays up to an event nobody can read, and answers CASE_UNREADABLE from it on', async () => {
    const broken = `DEBT-REPL-AYUN-${randomUUID().slice(0, 4).toUpperCase()}`;
    await handleCommand(store, `debt-${broken}`, debtDecider, registration(2, broken, { districtCode: '3401' }), { commandId: randomUUID(), actor: 'system:test' });
    await t.db.pool.query(
      `INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
       VALUES ($1, 2, $2, 'DebtNobodyKnows', 1, '{}', '{"actor":"system:test","correlationId":"c","causationId":"c","commandId":"c"}')`,
      [`debt-${broken}`, randomUUID()]);
    expect((await ok(auditor, AS_OF, { id: broken, version: 1 })).debtCase.status).toBe('REGISTERED');
    for (const answer of [
      await auditor.graphql(AS_OF, { id: broken, version: 2 }),
      await auditor.graphql(`{ caseTimeline(caseId: "${broken}") { version } }`),
    ]) expect(answer.errors?.[0].extensions).toMatchObject({ code: 'CASE_UNREADABLE' });
  });

  it('logs the auditor\'s read of personal data against the case', async () => {
    await ok(auditor, AS_OF, { id: caseId, version: 1 });
    const { rows } = await t.db.pool.query<{ fields: string[] }>(
      `SELECT fields FROM personal_data_reads WHERE account_id = $1 AND record_type = 'debt_case' AND record_id = $2`, [auditor.accountId, caseId]);
    expect(rows.flatMap((r) => r.fields)).toContain('debtor.firstName');
  });

  it('replays a complaint in the complaint detail\'s shape, for its own area only', async () => {
    const id = (await ok(otherDistrict, RECEIVE, { input: receiveInput() })).complaint.complaintId;
    const at = await ok(auditor, `query ($id: ID!) { caseAsOf(caseId: $id, version: 1) {
      kind version versions debtCase { caseId } complaint { complaintId status version allowedActions } } }`, { id });
    expect(at).toEqual({
      kind: 'COMPLAINT', version: 1, versions: 1, debtCase: null,
      complaint: { complaintId: id, status: expect.any(String), version: 1, allowedActions: [] },
    });
    const elsewhere = await receiving.graphql(`query ($id: ID!) { caseAsOf(caseId: $id, version: 1) { version } }`, { id });
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'COMPLAINT_NOT_FOUND', field: 'id' });
  });
});

describe('caseTimeline', () => {
  const TIMELINE = `query ($id: ID!) { caseTimeline(caseId: $id) { version type commandId correlationId typeLabelTh typeLabelEn
    actedBy { accountId position positionTh office { key nameTh } } changes { field labelTh labelEn before after } } }`;

  it('names who acted with the office of the time: the deputy in 4901 before it moved, the officer of 4902 after the transfer', async () => {
    const timeline = await ok(auditor, TIMELINE, { id: caseId });
    expect(timeline).toHaveLength(30);
    expect(timeline.map((e: any) => e.commandId)).toEqual(events.map((e) => e.metadata.commandId));
    expect(timeline.map((e: any) => e.correlationId)).toEqual(events.map((e) => e.metadata.correlationId));
    const byOffice = timeline.map((e: any) => `${e.actedBy.accountId}@${e.actedBy.office.key}`);
    expect(byOffice).toEqual([
      ...Array(12).fill(`${deputy.accountId}@DISTRICT:4901`), ...Array(18).fill(`${receiving.accountId}@DISTRICT:4902`),
    ]);
    expect(timeline[0].actedBy).toMatchObject({ position: 'DEPUTY_DISTRICT_CHIEF', positionTh: 'ปลัดอำเภอ', office: { nameTh: 'อำเภอเมืองมุกดาหาร' } });
    const transfer = timeline[11];
    expect([transfer.type, transfer.typeLabelEn]).toEqual(['DebtCaseTransferred', 'Case transferred to another district']);
    expect(transfer.changes.find((c: any) => c.field === 'figures.districtCode')).toMatchObject({ before: '4901', after: '4902' });
    expect(timeline.flatMap((e: any) => e.changes).filter((c: any) => c.labelEn === c.field)).toEqual([]);
  });

  it('reads a staff account\'s stream the same way, for auditors only', async () => {
    const timeline = await ok(auditor, `query ($id: ID!) { staffAccountTimeline(accountId: $id) { typeLabelEn actedBy { office { key } }
      changes { field before after } } }`, { id: deputy.accountId });
    expect(timeline.at(-1).typeLabelEn).toBe('Office changed');
    expect(timeline.at(-1).changes.find((c: any) => c.field === 'office.code')).toMatchObject({ before: '4901', after: '4902' });
    const refused = await receiving.graphql(`{ staffAccountTimeline(accountId: "${deputy.accountId}") { version } }`);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('districtCountsAsOf', () => {
  const COUNTS = `query ($code: String!, $asOf: DateTime!) { districtCountsAsOf(districtCode: $code, asOf: $asOf) {
    districtCode districtTh asOfTh cumulative { registered transfersIn transfersOut agreed } } }`;

  it('counts a district from the log as it stood, in the reader\'s area only', async () => {
    const before = await ok(auditor, COUNTS, { code: '๔๙๐๑', asOf: '2024-01-06T00:00:00Z' });
    expect(before).toEqual({
      districtCode: '4901', districtTh: 'อำเภอเมืองมุกดาหาร', asOfTh: expect.stringContaining('2567'),
      cumulative: { registered: 1, transfersIn: 0, transfersOut: 0, agreed: 0 },
    });
    const after = await ok(receiving, COUNTS, { code: '4902', asOf: new Date().toISOString() });
    expect(after.cumulative).toEqual({ registered: 1, transfersIn: 1, transfersOut: 0, agreed: 1 });
    const refused = await otherDistrict.graphql(COUNTS, { code: '4902', asOf: new Date().toISOString() });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'DISTRICT_NOT_IN_YOUR_AREA', field: 'districtCode' });
  });
});

describe('the export of a case\'s history', () => {
  const path = () => `/exports/case-history/${caseId}`;

  it('gives the JSON whose SHA-256 names the code, every event with who acted then and what changed', async () => {
    const res = await auditor.get(`${path()}/history.json`);
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'application/json; charset=utf-8']);
    const bytes = Buffer.from(await res.arrayBuffer());
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(res.headers.get('x-damrong-sha256')).toBe(sha256);
    expect(res.headers.get('x-damrong-verification-code')).toBe(verificationCode(sha256));
    const exported = JSON.parse(bytes.toString('utf8'));
    expect([exported.caseId, exported.versions, exported.events.length]).toEqual([caseId, 30, 30]);
    expect(exported.exportedBy).toMatchObject({ actor: `account:${auditor.accountId}`, positionTh: 'นิติกร' });
    expect(exported.events[0].actedBy).toMatchObject({ positionTh: 'ปลัดอำเภอ', officeTh: 'อำเภอเมืองมุกดาหาร' });
    expect(exported.events[12].actedBy).toMatchObject({ officeTh: 'อำเภอนิคมคำสร้อย' });
    expect(exported.events[11]).toMatchObject({ type: 'DebtCaseTransferred', correlationId: events[11].metadata.correlationId });
    expect(exported.events[0].changes.find((c: any) => c.field === 'debtor.firstName')).toMatchObject({ labelEn: 'Debtor first name' });
  });

  it('gives a PDF naming the case, the Buddhist-Era dates and the code on every page, and logs the personal data read', async () => {
    const res = await auditor.get(`${path()}/history.pdf`);
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const code = res.headers.get('x-damrong-verification-code')!;
    const { pages, info } = await pdfRead(new Uint8Array(await res.arrayBuffer()));
    const nfkd = (text: string) => text.normalize('NFKD');
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain(`รหัสตรวจสอบ ${code}`);
    expect(pages[0]).toContain(caseId);
    expect(pages[0]).toContain(nfkd(`ส่งออกโดย`));
    const year = new Date().getUTCFullYear() + 543;
    expect(pages[0]).toContain(String(year));
    expect(pages.join(' ')).toContain(nfkd('มกราคม 2567'));
    expect(pages.join(' ')).toContain(nfkd('อำเภอนิคมคำสร้อย'));
    expect(info.Keywords).toBe(`รหัสตรวจสอบ ${code}`);
    const { rows } = await t.db.pool.query<{ record_type: string; record_id: string; fields: string[] }>(
      `SELECT record_type, record_id, fields FROM personal_data_reads WHERE account_id = $1`, [auditor.accountId]);
    expect(rows.filter((r) => r.record_type === 'debt_case' && r.record_id === caseId).flatMap((r) => r.fields))
      .toContain('changes.debtor.firstName');
    expect(rows.filter((r) => r.record_type === 'staff_account' && r.record_id === deputy.accountId)).not.toEqual([]);
  });

  it('refuses another district\'s case as not found, and an unknown file', async () => {
    const elsewhere = await otherDistrict.get(`${path()}/history.pdf`);
    expect([elsewhere.status, ((await elsewhere.json()) as { code: string }).code]).toEqual([400, 'DEBT_CASE_NOT_FOUND']);
    const unknown = await auditor.get(`${path()}/history.xlsx`);
    expect([unknown.status, ((await unknown.json()) as { code: string }).code]).toEqual([400, 'HISTORY_EXPORT_UNKNOWN_FILE']);
  });
});
