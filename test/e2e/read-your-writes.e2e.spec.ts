import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { receiveInput } from '../support/complaint-fixtures.js';
import { debtApi, registration } from '../support/debt-api.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';

/**
 * Read your own write: with the projections stopped, a case just written is found by its id (folded from its
 * stream), a list read with the mutation's position waits for the list and answers PROJECTION_BEHIND when it
 * does not come, and includes the case once the projections run again.
 */
let t: TestApp;
let runner: ProjectionRunner;
/** Mueang Mukdahan (4901) registers debtors, Mueang Ratchaburi (7001) receives complaints; each is outside the other's area. */
let mukdahan: SignedIn;
let ratchaburi: SignedIn;
beforeAll(async () => {
  t = await startTestApp({ env: { READ_WAIT_MS: '300' } });
  mukdahan = await t.signInAs({ level: 'DISTRICT', office: '4901' });
  ratchaburi = await t.signInAs({ level: 'DISTRICT', office: '7001' });
  runner = t.app.get(ProjectionRunner);
});
afterAll(() => t.close());

const DEBT_CASE = `query ($id: ID!) { debtCase(id: $id) { caseId status districtCode districtNameTh provinceNameTh channel registeredAt
  registeredOn debtorFirstName debtorLastName creditorNames creditorCount debtCount totalPrincipal totalOutstanding wishesMediation
  contactAttempts nextMediation { date } version lastEventType lastEventAt } }`;
const DEBT_CASES = `query ($afterPosition: String) { debtCases(afterPosition: $afterPosition) { totalCount edges { node { caseId version } } } }`;
const COMPLAINT = `query ($id: ID!) { complaint(id: $id) { complaintId trackingCode status owningOffice { level code nameTh }
  location { subdistrictCode districtCode provinceCode lat lng } category { mainCode subCode otherText } channel receivedAt subject
  accusedName assignee { kind } possibleDuplicates { reason complaintId } duplicateOf closeReason closedAt version updatedAt } }`;
const COMPLAINTS = `query ($afterPosition: String) { complaints(afterPosition: $afterPosition) { edges { node { complaintId } } } }`;
const RECEIVE = `mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { position version complaint { complaintId } } }`;
const POSITION = /^\d+\/\d+$/;

const data = (answer: { data?: any; errors?: any[] }) => {
  expect(answer.errors).toBeUndefined();
  return answer.data;
};
const codeOf = (answer: { errors?: any[] }) => answer.errors?.[0]?.extensions;

describe('reading a case right after the mutation that wrote it', () => {
  let caseId: string;
  let debtPosition: string;
  let complaintId: string;
  let complaintPosition: string;
  let foldedDebt: object;
  let foldedComplaint: object;

  beforeAll(async () => {
    await t.caughtUp();
    await runner.stop();
    const registered = data(await debtApi(t, mukdahan).register(registration(), 'ryow-debt-1'));
    caseId = registered.r.caseId;
    debtPosition = (await mukdahan.graphql(`mutation ($input: RecordContactAttemptInput!) { r: recordContactAttempt(input: $input) { position } }`,
      { input: { caseId, commandId: 'ryow-debt-2', method: 'PHONE', reached: true, wishesMediation: 'YES' } })).data.r.position;
    const received = data(await ratchaburi.graphql(RECEIVE, { input: { ...receiveInput(), commandId: 'ryow-complaint-1' } }));
    complaintId = received.receiveComplaint.complaint.complaintId;
    complaintPosition = received.receiveComplaint.position;
  });

  it('answers every mutation with its log position, later for a later command', async () => {
    expect(debtPosition).toMatch(POSITION);
    expect(complaintPosition).toMatch(POSITION);
    const again = data(await mukdahan.graphql(
      'mutation ($input: RegisterDebtorInput!) { r: registerDebtor(input: $input) { alreadyHandled position } }',
      { input: { ...registration(), commandId: 'ryow-debt-1' } },
    ));
    expect(again.r.alreadyHandled).toBe(true);
    const [first, second] = [again.r.position, debtPosition].map((position: string) => position.split('/').map(BigInt));
    expect(first[0] < second[0] || (first[0] === second[0] && first[1] < second[1])).toBe(true);
  });

  it('finds the debt case and the complaint by id while their lists have not reached them, in their area only', async () => {
    foldedDebt = data(await mukdahan.graphql(DEBT_CASE, { id: caseId })).debtCase;
    expect(foldedDebt).toMatchObject({ caseId, status: 'CONTACTED', districtCode: '4901', contactAttempts: 1, wishesMediation: 'YES', version: 2 });
    foldedComplaint = data(await ratchaburi.graphql(COMPLAINT, { id: complaintId })).complaint;
    expect(foldedComplaint).toMatchObject({ complaintId, status: 'RECEIVED', owningOffice: { level: 'DISTRICT', code: '7001' }, version: 1 });
    expect(codeOf(await ratchaburi.graphql(DEBT_CASE, { id: caseId }))).toMatchObject({ code: 'DEBT_CASE_NOT_FOUND', field: 'id' });
    expect(codeOf(await mukdahan.graphql(COMPLAINT, { id: complaintId }))).toMatchObject({ code: 'COMPLAINT_NOT_FOUND', field: 'id' });
  });

  it('lists them without a position as the lists stand, and with it answers PROJECTION_BEHIND when the lists do not reach it', async () => {
    expect(data(await mukdahan.graphql(DEBT_CASES, {})).debtCases.edges).toEqual([]);
    const behind = await mukdahan.graphql(DEBT_CASES, { afterPosition: debtPosition });
    expect(behind.data.debtCases).toBeNull();
    expect(codeOf(behind)).toMatchObject({
      code: 'PROJECTION_BEHIND', field: 'afterPosition', messageTh: expect.stringMatching(/[ก-๙]/), messageEn: expect.any(String),
    });
    expect(codeOf(await ratchaburi.graphql(COMPLAINTS, { afterPosition: complaintPosition }))).toMatchObject({ code: 'PROJECTION_BEHIND' });
  });

  it('refuses a position that is not one', async () => {
    for (const afterPosition of ['abc', '12', '1/2/3', '-1/2']) {
      expect(codeOf(await mukdahan.graphql(DEBT_CASES, { afterPosition }))).toMatchObject({ code: 'INVALID_LOG_POSITION', field: 'afterPosition' });
    }
  });

  it('waits with the position for the lists once the projections run, and the list answers what the stream did', async () => {
    runner.start();
    const listed = data(await mukdahan.graphql(DEBT_CASES, { afterPosition: debtPosition })).debtCases;
    expect(listed.edges.map((e: { node: object }) => e.node)).toEqual([{ caseId, version: 2 }]);
    const complaints = data(await ratchaburi.graphql(COMPLAINTS, { afterPosition: complaintPosition })).complaints;
    expect(complaints.edges.map((e: { node: { complaintId: string } }) => e.node.complaintId)).toEqual([complaintId]);
    await t.caughtUp();
    expect(data(await mukdahan.graphql(DEBT_CASE, { id: caseId })).debtCase).toEqual(foldedDebt);
    expect(data(await ratchaburi.graphql(COMPLAINT, { id: complaintId })).complaint).toEqual(foldedComplaint);
  });
});
