import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CHANGE, RECEIVE, province, receiveInput } from '../support/complaint-fixtures.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
/** Officers of the district centre of Mueang Ratchaburi (7001) and of the province centre of Ratchaburi (70). */
let districtOfficer: SignedIn;
let provinceOfficer: SignedIn;
beforeAll(async () => {
  t = await startTestApp();
  districtOfficer = await t.signInAs({ level: 'DISTRICT', office: '7001', position: 'DEPUTY_DISTRICT_CHIEF' });
  provinceOfficer = await t.signInAs({ level: 'PROVINCE', office: '70', position: 'LEGAL_OFFICER' });
});
afterAll(() => t.close());

/** A complaint mutation, its one input named after it. */
const act = (mutation: string) => `mutation ($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) {
  ${mutation}(input: $input) { ${CHANGE} } }`;
const ASSIGN = act('assignComplaint');
const PROGRESS = act('recordComplaintProgress');
const FORWARD = act('forwardComplaint');
const RESOLVE = act('resolveComplaint');
const CLOSE = act('closeComplaint');
const REOPEN = act('reopenComplaint');
/** The variables of a mutation on complaint `id`. */
const on = (id: string, fields: object) => ({ input: { complaintId: id, ...fields } });
const HISTORY = 'query ($id: ID!) { complaintHistory(id: $id) { type version actor by { level code } commandId } }';
const LISTED = `query ($f: ComplaintFilter) { complaints(filter: $f) { totalCount edges { node { complaintId status owningOffice { level code nameTh } } } } }`;

async function ok(query: string, variables: Record<string, unknown>, as = districtOfficer) {
  const body = await as.graphql(query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return Object.values(body.data)[0] as any;
}

describe('the complaint workflow over GraphQL', () => {
  it('receives, assigns, records progress, forwards, resolves, closes and reopens; the list follows the owner', async () => {
    const commandId = randomUUID();
    const input = receiveInput();
    const receipt = await ok(RECEIVE, { input: { ...input, commandId } });
    expect(receipt).toMatchObject({
      version: 1, alreadyHandled: false, possibleDuplicates: [],
      complaint: { status: 'RECEIVED', owningOffice: { level: 'DISTRICT', code: '7001' }, assignee: null },
    });
    expect(receipt.complaint.trackingCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}$/);
    const id = receipt.complaint.complaintId;

    const retried = await ok(RECEIVE, { input: { ...input, commandId } });
    expect(retried).toMatchObject({ version: 1, alreadyHandled: true, complaint: { complaintId: id, trackingCode: receipt.complaint.trackingCode } });

    expect(await ok(ASSIGN, on(id, { assignee: { kind: 'TAMBON_TEAM', subdistrictCode: '๗๐๐๑๐๑' } }))).toMatchObject({
      version: 2, complaint: { status: 'ASSIGNED', assignee: { kind: 'TAMBON_TEAM', subdistrictCode: '700101', name: null } },
    });
    expect(await ok(PROGRESS, on(id, { note: 'ชปต. ลงพื้นที่ตรวจสอบแล้ว' }))).toMatchObject({ version: 3, complaint: { status: 'IN_PROGRESS' } });
    // The province's office sees the district's complaint but acts only on its own.
    const notOwner = await provinceOfficer.graphql(RESOLVE, on(id, { result: 'ซ่อมแล้ว' }));
    expect(notOwner.errors![0].extensions).toMatchObject({ code: 'COMPLAINT_NOT_OWNER', field: 'actingOffice' });
    expect(await ok(FORWARD, on(id, { to: province('70') }))).toMatchObject({
      version: 4, complaint: { status: 'RECEIVED', owningOffice: { level: 'PROVINCE', code: '70' }, assignee: null },
    });
    // Forwarded, it is out of the district's area: it acts on it as on a complaint that does not exist.
    const handedOver = await districtOfficer.graphql(RESOLVE, on(id, { result: 'ซ่อมแล้ว' }));
    expect(handedOver.errors![0].extensions).toMatchObject({ code: 'COMPLAINT_NOT_FOUND' });

    expect(await ok(RESOLVE, on(id, { result: 'อบต. ซ่อมถนนแล้ว' }), provinceOfficer)).toMatchObject({
      version: 5, complaint: { status: 'RESOLVED', resolution: 'อบต. ซ่อมถนนแล้ว' },
    });
    expect(await ok(CLOSE, on(id, { reason: 'RESOLVED' }), provinceOfficer)).toMatchObject({
      version: 6, complaint: { status: 'CLOSED', closedReason: 'RESOLVED' },
    });
    expect(await ok(REOPEN, on(id, { reason: 'ผู้ร้องแจ้งว่ายังซ่อมไม่เสร็จ' }), provinceOfficer)).toMatchObject({
      version: 7, complaint: { status: 'IN_PROGRESS', closedReason: null, resolution: null },
    });

    await t.caughtUp();
    const history = await ok(HISTORY, { id }, provinceOfficer);
    expect(history.map((e: { type: string }) => e.type)).toEqual([
      'ComplaintReceived', 'ComplaintAssigned', 'ComplaintProgressRecorded', 'ComplaintForwarded',
      'ComplaintResolved', 'ComplaintClosed', 'ComplaintReopened',
    ]);
    expect(history[0]).toMatchObject({ version: 1, actor: `account:${districtOfficer.accountId}`, by: { level: 'DISTRICT', code: '7001' }, commandId });
    expect(history[6]).toMatchObject({ version: 7, actor: `account:${provinceOfficer.accountId}`, by: { level: 'PROVINCE', code: '70' } });

    const listed = await ok('query ($id: ID!) { complaint(id: $id) { status version owningOffice { level code nameTh } closedAt } }', { id }, provinceOfficer);
    expect(listed).toEqual({
      status: 'IN_PROGRESS', version: 7, closedAt: null,
      owningOffice: { level: 'PROVINCE', code: '70', nameTh: 'ศูนย์ดำรงธรรมจังหวัดราชบุรี' },
    });
    const inProvince = await ok(LISTED, { f: { province: '๗๐' } }, provinceOfficer);
    expect(inProvince.edges.map((e: { node: { complaintId: string } }) => e.node.complaintId)).toContain(id);
    expect(inProvince.totalCount).toBe(inProvince.edges.length);
    const inDistrict = await ok(LISTED, { f: { district: '7001' } }, provinceOfficer);
    expect(inDistrict.edges.map((e: { node: { complaintId: string } }) => e.node.complaintId)).not.toContain(id);
    // The district keeps a read-only line that it forwarded it, and nothing else of it.
    const handed = await ok('{ handedOverCases { totalCount edges { node { caseType caseId kind from { code } to { level code nameTh } } } } }', {});
    expect(handed.totalCount).toBe(1);
    expect(handed.edges.map((e: { node: object }) => e.node)).toEqual([{
      caseType: 'COMPLAINT', caseId: id, kind: 'FORWARDED', from: { code: '7001' },
      to: { level: 'PROVINCE', code: '70', nameTh: 'จังหวัดราชบุรี' },
    }]);
    expect((await districtOfficer.graphql(HISTORY, { id })).errors![0].extensions).toMatchObject({ code: 'COMPLAINT_NOT_FOUND' });
  });

  it('gives each receipt without a commandId a complaint of its own', async () => {
    const first = await ok(RECEIVE, { input: receiveInput({ accused: null }) });
    const second = await ok(RECEIVE, { input: receiveInput({ accused: null }) });
    expect(first.complaint.complaintId).not.toBe(second.complaint.complaintId);
    expect(first.complaint.trackingCode).not.toBe(second.complaint.trackingCode);
  });
});
