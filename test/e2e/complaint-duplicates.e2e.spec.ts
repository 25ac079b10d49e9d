import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
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
  markComplaintDuplicate(complaintId: $id, duplicateOf: $of) { ${CHANGE} } }`;
const CLOSE = `mutation ($id: ID!) {
  closeComplaint(complaintId: $id, reason: DUPLICATE) { ${CHANGE} } }`;

async function receive(options: Parameters<typeof receiveInput>[0], office: string) {
  const body = await officers[office].graphql(RECEIVE, { input: receiveInput(options) });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data.receiveComplaint;
}

describe('the duplicate check at receipt, across districts and provinces', () => {
  const person = citizenId('310050012345');
  const thaiTyped = person.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d))).replace(/^(.)(.{4})/, '$1-$2-');

  it('lists a complaint of the same complainant received in another province, and staff confirm it', async () => {
    const first = await receive({ citizenId: person, subject: 'ถูกเรียกเก็บค่าธรรมเนียมเกินอัตรา', accused: null }, '7001');
    await t.caughtUp();
    const second = await receive({ citizenId: thaiTyped, subject: 'ขอความช่วยเหลือเรื่องหนี้', accused: null, subdistrict: '500101' }, '5001');
    expect(second.possibleDuplicates).toEqual([{ complaintId: first.complaint.complaintId, reason: 'SAME_COMPLAINANT' }]);
    expect(second.complaint.owningOffice).toEqual({ level: 'DISTRICT', code: '5001' });

    const marked = await officers['5001'].graphql(MARK, { id: second.complaint.complaintId, of: first.complaint.complaintId });
    expect(marked.data.markComplaintDuplicate).toMatchObject({ version: 2, complaint: { duplicateOf: first.complaint.complaintId } });
    const closed = await officers['5001'].graphql(CLOSE, { id: second.complaint.complaintId });
    expect(closed.data.closeComplaint.complaint).toMatchObject({ status: 'CLOSED', closedReason: 'DUPLICATE' });

    await t.caughtUp();
    const listed = await officers['5001'].graphql(`query ($id: ID!) { complaint(id: $id) { possibleDuplicates { complaintId reason } duplicateOf status } }`,
      { id: second.complaint.complaintId });
    expect(listed.data.complaint).toEqual({
      possibleDuplicates: [{ complaintId: first.complaint.complaintId, reason: 'SAME_COMPLAINANT' }],
      duplicateOf: first.complaint.complaintId, status: 'CLOSED',
    });
    const third = await receive({ citizenId: person, accused: null, subdistrict: '400101' }, '4001');
    expect(third.possibleDuplicates).toEqual([{ complaintId: first.complaint.complaintId, reason: 'SAME_COMPLAINANT' }]);
  });

  it('lists a complaint against the same party with a similar subject, not one with another subject', async () => {
    const accused = 'นายสมปอง ใจร้าย';
    const earlier = await receive({ citizenId: citizenId('110170020801'), accused, subject: 'ถูกข่มขู่ทวงหนี้นอกระบบด้วยความรุนแรง' }, '7001');
    const unrelated = await receive({ citizenId: citizenId('110170020802'), accused, subject: 'ขอทราบขั้นตอนการขออนุญาตก่อสร้างอาคาร' }, '7001');
    await t.caughtUp();
    const later = await receive({
      citizenId: citizenId('110170020803'), accused: 'สมปอง  ใจร้าย', subject: 'ถูกข่มขู่ทวงหนี้นอกระบบด้วยความรุนแรงมาก', subdistrict: '500101',
    }, '5001');
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
