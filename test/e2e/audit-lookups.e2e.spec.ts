import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { toThaiDigits } from '../../src/shared/thai-digits.js';
import { RECEIVE, receiveInput } from '../support/complaint-fixtures.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

/** What an auditor's pages read: a complaint found by its tracking code, and who read a case's personal data. */

let t: TestApp;
/** The district centre of Mueang Ratchaburi (7001), the one of Mueang Mukdahan (4901), and an auditor. */
let ratchaburi: SignedIn;
let mukdahan: SignedIn;
let auditor: SignedIn;
let complaintId: string;
let trackingCode: string;

const BY_CODE = `query ($code: String!) { complaints(filter: { trackingCode: $code }) { totalCount edges { node { complaintId trackingCode } } } }`;
const READS = `query ($id: ID!) { personalDataReads(filter: { recordId: $id }) { edges { node {
  accountId office fields readBy { kind accountId firstName lastName positionTh office { key nameTh } } } } } }`;

beforeAll(async () => {
  t = await startTestApp();
  [ratchaburi, mukdahan, auditor] = await Promise.all([
    t.signInAs({ level: 'DISTRICT', office: '7001', position: 'DEPUTY_DISTRICT_CHIEF' }),
    t.signInAs({ level: 'DISTRICT', office: '4901' }),
    t.signInAs({ level: 'AUDITOR', position: 'LEGAL_OFFICER' }),
  ]);
  const received = await ratchaburi.graphql(RECEIVE, { input: receiveInput() });
  ({ complaintId, trackingCode } = received.data.receiveComplaint.complaint);
  await t.caughtUp();
});
afterAll(() => t.close());

describe('complaints by tracking code', () => {
  it('finds the complaint however the code is typed, in the area only', async () => {
    const typed = [trackingCode, toThaiDigits(trackingCode.toLowerCase().replace(/-/g, ' ')), ` ${trackingCode.replace(/-/g, '')} `];
    for (const code of typed) {
      const { data } = await auditor.graphql(BY_CODE, { code });
      expect(data.complaints).toEqual({ totalCount: 1, edges: [{ node: { complaintId, trackingCode } }] });
    }
    expect((await ratchaburi.graphql(BY_CODE, { code: trackingCode })).data.complaints.totalCount).toBe(1);
    // Another district's office finds nothing, as for a code no complaint has.
    expect((await mukdahan.graphql(BY_CODE, { code: trackingCode })).data.complaints).toEqual({ totalCount: 0, edges: [] });
    expect((await auditor.graphql(BY_CODE, { code: 'ABCD-EFGH-JKM' })).data.complaints.totalCount).toBe(0);
    expect((await auditor.graphql(BY_CODE, { code: "' OR 1=1 --" })).data.complaints.totalCount).toBe(0);
  });
});

describe('who read personal data', () => {
  it('names the reader, the position and the office it read for', async () => {
    const detail = await ratchaburi.graphql(`query ($id: ID!) { complaintDetail(id: $id) { complainant { firstName } } }`, { id: complaintId });
    expect(detail.errors).toBeUndefined();
    const { data, errors } = await auditor.graphql(READS, { id: complaintId });
    expect(errors).toBeUndefined();
    const read = data.personalDataReads.edges.map((e: any) => e.node).find((n: any) => n.accountId === ratchaburi.accountId);
    expect(read).toMatchObject({
      office: 'DISTRICT:7001',
      fields: expect.arrayContaining(['complainant.firstName']),
      readBy: {
        kind: 'STAFF', accountId: ratchaburi.accountId, firstName: 'สมศรี', lastName: expect.stringMatching(/^ทดสอบ/),
        positionTh: 'ปลัดอำเภอ', office: { key: 'DISTRICT:7001', nameTh: 'อำเภอเมืองราชบุรี' },
      },
    });
  });
});

describe('frozen reports verified against the log', () => {
  const VERIFY = '{ frozenReportVerification { checkedAt checked matching differing { kind day storedSha256 contentSha256 regeneratedSha256 offices } } }';

  it('answers an auditor and a central administrator the same counts, and refuses a district office', async () => {
    const [audited, administered] = await Promise.all([auditor.graphql(VERIFY), t.admin.graphql(VERIFY)]);
    expect(audited.errors).toBeUndefined();
    const { checked, matching, differing } = audited.data.frozenReportVerification;
    expect({ checked, matching, differing }).toEqual({ checked: matching, matching: expect.any(Number), differing: [] });
    expect(administered.data.frozenReportVerification).toMatchObject({ checked, matching, differing: [] });
    expect((await ratchaburi.graphql(VERIFY)).errors![0].extensions.code).toBe('FORBIDDEN');
  });
});
