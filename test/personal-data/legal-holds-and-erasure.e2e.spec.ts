import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ERASED_MARKER } from '../../src/personal-data/keys/personal-data-shredder.js';
import { RECEIVE, receiveInput } from '../support/complaint-fixtures.js';
import { citizenId, debtApi, registration } from '../support/debt-api.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

/**
 * Legal holds and erasure requests over GraphQL on PostgreSQL: a subject with an open complaint, and one whose debt
 * case is closed and then held. Requests are refused naming the case (open, held), recorded with the citizen id
 * masked only; holds are placed, refused twice, lifted and listed; district officers are refused. Once the hold is
 * lifted the debtor's request is accepted: their keys are destroyed and the case shows the erasure marker.
 */
const COMPLAINANT = citizenId('310050077721');
const DEBTOR = citizenId('310050077722');
const HOLD = 'caseStreamId caseType caseId holdNo holdReason orderReference active placedAtTh liftedAtTh liftReason placedBy { kind office { code } } liftedBy { kind }';
const PLACE = `mutation ($input: PlaceLegalHoldInput!) { placeLegalHold(input: $input) { ${HOLD} } }`;
const LIFT = `mutation ($input: LiftLegalHoldInput!) { liftLegalHold(input: $input) { ${HOLD} } }`;
const HOLDS = `query ($activeOnly: Boolean, $first: Int, $after: String) { legalHolds(activeOnly: $activeOnly, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { ${HOLD} } } } }`;
const REQUEST = `requestId recordedAtTh subjectMasked requester basis letterReference receivedOn receivedOnTh caseCount decision
  refusals { code messageTh messageEn cases { caseType caseId } } erasedAt keysDestroyed streamCount recordedBy { kind }`;
const RECORD = `mutation ($input: RecordErasureRequestInput!) { recordErasureRequest(input: $input) { ${REQUEST} } }`;
const LIST = `query { erasureRequests(first: 10) { totalCount edges { node { ${REQUEST} } } } }`;
const asked = (id: string, patch: Record<string, unknown> = {}) => ({
  citizenId: id, requester: 'DATA_SUBJECT', basis: 'NO_LONGER_NECESSARY', letterReference: 'หนังสือขอลบข้อมูล ลว. ๑ ธ.ค. ๒๕๖๙', receivedOn: '๕/๑๒/๒๕๖๙', ...patch,
});

let t: TestApp;
let officer: SignedIn;
let debtCaseId: string;
let complaintId: string;

beforeAll(async () => {
  t = await startTestApp({ clockStart: new Date('2026-12-07T03:00:00Z') });
  officer = await t.signInAs({ level: 'DISTRICT', office: '4901' });
  const api = debtApi(t, officer);
  const registered = await api.register(registration({ debtor: { ...registration().debtor, citizenId: DEBTOR } }));
  expect(registered.errors).toBeUndefined();
  debtCaseId = registered.data.r.caseId;
  expect((await api.send('closeDebtCase', debtCaseId, { reason: 'WITHDRAWN' })).errors).toBeUndefined();
  const received = await officer.graphql(RECEIVE, { input: receiveInput({ citizenId: COMPLAINANT, subdistrict: '490101' }) });
  expect(received.errors).toBeUndefined();
  complaintId = received.data.receiveComplaint.complaint.complaintId;
}, 120_000);
afterAll(() => t.close());

describe('legal holds', () => {
  it('places a hold on a case (its id trimmed) and refuses a second, an unknown case and bad fields', async () => {
    const placed = await t.admin.graphql(PLACE, { input: { caseType: 'DEBT', caseId: ` ${debtCaseId} `, reason: 'ศาลสั่งเก็บรักษาพยานหลักฐาน', orderReference: 'คำสั่งศาลแพ่ง พ.123/2569' } });
    expect(placed.errors).toBeUndefined();
    expect(placed.data.placeLegalHold).toMatchObject({
      caseStreamId: `debt-${debtCaseId}`, caseType: 'DEBT', caseId: debtCaseId, holdNo: 1, active: true, liftedAtTh: null,
      placedAtTh: expect.stringContaining('2569'), placedBy: { kind: 'STAFF', office: { code: 'CENTRAL' } },
    });
    const again = await t.admin.graphql(PLACE, { input: { caseType: 'DEBT', caseId: debtCaseId, reason: 'อีกครั้ง', orderReference: 'x' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'LEGAL_HOLD_ALREADY_HELD', field: 'caseId', messageTh: expect.stringContaining('ครั้งที่ 1') });
    const unknown = await t.admin.graphql(PLACE, { input: { caseType: 'COMPLAINT', caseId: debtCaseId, reason: 'x', orderReference: 'x' } });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'LEGAL_HOLD_CASE_NOT_FOUND', field: 'caseId' });
    const bad = await t.admin.graphql(PLACE, { input: { caseType: 'DEBT', caseId: 'a b', reason: ' ', orderReference: 'x' } });
    expect(bad.errors?.map((e: any) => [e.extensions.code, e.extensions.field])).toEqual([['LEGAL_HOLD_CASE_ID_FORMAT', 'caseId'], ['TEXT_REQUIRED', 'reason']]);
  });

  it('refuses district officers, placing, lifting and listing', async () => {
    const placed = await officer.graphql(PLACE, { input: { caseType: 'COMPLAINT', caseId: complaintId, reason: 'x', orderReference: 'x' } });
    expect(placed.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await officer.graphql(LIFT, { input: { caseType: 'DEBT', caseId: debtCaseId, reason: 'x' } })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await officer.graphql(HOLDS)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('erasure requests', () => {
  it('refuses a subject with an open complaint, naming it; stores the citizen id masked only', async () => {
    const answer = await t.admin.graphql(RECORD, { input: asked(COMPLAINANT.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)))) });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.recordErasureRequest).toMatchObject({
      subjectMasked: `xxxxxxxxx${COMPLAINANT.slice(-4)}`, decision: 'REFUSED', caseCount: 1, receivedOn: '2026-12-05', receivedOnTh: expect.stringContaining('2569'),
      refusals: [{ code: 'ERASURE_SUBJECT_HAS_OPEN_CASES', cases: [{ caseType: 'COMPLAINT', caseId: complaintId }], messageTh: expect.stringContaining(complaintId) }],
      erasedAt: null, keysDestroyed: null, recordedBy: { kind: 'STAFF' },
    });
    const { rows } = await t.db.pool.query(`SELECT count(*)::int AS n FROM events WHERE stream_id LIKE 'erasure-request-%' AND data::text LIKE $1`, [`%${COMPLAINANT}%`]);
    expect(rows[0].n).toBe(0);
  });

  it('refuses a subject whose closed case is under a legal hold, naming it', async () => {
    const answer = await t.admin.graphql(RECORD, { input: asked(DEBTOR, { requester: 'REPRESENTATIVE', basis: 'CONSENT_WITHDRAWN' }) });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.recordErasureRequest).toMatchObject({
      decision: 'REFUSED', requester: 'REPRESENTATIVE', basis: 'CONSENT_WITHDRAWN', caseCount: 1,
      refusals: [{ code: 'ERASURE_SUBJECT_UNDER_LEGAL_HOLD', cases: [{ caseType: 'DEBT', caseId: debtCaseId }] }],
    });
  });

  it('lists requests and holds for the centre and auditors, masked, newest first, paged', async () => {
    await t.caughtUp();
    const auditor = await t.signInAs({ level: 'AUDITOR', position: 'LEGAL_OFFICER' });
    for (const reader of [t.admin, auditor]) {
      const list = await reader.graphql(LIST);
      expect(list.errors).toBeUndefined();
      expect(list.data.erasureRequests.totalCount).toBe(2);
      expect(list.data.erasureRequests.edges.map((e: any) => [e.node.subjectMasked, e.node.refusals[0].code])).toEqual([
        [`xxxxxxxxx${DEBTOR.slice(-4)}`, 'ERASURE_SUBJECT_UNDER_LEGAL_HOLD'], [`xxxxxxxxx${COMPLAINANT.slice(-4)}`, 'ERASURE_SUBJECT_HAS_OPEN_CASES'],
      ]);
      const holds = await reader.graphql(HOLDS, { activeOnly: true, first: 1 });
      expect(holds.data.legalHolds).toMatchObject({ totalCount: 1, edges: [{ node: { caseId: debtCaseId, active: true } }] });
    }
    const { rows } = await t.db.pool.query('SELECT subject_masked FROM erasure_requests');
    expect(JSON.stringify(rows)).not.toMatch(/\d{13}/);
  });

  it('refuses a district officer, and answers bad fields at once, recording nothing', async () => {
    expect((await officer.graphql(RECORD, { input: asked(DEBTOR) })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await officer.graphql(LIST)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const before = (await t.db.pool.query(`SELECT count(*)::int AS n FROM events WHERE stream_id LIKE 'erasure-request-%'`)).rows[0].n;
    const bad = await t.admin.graphql(RECORD, { input: asked('1234567890123', { letterReference: ' ', receivedOn: '๘/๑๒/๒๕๖๙' }) });
    expect(bad.errors?.map((e: any) => [e.extensions.code, e.extensions.field])).toEqual([
      ['CITIZEN_ID_CHECK_DIGIT', 'citizenId'], ['TEXT_REQUIRED', 'letterReference'], ['ERASURE_REQUEST_RECEIVED_AHEAD', 'receivedOn']]);
    expect((await t.db.pool.query(`SELECT count(*)::int AS n FROM events WHERE stream_id LIKE 'erasure-request-%'`)).rows[0].n).toBe(before);
  });

  it('lifts the hold with its reason; a second lift is refused', async () => {
    const lifted = await t.admin.graphql(LIFT, { input: { caseType: 'DEBT', caseId: debtCaseId, reason: 'ศาลมีคำพิพากษาถึงที่สุด' } });
    expect(lifted.errors).toBeUndefined();
    expect(lifted.data.liftLegalHold).toMatchObject({ holdNo: 1, active: false, liftReason: 'ศาลมีคำพิพากษาถึงที่สุด', liftedBy: { kind: 'STAFF' } });
    const again = await t.admin.graphql(LIFT, { input: { caseType: 'DEBT', caseId: debtCaseId, reason: 'x' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'LEGAL_HOLD_NOT_HELD', field: 'caseId' });
    const history = await t.admin.graphql(`query ($id: ID!) { caseLegalHolds(caseType: DEBT, caseId: $id) { holdNo active } }`, { id: debtCaseId });
    expect(history.data.caseLegalHolds).toEqual([{ holdNo: 1, active: false }]);
  });

  it('accepts the debtor\'s request once the hold is lifted: keys destroyed, the case erased, a retry records nothing new', async () => {
    const input = { ...asked(DEBTOR, { basis: 'OBJECTION' }), commandId: 'erasure-of-the-debtor' };
    const answer = await t.admin.graphql(RECORD, { input });
    expect(answer.errors).toBeUndefined();
    const request = answer.data.recordErasureRequest;
    expect(request).toMatchObject({ decision: 'ACCEPTED', refusals: [], caseCount: 1, erasedAt: expect.any(String), streamCount: 1 });
    expect(request.keysDestroyed).toBeGreaterThan(0);
    const detail = await t.admin.graphql('query ($id: ID!) { debtCaseDetail(id: $id) { debtor { citizenId firstName } } }', { id: debtCaseId });
    expect(detail.data.debtCaseDetail.debtor).toEqual({ citizenId: ERASED_MARKER, firstName: ERASED_MARKER });
    const events = async () => (await t.db.pool.query(`SELECT type FROM events WHERE stream_id = $1 ORDER BY version`, [`erasure-request-${request.requestId}`])).rows;
    expect((await events()).map((r) => r.type)).toEqual(['ErasureRequestAccepted', 'SubjectDataErased']);
    const again = await t.admin.graphql(RECORD, { input });
    expect(again.data.recordErasureRequest).toMatchObject({ requestId: request.requestId, keysDestroyed: request.keysDestroyed });
    expect(await events()).toHaveLength(2);
    await t.caughtUp();
    const listed = (await t.admin.graphql(LIST)).data.erasureRequests.edges.map((e: any) => e.node);
    expect(listed[0]).toMatchObject({ requestId: request.requestId, decision: 'ACCEPTED', keysDestroyed: request.keysDestroyed, streamCount: 1 });
  });
});
