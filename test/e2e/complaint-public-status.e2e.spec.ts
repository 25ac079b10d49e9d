import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateTrackingCode } from '../../src/cases/complaint/receipt/tracking-code.js';
import { RECEIVE, citizenId, receiveInput } from '../support/complaint-fixtures.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
/** An officer of the Damrongdhama centre of Mueang Ratchaburi (7001), and an auditor. */
let officer: SignedIn;
let auditor: SignedIn;
beforeAll(async () => {
  t = await startTestApp();
  officer = await t.signInAs({ level: 'DISTRICT', office: '7001' });
  auditor = await t.signInAs({ level: 'AUDITOR', position: 'LEGAL_OFFICER' });
});
afterAll(() => t.close());

const STATUS = `query ($code: String!) { complaintStatus(trackingCode: $code) {
  status statusTh handledBy receivedOn { th iso } updatedOn { th iso } closedOn { th iso } } }`;
const COUNT_EVENTS = `SELECT count(*)::int AS n FROM events`;

describe('public follow-up by tracking code', () => {
  it('shows status, dates and the handling centre, and nothing personal', async () => {
    const person = citizenId('150990012345');
    const input = receiveInput({ citizenId: person, firstName: 'ประภาพร', accused: 'นายวิชัย ทุจริต', subject: 'เจ้าหน้าที่เรียกรับเงินใต้โต๊ะ' });
    const { data } = await officer.graphql(RECEIVE, { input });
    const { complaintId, trackingCode, receivedAt } = data.receiveComplaint.complaint;
    await t.caughtUp();

    const typed = `  ${trackingCode.toLowerCase().replace(/-/g, ' ')} `;
    const body = await t.graphql(STATUS, { code: typed });
    const status = body.data.complaintStatus;
    const today = new Date(Date.parse(receivedAt) + 7 * 3_600_000).toISOString().slice(0, 10);
    const thaiToday = new RegExp(` ${Number(today.slice(0, 4)) + 543}$`);
    expect(status).toMatchObject({
      status: 'RECEIVED', statusTh: 'รับเรื่องแล้ว', handledBy: 'ศูนย์ดำรงธรรมอำเภอเมืองราชบุรี จังหวัดราชบุรี',
      receivedOn: { iso: today, th: expect.stringMatching(thaiToday) }, updatedOn: { iso: today }, closedOn: null,
    });

    const text = JSON.stringify(body);
    const personal = [
      person, person.slice(0, 6), 'ประภาพร', 'ใจดีมาก', '081', '0812345678', 'วิชัย', 'ทุจริต', 'เรียกรับเงิน', 'ถนนชำรุด',
      'เพชรเกษม', complaintId, '7001', '700101',
    ];
    for (const value of personal) expect(text).not.toContain(value);

    await officer.graphql(`mutation ($id: ID!) { resolveComplaint(input: { complaintId: $id, result: "ส่งเรื่องให้ ป.ป.ช." }) { version } }`, { id: complaintId });
    await officer.graphql(`mutation ($id: ID!) { closeComplaint(input: { complaintId: $id, reason: RESOLVED }) { version } }`, { id: complaintId });
    await t.caughtUp();
    const closed = await t.graphql(STATUS, { code: trackingCode });
    expect(closed.data.complaintStatus).toMatchObject({ status: 'CLOSED', statusTh: 'ยุติเรื่องแล้ว', closedOn: { iso: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } });
    for (const value of [...personal, 'ป.ป.ช.']) expect(JSON.stringify(closed)).not.toContain(value);
  });

  it('answers an unknown, a mistyped and a malformed code with the same not-found error', async () => {
    const answers = await Promise.all([generateTrackingCode(), 'ABCD-EFGH-JKM', 'abc', "' OR 1=1 --"].map(async (code) =>
      (await t.graphql(STATUS, { code })).errors));
    for (const errors of answers) {
      expect(errors).toEqual([expect.objectContaining({
        message: 'No complaint has this tracking code; check the code',
        extensions: {
          code: 'COMPLAINT_STATUS_NOT_FOUND', messageTh: expect.stringMatching(/[ก-๙]/),
          messageEn: 'No complaint has this tracking code; check the code', field: 'trackingCode',
        },
      })]);
    }
  });
});

describe('rejected complaint commands', () => {
  it('answer a typed error in Thai and English, with no stack trace, and store nothing', async () => {
    const before = (await t.db.pool.query(COUNT_EVENTS)).rows[0].n;
    const badId = await officer.graphql(RECEIVE, { input: receiveInput({ citizenId: '1101700207031' }) });
    expect(badId.errors![0].extensions).toEqual({
      code: 'CITIZEN_ID_CHECK_DIGIT', messageTh: expect.stringMatching(/[ก-๙]/), messageEn: expect.any(String),
      field: 'complainant.citizenId',
    });
    // The acting office is the account's: an account that works no cases (an auditor) receives nothing.
    const byAuditor = await auditor.graphql(RECEIVE, { input: receiveInput() });
    expect(byAuditor.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const unknown = await officer.graphql(`mutation { recordComplaintProgress(input: { complaintId: "nope", note: "x" }) { version } }`);
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'COMPLAINT_NOT_FOUND' });

    const { data } = await officer.graphql(RECEIVE, { input: receiveInput({ accused: null }) });
    const id = data.receiveComplaint.complaint.complaintId;
    const closeUnresolved = await officer.graphql(`mutation ($id: ID!) { closeComplaint(input: { complaintId: $id, reason: RESOLVED }) { version } }`, { id });
    expect(closeUnresolved.errors![0].extensions).toMatchObject({ code: 'COMPLAINT_NOT_RESOLVED', field: 'reason' });
    const teamElsewhere = await officer.graphql(`mutation ($id: ID!) { assignComplaint(input: { complaintId: $id, assignee: { kind: TAMBON_TEAM, subdistrictCode: "500101" } }) { version } }`, { id });
    expect(teamElsewhere.errors![0].extensions).toMatchObject({ code: 'COMPLAINT_TEAM_OUTSIDE_DISTRICT' });

    for (const body of [badId, byAuditor, unknown, closeUnresolved, teamElsewhere]) {
      expect(body.data).toBeNull();
      expect(JSON.stringify(body)).not.toMatch(/stacktrace|\.ts:\d+|at [A-Za-z.]+ \(/);
    }
    expect((await t.db.pool.query(COUNT_EVENTS)).rows[0].n).toBe(before + 1);
    await t.caughtUp();
    const history = await officer.graphql('query ($id: ID!) { complaintHistory(id: $id) { version } }', { id });
    expect(history.data.complaintHistory).toEqual([{ version: 1 }]);
  });
});
