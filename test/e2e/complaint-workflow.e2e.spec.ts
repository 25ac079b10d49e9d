import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CHANGE, RECEIVE, district, province, receiveInput } from '../support/complaint-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const ARGS = '$id: ID!, $office: OfficeInput!';
const act = (mutation: string, args: string, params: string) =>
  `mutation (${ARGS}${args}) { ${mutation}(complaintId: $id, actingOffice: $office${params}) { ${CHANGE} } }`;
const ASSIGN = act('assignComplaint', ', $assignee: AssigneeInput!', ', assignee: $assignee');
const PROGRESS = act('recordComplaintProgress', ', $note: String!', ', note: $note');
const FORWARD = act('forwardComplaint', ', $to: OfficeInput!', ', to: $to');
const RESOLVE = act('resolveComplaint', ', $result: String!', ', result: $result');
const CLOSE = act('closeComplaint', ', $reason: CloseReason!, $note: String', ', reason: $reason, note: $note');
const REOPEN = act('reopenComplaint', ', $reason: String!', ', reason: $reason');
const HISTORY = 'query ($id: ID!) { complaintHistory(id: $id) { type version actor by { level code } commandId } }';
const LISTED = `query ($f: ComplaintFilter) { complaints(filter: $f) { items { complaintId status owningOffice { level code nameTh } } } }`;

async function ok(query: string, variables: Record<string, unknown>) {
  const body = await t.graphql(query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return Object.values(body.data)[0] as any;
}

describe('the complaint workflow over GraphQL', () => {
  it('receives, assigns, records progress, forwards, resolves, closes and reopens; the list follows the owner', async () => {
    const commandId = randomUUID();
    const input = receiveInput();
    const receipt = await ok(RECEIVE, { input, office: district('๗๐๐๑'), commandId });
    expect(receipt).toMatchObject({
      version: 1, alreadyHandled: false, possibleDuplicates: [],
      complaint: { status: 'RECEIVED', owningOffice: { level: 'DISTRICT', code: '7001' }, assignee: null },
    });
    expect(receipt.complaint.trackingCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}$/);
    const id = receipt.complaint.complaintId;

    const retried = await ok(RECEIVE, { input, office: district('7001'), commandId });
    expect(retried).toMatchObject({ version: 1, alreadyHandled: true, complaint: { complaintId: id, trackingCode: receipt.complaint.trackingCode } });

    const office = district('7001');
    expect(await ok(ASSIGN, { id, office, assignee: { kind: 'TAMBON_TEAM', subdistrictCode: '๗๐๐๑๐๑' } })).toMatchObject({
      version: 2, complaint: { status: 'ASSIGNED', assignee: { kind: 'TAMBON_TEAM', subdistrictCode: '700101', name: null } },
    });
    expect(await ok(PROGRESS, { id, office, note: 'ชปต. ลงพื้นที่ตรวจสอบแล้ว' })).toMatchObject({ version: 3, complaint: { status: 'IN_PROGRESS' } });
    expect(await ok(FORWARD, { id, office, to: province('70') })).toMatchObject({
      version: 4, complaint: { status: 'RECEIVED', owningOffice: { level: 'PROVINCE', code: '70' }, assignee: null },
    });
    const notOwner = await t.graphql(RESOLVE, { id, office, result: 'ซ่อมแล้ว' });
    expect(notOwner.errors![0].extensions).toMatchObject({ code: 'COMPLAINT_NOT_OWNER', field: 'actingOffice' });

    const provinceOffice = province('70');
    expect(await ok(RESOLVE, { id, office: provinceOffice, result: 'อบต. ซ่อมถนนแล้ว' })).toMatchObject({
      version: 5, complaint: { status: 'RESOLVED', resolution: 'อบต. ซ่อมถนนแล้ว' },
    });
    expect(await ok(CLOSE, { id, office: provinceOffice, reason: 'RESOLVED' })).toMatchObject({
      version: 6, complaint: { status: 'CLOSED', closedReason: 'RESOLVED' },
    });
    expect(await ok(REOPEN, { id, office: provinceOffice, reason: 'ผู้ร้องแจ้งว่ายังซ่อมไม่เสร็จ' })).toMatchObject({
      version: 7, complaint: { status: 'IN_PROGRESS', closedReason: null, resolution: null },
    });

    const history = await ok(HISTORY, { id });
    expect(history.map((e: { type: string }) => e.type)).toEqual([
      'ComplaintReceived', 'ComplaintAssigned', 'ComplaintProgressRecorded', 'ComplaintForwarded',
      'ComplaintResolved', 'ComplaintClosed', 'ComplaintReopened',
    ]);
    expect(history[0]).toMatchObject({ version: 1, actor: 'anonymous', by: { level: 'DISTRICT', code: '7001' }, commandId });
    expect(history[6]).toMatchObject({ version: 7, by: { level: 'PROVINCE', code: '70' } });

    await t.caughtUp();
    const listed = await ok('query ($id: ID!) { complaint(id: $id) { status version owningOffice { level code nameTh } closedAt } }', { id });
    expect(listed).toEqual({
      status: 'IN_PROGRESS', version: 7, closedAt: null,
      owningOffice: { level: 'PROVINCE', code: '70', nameTh: 'ศูนย์ดำรงธรรมจังหวัดราชบุรี' },
    });
    const inProvince = await ok(LISTED, { f: { province: '๗๐' } });
    expect(inProvince.items.map((c: { complaintId: string }) => c.complaintId)).toContain(id);
    const inDistrict = await ok(LISTED, { f: { district: '7001' } });
    expect(inDistrict.items.map((c: { complaintId: string }) => c.complaintId)).not.toContain(id);
  });

  it('gives each receipt without a commandId a complaint of its own', async () => {
    const first = await ok(RECEIVE, { input: receiveInput({ accused: null }), office: district('7001') });
    const second = await ok(RECEIVE, { input: receiveInput({ accused: null }), office: district('7001') });
    expect(first.complaint.complaintId).not.toBe(second.complaint.complaintId);
    expect(first.complaint.trackingCode).not.toBe(second.complaint.trackingCode);
  });
});
