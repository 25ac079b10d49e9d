import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EVENT_STORE, type EventStore } from '../../src/eventstore/event-store.port.js';
import { handleCommand } from '../../src/eventstore/handle-command.js';
import { requestCommand } from '../../src/local-authorities/leaflet-permits/leaflet-permit-fixtures.js';
import { leafletPermitDecider } from '../../src/local-authorities/leaflet-permits/leaflet-permit.decider.js';
import { leafletStreamId } from '../../src/local-authorities/leaflet-permits/leaflet-permit.events.js';
import { CHONBURI_PAO, registerChonburiPao } from '../support/chonburi-pao.js';
import { RECEIVE, receiveInput } from '../support/complaint-fixtures.js';
import { citizenId, debtApi, registration } from '../support/debt-api.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

/**
 * The data subject's copy over GraphQL on PostgreSQL: a debtor with a case registered in 4901 and transferred to
 * 4902, and a complaint of theirs; an officer reads them; the central administrator's copy holds both histories
 * whole and the officer's reads, nothing of another person; others are refused; the PDF and JSON download.
 */
const run = promisify(execFile);
const SUBJECT = citizenId('310050077712');
const OTHER = citizenId('310050077713');
const COPY = `mutation ($input: SubjectDataCopyInput!) { subjectDataCopy(input: $input) {
  requestId requestedAt requestedAtTh subjectMasked requestReference pdfPath jsonPath
  records { recordType recordId streamId roles events { eventId version type typeLabelTh recordedAt recordedAtTh actor actorOffice data actedBy { kind firstName office { code } } } }
  businesses { businessNo } reads { accountId office recordType recordId fields } } }`;

let t: TestApp;
let officer: SignedIn;
let debtCaseId: string;
let otherCaseId: string;
let complaintId: string;

const subjectOf = (id: string, firstName: string) => {
  const base = registration();
  return registration({ debtor: { ...base.debtor, citizenId: id, firstName } });
};

beforeAll(async () => {
  t = await startTestApp();
  officer = await t.signInAs({ level: 'DISTRICT', office: '4901' });
  const api = debtApi(t, officer);
  const registered = await api.register(subjectOf(`${SUBJECT.slice(0, 1)}-${SUBJECT.slice(1, 5)}-${SUBJECT.slice(5)}`, 'สมศรี'));
  expect(registered.errors).toBeUndefined();
  debtCaseId = registered.data.r.caseId;
  const moved = await api.send('transferDebtCase', debtCaseId, { toDistrictCode: '4902', reason: 'ลูกหนี้ย้ายไปอยู่นิคมคำสร้อย' });
  expect(moved.errors).toBeUndefined();
  otherCaseId = (await api.register(subjectOf(OTHER, 'สมปอง'))).data.r.caseId;
  const received = await officer.graphql(RECEIVE, { input: receiveInput({ citizenId: SUBJECT, subdistrict: '490101' }) });
  expect(received.errors).toBeUndefined();
  complaintId = received.data.receiveComplaint.complaint.complaintId;
  await t.caughtUp();
  // The officer reads the complaint's complainant and the case's history before the transfer's reader takes over.
  expect((await officer.graphql(`query ($id: ID!) { complaintDetail(id: $id) { complainant { firstName } } }`, { id: complaintId })).errors).toBeUndefined();
  const receiving = await t.signInAs({ level: 'DISTRICT', office: '4902' });
  expect((await receiving.graphql(`query ($id: ID!) { debtCaseHistory(id: $id) { type data } }`, { id: debtCaseId })).errors).toBeUndefined();
}, 120_000);
afterAll(() => t.close());

describe('subjectDataCopy', () => {
  let copy: any;

  beforeAll(async () => {
    const answer = await t.admin.graphql(COPY, { input: { citizenId: toThai(SUBJECT), requestReference: ' มท 0309.4/1234 ' } });
    expect(answer.errors).toBeUndefined();
    copy = answer.data.subjectDataCopy;
  });

  it("holds the debtor's case and their complaint whole, oldest event first, and nothing of another person", async () => {
    expect(copy.records.map((r: any) => [r.recordType, r.recordId, r.roles])).toEqual(expect.arrayContaining([
      ['DEBT_CASE', debtCaseId, ['DEBTOR']], ['COMPLAINT', complaintId, ['COMPLAINANT']]]));
    expect(copy.records).toHaveLength(2);
    const debt = copy.records.find((r: any) => r.recordId === debtCaseId);
    const { rows } = await t.db.pool.query('SELECT event_id::text, type FROM events WHERE stream_id = $1 ORDER BY version', [`debt-${debtCaseId}`]);
    expect(debt.events.map((e: any) => [e.eventId, e.type])).toEqual(rows.map((r) => [r.event_id, r.type]));
    expect(debt.events.map((e: any) => e.type)).toEqual(expect.arrayContaining(['DebtorRegistered', 'DebtCaseTransferred']));
    expect(debt.events.map((e: any) => e.typeLabelTh)).toEqual(expect.arrayContaining(['ลงทะเบียนลูกหนี้นอกระบบ', 'ส่งต่อข้อมูลไปยังอำเภอ/เขตอื่น']));
    expect(copy.records.find((r: any) => r.recordId === complaintId).events[0]).toMatchObject({ type: 'ComplaintReceived', typeLabelTh: 'รับเรื่องร้องเรียนร้องทุกข์' });
    expect(JSON.parse(debt.events[0].data).debtor.citizenId).toBe(SUBJECT);
    expect(debt.events[0].actedBy).toMatchObject({ kind: 'STAFF', office: { code: '4901' } });
    expect(debt.events[0]).toMatchObject({ actor: `account:${officer.accountId}`, actorOffice: 'DISTRICT:4901', recordedAtTh: expect.stringMatching(/ 25\d\d \d\d:\d\d น\.$/) });
    expect(JSON.stringify(copy)).not.toContain(OTHER);
    expect(JSON.stringify(copy)).not.toContain(otherCaseId);
  });

  it('holds the read log of those records: who read which fields for which office', () => {
    expect(copy.reads).toEqual(expect.arrayContaining([
      expect.objectContaining({ accountId: officer.accountId, office: 'DISTRICT:4901', recordType: 'COMPLAINT', recordId: complaintId }),
      expect.objectContaining({ office: 'DISTRICT:4902', recordType: 'DEBT_CASE', recordId: debtCaseId, fields: ['data'] }),
    ]));
  });

  it('records the request with the requester and the masked id only, and logs the copy as a read', async () => {
    expect([copy.subjectMasked, copy.requestReference]).toEqual([`xxxxxxxxx${SUBJECT.slice(-4)}`, 'มท 0309.4/1234']);
    const { rows } = await t.db.pool.query('SELECT account_id, office, subject_masked, request_reference, record_count FROM subject_copy_requests WHERE request_id = $1', [copy.requestId]);
    expect(rows).toEqual([{ account_id: t.admin.accountId, office: 'CENTRAL', subject_masked: copy.subjectMasked, request_reference: 'มท 0309.4/1234', record_count: 2 }]);
    const reads = await t.db.pool.query(`SELECT record_id FROM personal_data_reads WHERE account_id = $1 AND 'subjectDataCopy' = ANY (fields)`, [t.admin.accountId]);
    expect(reads.rows.map((r) => r.record_id).sort()).toEqual([complaintId, debtCaseId].sort());
    const LIST = '{ subjectCopyRequests(first: 5) { totalCount edges { node { requestId subjectMasked requestReference recordCount requestedBy { kind } } } } }';
    for (const reader of [t.admin, await t.signInAs({ level: 'AUDITOR', position: 'LEGAL_OFFICER' })]) {
      const { data } = await reader.graphql(LIST);
      expect(data.subjectCopyRequests.edges.map((e: any) => e.node)).toContainEqual(
        { requestId: copy.requestId, subjectMasked: copy.subjectMasked, requestReference: 'มท 0309.4/1234', recordCount: 2, requestedBy: { kind: 'STAFF' } });
    }
    expect((await officer.graphql(LIST)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('downloads the PDF (the Thai heading and the case id) and the JSON (the copy as data) to its requester only', async () => {
    const pdf = await t.admin.get(copy.pdfPath);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'subject-copy-')), 'copy.pdf');
    await fs.writeFile(file, Buffer.from(await pdf.arrayBuffer()));
    const { stdout } = await run('pdftotext', [file, '-']);
    expect(stdout.normalize('NFKD')).toContain('สำเนาข้อมูลส่วนบุคคลของเจ้าของข้อมูล'.normalize('NFKD'));
    expect(stdout).toContain(debtCaseId);
    const json: any = await (await t.admin.get(copy.jsonPath)).json();
    expect(json.records.find((r: any) => r.recordId === debtCaseId).events[0].data.debtor.citizenId).toBe(SUBJECT);
    expect(json.records.find((r: any) => r.recordId === debtCaseId).events[0]).toMatchObject({ type: 'DebtorRegistered', typeLabelTh: 'ลงทะเบียนลูกหนี้นอกระบบ' });
    expect(stdout.normalize('NFKD')).toContain('ลงทะเบียนลูกหนี้นอกระบบ'.normalize('NFKD'));
    expect(stdout).not.toContain('DebtorRegistered');
    expect(json.reads.length).toBe(copy.reads.length);
    expect(json.records.find((r: any) => r.recordId === debtCaseId).events[0].actorTh).toMatch(/อำเภอเมืองมุกดาหาร$/);
    expect(stdout.normalize('NFKD')).toContain('อำเภอนิคมคำสร้อย'.normalize('NFKD'));
    const admin2 = await t.signInAs({ level: 'CENTRAL', administrator: true });
    expect((await admin2.get(copy.jsonPath)).status).toBe(404);
    expect(await (await t.admin.get('/personal-data/subject-copy/nothing.txt')).json()).toMatchObject({ code: 'SUBJECT_COPY_UNKNOWN_FILE', field: 'file' });
  });

  it("finds a creditor's cases too (a person creditor carries a citizen id), and the businesses they own", async () => {
    const creditor = registration().creditors[0].citizenId;
    await registerChonburiPao(t.admin);
    const business = await t.admin.graphql('mutation ($input: RegisterBusinessInput!) { registerBusiness(input: $input) { businessNo } }', { input: {
      authorityCode: CHONBURI_PAO.code, nameTh: 'ร้านยาสูบสมชาย', kinds: ['TOBACCO'], addressLine: '1 ถนนสุขุมวิท', subdistrictCode: '200101',
      ownerKind: 'CITIZEN', ownerIdNumber: creditor, ownerName: 'นายสมชาย เงินด่วน' } });
    expect(business.errors).toBeUndefined();
    const answer = await t.admin.graphql(COPY, { input: { citizenId: creditor, requestReference: 'มท 0309.4/1235' } });
    expect(answer.data.subjectDataCopy.records.map((r: any) => [r.recordId, r.roles]).sort())
      .toEqual([[debtCaseId, ['CREDITOR']], [otherCaseId, ['CREDITOR']]].sort());
    expect(answer.data.subjectDataCopy.businesses).toEqual([{ businessNo: business.data.registerBusiness.businessNo }]);
  });

  it("finds a staff member's account and its history by their citizen id", async () => {
    const answer = await t.admin.graphql(COPY, { input: { citizenId: officer.citizenId, requestReference: 'มท 0309.4/1236' } });
    const account = answer.data.subjectDataCopy.records.find((r: any) => r.recordType === 'STAFF_ACCOUNT');
    expect(account).toMatchObject({ recordId: officer.accountId, roles: ['STAFF_MEMBER'] });
    expect(account.events[0]).toMatchObject({ type: 'AccountCreated', typeLabelTh: 'ลงทะเบียนผู้มีสิทธิใช้งาน' });
  });

  it("finds a leaflet permit's applicant by the id number they gave", async () => {
    const permitId = 'LP-SUBJ-COPY-0001';
    await handleCommand(t.app.get<EventStore>(EVENT_STORE), leafletStreamId(permitId), leafletPermitDecider, requestCommand({ permitId }),
      { commandId: 'subject-copy-permit', actor: 'system:test' });
    const answer = await t.admin.graphql(COPY, { input: { citizenId: '1101700234568', requestReference: 'มท 0309.4/1237' } });
    expect(answer.data.subjectDataCopy.records.map((r: any) => [r.recordType, r.streamId, r.roles, r.events.map((e: any) => e.type)]))
      .toEqual([['STREAM', leafletStreamId(permitId), ['PERMIT_APPLICANT'], ['LeafletPermitRequested']]]);
    expect(answer.data.subjectDataCopy.records[0].events[0].typeLabelTh).toBe('ยื่นคำขอ');
  });

  it('refuses a district officer, and gives a bad citizen id a typed error naming the field', async () => {
    const refused = await officer.graphql(COPY, { input: { citizenId: SUBJECT, requestReference: 'x' } });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await officer.get(copy.jsonPath)).status).toBe(403);
    const bad = await t.admin.graphql(COPY, { input: { citizenId: '1234567890123', requestReference: 'x' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'CITIZEN_ID_CHECK_DIGIT', field: 'citizenId', messageTh: expect.any(String), messageEn: expect.any(String) });
  });
});

function toThai(digits: string): string {
  return digits.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
}
