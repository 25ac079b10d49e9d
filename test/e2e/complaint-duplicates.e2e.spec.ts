import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { formatThaiDate } from '../../src/calendar/thai-date-text.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { bangkokDateOf } from '../../src/shared/date-input.js';
import { CHANGE, RECEIVE, citizenId, receiveInput } from '../support/complaint-fixtures.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
/** Officers of the district centres of Mueang Ratchaburi, Mueang Chiang Mai and Mueang Nakhon Ratchasima. */
const officers: Record<string, SignedIn> = {};
beforeAll(async () => {
  t = await startTestApp();
  for (const office of ['7001', '5001', '4001']) officers[office] = await t.signInAs({ level: 'DISTRICT', office });
});
afterAll(() => t.close());

const MARK = `mutation ($id: ID!, $of: ID!) {
  markComplaintDuplicate(input: { complaintId: $id, duplicateOf: $of }) { ${CHANGE} } }`;
const CLOSE = `mutation ($id: ID!) {
  closeComplaint(input: { complaintId: $id, reason: DUPLICATE }) { ${CHANGE} } }`;

async function receive(options: Parameters<typeof receiveInput>[0], office: string) {
  const body = await officers[office].graphql(RECEIVE, { input: receiveInput(options) });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data.receiveComplaint;
}

describe('the duplicate check at receipt, across districts and provinces', () => {
  const person = citizenId('310050012345');
  const thaiTyped = person.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d))).replace(/^(.)(.{4})/, '$1-$2-');

  it('lists a complaint of the same complainant in the district by id, staff confirm it, and another province sees only the holder', async () => {
    const first = await receive({ citizenId: person, subject: 'ถูกเรียกเก็บค่าธรรมเนียมเกินอัตรา', accused: null }, '7001');
    await t.caughtUp();
    const second = await receive({ citizenId: thaiTyped, subject: 'ขอความช่วยเหลือเรื่องหนี้', accused: null, subdistrict: '700102' }, '7001');
    expect(second.possibleDuplicates).toEqual([{ complaintId: first.complaint.complaintId, reason: 'SAME_COMPLAINANT' }]);

    const marked = await officers['7001'].graphql(MARK, { id: second.complaint.complaintId, of: first.complaint.complaintId });
    expect(marked.data.markComplaintDuplicate).toMatchObject({ version: 2, complaint: { duplicateOf: first.complaint.complaintId } });
    const closed = await officers['7001'].graphql(CLOSE, { id: second.complaint.complaintId });
    expect(closed.data.closeComplaint.complaint).toMatchObject({ status: 'CLOSED', closedReason: 'DUPLICATE' });

    await t.caughtUp();
    const listed = await officers['7001'].graphql(`query ($id: ID!) { complaint(id: $id) { possibleDuplicates { complaintId reason } duplicateOf status } }`,
      { id: second.complaint.complaintId });
    expect(listed.data.complaint).toEqual({
      possibleDuplicates: [{ complaintId: first.complaint.complaintId, reason: 'SAME_COMPLAINANT' }],
      duplicateOf: first.complaint.complaintId, status: 'CLOSED',
    });
    const third = await receive({ citizenId: person, accused: null, subdistrict: '500101' }, '5001');
    expect(third.possibleDuplicates).toEqual([{ complaintId: null, reason: 'SAME_COMPLAINANT' }]);
  });

  it('lists a complaint against the same party with a similar subject, not one with another subject', async () => {
    const accused = 'นายสมปอง ใจร้าย';
    const earlier = await receive({ citizenId: citizenId('110170020801'), accused, subject: 'ถูกข่มขู่ทวงหนี้นอกระบบด้วยความรุนแรง' }, '7001');
    const unrelated = await receive({ citizenId: citizenId('110170020802'), accused, subject: 'ขอทราบขั้นตอนการขออนุญาตก่อสร้างอาคาร' }, '7001');
    await t.caughtUp();
    const later = await receive({
      citizenId: citizenId('110170020803'), accused: 'สมปอง  ใจร้าย', subject: 'ถูกข่มขู่ทวงหนี้นอกระบบด้วยความรุนแรงมาก', subdistrict: '700103',
    }, '7001');
    expect(later.possibleDuplicates).toEqual([{ complaintId: earlier.complaint.complaintId, reason: 'SAME_ACCUSED_SIMILAR_SUBJECT' }]);
    expect(later.possibleDuplicates).not.toContainEqual(expect.objectContaining({ complaintId: unrelated.complaint.complaintId }));
  });

  it('refuses to mark a duplicate of a complaint that does not exist, storing nothing', async () => {
    const complaint = await receive({ citizenId: citizenId('110170020901'), accused: null }, '7001');
    const body = await officers['7001'].graphql(MARK, { id: complaint.complaint.complaintId, of: 'no-such-complaint' });
    expect(body.errors![0].extensions).toMatchObject({ code: 'COMPLAINT_NOT_FOUND', field: 'duplicateOf' });
    await t.caughtUp();
    const history = await officers['7001'].graphql('query ($id: ID!) { complaintHistory(id: $id) { version } }', { id: complaint.complaint.complaintId });
    expect(history.data.complaintHistory).toEqual([{ version: 1 }]);
  });
});

describe('a possible duplicate held in another district of the same province (4901, 4902, province 49)', () => {
  const RECEIPT = `mutation ($input: ReceiveComplaintInput!) {
    receiveComplaint(input: $input) {
      ${CHANGE} possibleDuplicates { complaintId reason heldBy { level code nameTh } since sinceTh } } }`;
  const person = citizenId('149010099887');
  const held = { subject: 'ถูกนายทุนเงินกู้ยึดโฉนดที่ดินไว้', accused: 'นายประยูร ปล่อยกู้', firstName: 'บุญเรือน' };
  let a: SignedIn;
  let b: SignedIn;
  let province: SignedIn;
  let compA: { complaintId: string; receivedAt: string };
  let compB: { complaintId: string };
  let receiptOfB: Record<string, unknown>;

  const readLog = async (accountId: string) => (await t.db.pool.query<{ office: string; record_type: string; record_id: string; fields: string[] }>(
    'SELECT office, record_type, record_id, fields FROM personal_data_reads WHERE account_id = $1 ORDER BY read_id', [accountId])).rows;

  beforeAll(async () => {
    [a, b, province] = [await t.signInAs({ level: 'DISTRICT', office: '4901' }), await t.signInAs({ level: 'DISTRICT', office: '4902' }),
      await t.signInAs({ level: 'PROVINCE', office: '49' })];
    const first = await a.graphql(RECEIVE, { input: receiveInput({ citizenId: person, ...held, subdistrict: '490101' }) });
    compA = first.data.receiveComplaint.complaint;
    await t.caughtUp();
    const second = await b.graphql(RECEIPT, {
      input: receiveInput({ citizenId: person, subject: 'ขอให้ช่วยไกล่เกลี่ยหนี้', accused: null, firstName: 'บุญเรือง', subdistrict: '490201' }),
    });
    expect(second.errors).toBeUndefined();
    receiptOfB = second.data.receiveComplaint;
    compB = second.data.receiveComplaint.complaint;
  });

  it('tells 4902 only the holding office, the day it was received and why: no id, subject or name in the answer or the stored event', async () => {
    const since = bangkokDateOf(compA.receivedAt);
    expect(receiptOfB.possibleDuplicates).toEqual([{
      complaintId: null, reason: 'SAME_COMPLAINANT', since, sinceTh: formatThaiDate(since),
      heldBy: { level: 'DISTRICT', code: '4901', nameTh: 'ศูนย์ดำรงธรรมอำเภอเมืองมุกดาหาร จังหวัดมุกดาหาร' },
    }]);
    const stored = (await t.db.pool.query<{ data: { possibleDuplicates: unknown } }>(
      "SELECT data FROM events WHERE stream_id = $1 AND type = 'ComplaintReceived'", [`complaint-${compB.complaintId}`])).rows[0].data;
    expect(stored.possibleDuplicates).toEqual([{ heldBy: { level: 'DISTRICT', code: '4901' }, since, reason: 'SAME_COMPLAINANT' }]);

    await t.caughtUp();
    const history = await b.graphql('query ($id: ID!) { complaintHistory(id: $id) { data } }', { id: compB.complaintId });
    const listed = await b.graphql('query ($id: ID!) { complaint(id: $id) { possibleDuplicates { complaintId reason heldBy { code nameTh } since } } }',
      { id: compB.complaintId });
    expect(listed.data.complaint.possibleDuplicates).toEqual([{
      complaintId: null, reason: 'SAME_COMPLAINANT', since, heldBy: { code: '4901', nameTh: 'ศูนย์ดำรงธรรมอำเภอเมืองมุกดาหาร จังหวัดมุกดาหาร' },
    }]);
    for (const seen of [receiptOfB, stored, history.data, listed.data]) {
      const text = JSON.stringify(seen);
      for (const secret of [compA.complaintId, held.subject, held.firstName, 'ประยูร']) expect(text).not.toContain(secret);
    }
  });

  it('writes the cross-area match to the read log: who, office, the matched complaint and the fields compared, no values', async () => {
    expect(await readLog(b.accountId)).toContainEqual({
      office: 'DISTRICT:4902', record_type: 'complaint', record_id: compA.complaintId, fields: ['duplicateCheck.complainant.citizenId'],
    });
    await t.caughtUp();
    const again = await a.graphql(RECEIPT, { input: receiveInput({ citizenId: person, accused: null, subdistrict: '490102' }) });
    expect(again.data.receiveComplaint.possibleDuplicates).toHaveLength(2);
    expect(again.data.receiveComplaint.possibleDuplicates).toEqual(expect.arrayContaining([
      { complaintId: compA.complaintId, reason: 'SAME_COMPLAINANT', heldBy: null, since: null, sinceTh: null },
      expect.objectContaining({ complaintId: null, heldBy: expect.objectContaining({ code: '4902' }) }),
    ]));
    // 4901's own complaint is not a cross-area read; 4902's is.
    expect((await readLog(a.accountId)).filter((r) => r.fields.some((f) => f.startsWith('duplicateCheck.')))).toEqual([{
      office: 'DISTRICT:4901', record_type: 'complaint', record_id: compB.complaintId, fields: ['duplicateCheck.complainant.citizenId'],
    }]);
  });

  it("answers 4902's mark of 4901's complaint exactly as one of an unknown id, storing nothing", async () => {
    const outside = await b.graphql(MARK, { id: compB.complaintId, of: compA.complaintId });
    const unknown = await b.graphql(MARK, { id: compB.complaintId, of: '6f1c0d2e-8a4b-4c3d-9e5f-0a1b2c3d4e5f' });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'COMPLAINT_NOT_FOUND', field: 'duplicateOf' });
    expect(outside).toEqual(unknown);
    const history = await b.graphql('query ($id: ID!) { complaintHistory(id: $id) { version } }', { id: compB.complaintId });
    expect(history.data.complaintHistory).toEqual([{ version: 1 }]);
  });

  it('lets the province over both link them, and 4902 then close its complaint as the duplicate', async () => {
    const linked = await province.graphql(MARK, { id: compB.complaintId, of: compA.complaintId });
    expect(linked.errors).toBeUndefined();
    expect(linked.data.markComplaintDuplicate).toMatchObject({
      version: 2, complaint: { duplicateOf: compA.complaintId, owningOffice: { level: 'DISTRICT', code: '4902' } },
    });
    const closed = await b.graphql(CLOSE, { id: compB.complaintId });
    expect(closed.data.closeComplaint.complaint).toMatchObject({ status: 'CLOSED', closedReason: 'DUPLICATE' });
    const notOwner = await province.graphql(CLOSE, { id: compA.complaintId });
    expect(notOwner.errors![0].extensions.code).toBe('COMPLAINT_NOT_OWNER');
  });

  it('lets 4901 link them once 4902 forwards its complaint to the holder shown', async () => {
    const other = await b.graphql(RECEIPT, { input: receiveInput({ citizenId: person, accused: null, subdistrict: '490202' }) });
    const id = other.data.receiveComplaint.complaint.complaintId;
    expect(other.data.receiveComplaint.possibleDuplicates).toContainEqual(expect.objectContaining({ complaintId: null, heldBy: expect.objectContaining({ code: '4901' }) }));
    await b.graphql('mutation ($id: ID!) { forwardComplaint(input: { complaintId: $id, to: { level: DISTRICT, code: "4901" } }) { version } }', { id });
    const marked = await a.graphql(MARK, { id, of: compA.complaintId });
    expect(marked.data.markComplaintDuplicate.complaint).toMatchObject({ duplicateOf: compA.complaintId, owningOffice: { code: '4901' } });
  });
});

describe('the duplicate check on the write path, however close together the receipts come', () => {
  const RESOLVE = `mutation ($id: ID!) { resolveComplaint(input: { complaintId: $id, result: "ซ่อมถนนแล้ว" }) { ${CHANGE} } }`;
  const duplicatesOf = (receipt: { possibleDuplicates: { complaintId: string | null }[] }) => receipt.possibleDuplicates.map((d) => d.complaintId).sort();

  it('stores ten receipts of one complaint sent at the same moment, each listing every one stored before it', async () => {
    const person = citizenId('110170031001');
    const receipts = await Promise.all(Array.from({ length: 10 }, () => receive({ citizenId: person, accused: null }, '7001')));
    const byCount = [...receipts].sort((a, b) => a.possibleDuplicates.length - b.possibleDuplicates.length);
    expect(byCount.map((r) => r.possibleDuplicates.length)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    byCount.forEach((receipt, i) => expect(duplicatesOf(receipt)).toEqual(byCount.slice(0, i).map((r) => r.complaint.complaintId).sort()));
  });

  it('does not list a resolved complaint', async () => {
    const person = citizenId('110170031002');
    const first = await receive({ citizenId: person, accused: null }, '7001');
    await officers['7001'].graphql(RESOLVE, { id: first.complaint.complaintId });
    await t.caughtUp();
    expect((await receive({ citizenId: person, accused: null }, '7001')).possibleDuplicates).toEqual([]);
  });

  describe('while the complaint list does not follow the log', () => {
    beforeAll(() => t.app.get(ProjectionRunner).stop());
    afterAll(() => t.app.get(ProjectionRunner).start());

    it('lists a complaint received a moment before, and drops it once resolved', async () => {
      const person = citizenId('110170031003');
      const first = await receive({ citizenId: person, accused: null }, '7001');
      const second = await receive({ citizenId: person, accused: null, subdistrict: '700102' }, '7001');
      expect(second.possibleDuplicates).toEqual([{ complaintId: first.complaint.complaintId, reason: 'SAME_COMPLAINANT' }]);
      expect((await officers['7001'].graphql(RESOLVE, { id: first.complaint.complaintId })).errors).toBeUndefined();
      const third = await receive({ citizenId: person, accused: null }, '7001');
      expect(third.possibleDuplicates).toEqual([{ complaintId: second.complaint.complaintId, reason: 'SAME_COMPLAINANT' }]);
    });

    it('lists one against the same party with a similar subject received a moment before, and serialises such receipts', async () => {
      const accused = 'นายสำราญ ทวงเก่ง';
      const subject = 'ถูกข่มขู่ทวงหนี้ที่หน้าบ้านทุกวัน';
      const receipts = await Promise.all(['110170031004', '110170031005', '110170031006'].map((first12) =>
        receive({ citizenId: citizenId(first12), accused, subject }, '7001')));
      expect(receipts.map((r) => r.possibleDuplicates.length).sort()).toEqual([0, 1, 2]);
      expect(receipts.flatMap((r) => r.possibleDuplicates.map((d: { reason: string }) => d.reason)))
        .toEqual(Array(3).fill('SAME_ACCUSED_SIMILAR_SUBJECT'));
    });
  });
});
