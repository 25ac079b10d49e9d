import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { formatThaiDate } from '../../src/calendar/thai-date-text.js';
import { bangkokDateOf } from '../../src/shared/date-input.js';
import { RECEIVE, citizenId, receiveInput } from '../support/complaint-fixtures.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

/**
 * What the admin UI reads beside the workflow: the duplicate check before a complaint is saved
 * (possibleDuplicateComplaints), what the signed-in account may do to a complaint now (allowedActions,
 * allowedCloseReasons), and the categories.
 */

let t: TestApp;
let a: SignedIn;
let b: SignedIn;
let province: SignedIn;
let auditor: SignedIn;
beforeAll(async () => {
  t = await startTestApp();
  [a, b, province, auditor] = [await t.signInAs({ level: 'DISTRICT', office: '4901' }), await t.signInAs({ level: 'DISTRICT', office: '4902' }),
    await t.signInAs({ level: 'PROVINCE', office: '49' }), await t.signInAs({ level: 'AUDITOR', position: 'LEGAL_OFFICER' })];
});
afterAll(() => t.close());

const CHECK = `query ($input: ComplaintDuplicateCheckInput!) {
  possibleDuplicateComplaints(input: $input) { complaintId reason heldBy { level code nameTh } since sinceTh } }`;
const DETAIL = 'query ($id: ID!) { complaintDetail(id: $id) { status allowedActions allowedCloseReasons } }';
const thaiDigits = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
const eventCount = async () => (await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0].n;
const readLog = async (accountId: string) => (await t.db.pool.query<{ office: string; record_id: string; fields: string[] }>(
  'SELECT office, record_id, fields FROM personal_data_reads WHERE account_id = $1 ORDER BY read_id', [accountId])).rows;

async function ok(as: SignedIn, query: string, variables: Record<string, unknown>) {
  const body = await as.graphql(query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return Object.values(body.data)[0] as any;
}

describe('the duplicate check before saving (possibleDuplicateComplaints)', () => {
  const person = citizenId('149010055501');
  const held = { citizenId: person, subject: 'ถูกเจ้าหนี้นอกระบบข่มขู่ทวงหนี้', accused: 'นายประยูร ปล่อยกู้', subdistrict: '490101' };
  let first: { complaintId: string; receivedAt: string };
  beforeAll(async () => {
    first = (await ok(a, RECEIVE, { input: receiveInput(held) })).complaint;
    await t.caughtUp();
  });

  it('answers the office holding the match with its id, stores nothing and logs no read of its own area', async () => {
    const before = await eventCount();
    const found = await ok(a, CHECK, { input: { citizenId: thaiDigits(person), subject: 'เรื่องอื่น' } });
    expect(found).toEqual([{ complaintId: first.complaintId, reason: 'SAME_COMPLAINANT', heldBy: null, since: null, sinceTh: null }]);
    const byAccused = await ok(a, CHECK, { input: { accusedName: 'ประยูร ปล่อยกู้', subject: 'ถูกเจ้าหนี้นอกระบบข่มขู่ทวงหนี้อีกครั้ง' } });
    expect(byAccused).toEqual([expect.objectContaining({ complaintId: first.complaintId, reason: 'SAME_ACCUSED_SIMILAR_SUBJECT' })]);
    expect(await eventCount()).toBe(before);
    expect((await readLog(a.accountId)).filter((r) => r.fields.some((f) => f.startsWith('duplicateCheck.')))).toEqual([]);
  });

  it('answers another district the holder, day and reason only, logs the read, and the receipt then lists the same', async () => {
    const since = bangkokDateOf(first.receivedAt);
    const holder = { complaintId: null, reason: 'SAME_COMPLAINANT', since, sinceTh: formatThaiDate(since),
      heldBy: { level: 'DISTRICT', code: '4901', nameTh: 'ศูนย์ดำรงธรรมอำเภอเมืองมุกดาหาร จังหวัดมุกดาหาร' } };
    const found = await ok(b, CHECK, { input: { citizenId: person, subject: 'ขอให้ช่วยไกล่เกลี่ยหนี้' } });
    expect(found).toEqual([holder]);
    expect(JSON.stringify(found)).not.toContain(first.complaintId);
    expect(await readLog(b.accountId)).toContainEqual({
      office: 'DISTRICT:4902', record_id: first.complaintId, fields: ['duplicateCheck.complainant.citizenId'],
    });
    const receipt = await b.graphql(`mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) {
      possibleDuplicates { complaintId reason heldBy { level code nameTh } since sinceTh } } }`,
    { input: receiveInput({ citizenId: person, subject: 'ขอให้ช่วยไกล่เกลี่ยหนี้', accused: null, subdistrict: '490201' }) });
    expect(receipt.data.receiveComplaint.possibleDuplicates).toEqual([holder]);
  });

  it('answers nothing without a citizen id or an accused, and is refused to those who do not work cases', async () => {
    expect(await ok(a, CHECK, { input: { subject: 'ถูกเจ้าหนี้นอกระบบข่มขู่ทวงหนี้' } })).toEqual([]);
    const refused = await auditor.graphql(CHECK, { input: { citizenId: person } });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('what the signed-in account may do to a complaint (allowedActions)', () => {
  let id: string;
  beforeAll(async () => {
    id = (await ok(a, RECEIVE, { input: receiveInput({ citizenId: citizenId('149010055777'), accused: null, subdistrict: '490102' }) })).complaint.complaintId;
  });

  it('offers the owning district the work, the province over it the duplicate mark, the auditor nothing', async () => {
    expect(await ok(a, DETAIL, { id })).toEqual({
      status: 'RECEIVED', allowedActions: ['ASSIGN', 'RECORD_PROGRESS', 'FORWARD', 'RESOLVE', 'CLOSE', 'MARK_DUPLICATE'],
      allowedCloseReasons: ['UNRESOLVABLE', 'WITHDRAWN'],
    });
    expect(await ok(province, DETAIL, { id })).toEqual({ status: 'RECEIVED', allowedActions: ['MARK_DUPLICATE'], allowedCloseReasons: [] });
    expect(await ok(auditor, DETAIL, { id })).toEqual({ status: 'RECEIVED', allowedActions: [], allowedCloseReasons: [] });
  });

  it('follows the state: once resolved, close as resolved, reopen or mark; once closed, reopen only', async () => {
    await ok(a, 'mutation ($input: ResolveComplaintInput!) { resolveComplaint(input: $input) { version } }', { input: { complaintId: id, result: 'ไกล่เกลี่ยสำเร็จ' } });
    expect(await ok(a, DETAIL, { id })).toEqual({
      status: 'RESOLVED', allowedActions: ['CLOSE', 'REOPEN', 'MARK_DUPLICATE'], allowedCloseReasons: ['RESOLVED', 'UNRESOLVABLE', 'WITHDRAWN'],
    });
    await ok(a, 'mutation ($input: CloseComplaintInput!) { closeComplaint(input: $input) { version } }', { input: { complaintId: id, reason: 'RESOLVED' } });
    expect(await ok(a, DETAIL, { id })).toEqual({ status: 'CLOSED', allowedActions: ['REOPEN'], allowedCloseReasons: [] });
  });
});

it('lists the complaint categories, OTHER with its sub category written in', async () => {
  const categories = await ok(a, '{ complaintCategories { code nameTh subWrittenIn subs { code nameTh } } }', {});
  expect(categories).toContainEqual(expect.objectContaining({
    code: 'REQUEST_HELP', nameTh: 'ขอความช่วยเหลือ', subWrittenIn: false,
    subs: expect.arrayContaining([{ code: 'PUBLIC_UTILITIES', nameTh: 'สาธารณูปโภค (ถนน ไฟฟ้า ประปา)' }]),
  }));
  expect(categories).toContainEqual(expect.objectContaining({ code: 'OTHER', subWrittenIn: true, subs: [] }));
});
