import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema, isNonNullType } from 'graphql';
import { receiveInput, RECEIVE } from '../support/complaint-fixtures.js';
import { debtApi, registration } from '../support/debt-api.js';
import { startTestApp, type GraphQLAnswer, type SignedIn, type TestApp } from '../support/test-app.js';

/**
 * Every refusal of a request in one answer: one GraphQL error per refused field, each typed (code, field, Thai
 * and English), whether a decider refuses the values or graphql refuses the request's shape; and a query whose
 * root fields are refused one by one keeps the data of the others.
 */

let t: TestApp;
let debtOfficer: SignedIn;
let complaintOfficer: SignedIn;
beforeAll(async () => {
  t = await startTestApp();
  [debtOfficer, complaintOfficer] = await Promise.all([
    t.signInAs({ level: 'DISTRICT', office: '4901' }), t.signInAs({ level: 'DISTRICT', office: '7001' }),
  ]);
}, 60_000);
afterAll(() => t.close());

const THAI = /[\u0E00-\u0E7F]/;
/** Each error's code and field, in order; and that each carries a Thai and an English message. */
function refusals(answer: GraphQLAnswer): [string, string | null][] {
  for (const error of answer.errors ?? []) {
    expect(error.extensions).toEqual({
      code: expect.any(String), field: error.extensions.field === null ? null : expect.any(String),
      messageTh: expect.stringMatching(THAI), messageEn: error.message,
    });
  }
  return (answer.errors ?? []).map((error) => [error.extensions.code, error.extensions.field]);
}
const events = async () => (await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0].n;

describe('a command refused on several fields', () => {
  it('answers a registration with three bad fields with three typed errors, and stores nothing', async () => {
    const before = await events();
    const input = registration({
      debtor: { ...registration().debtor, citizenId: '1101700207031', phone: '๘๑๒๓' },
      debts: [{ principal: '50,00', outstanding: '0' }],
    });
    const answer = await debtApi(t, debtOfficer).register(input);
    expect(answer.data).toBeNull();
    expect(refusals(answer)).toEqual([
      ['CITIZEN_ID_CHECK_DIGIT', 'debtor.citizenId'], ['PHONE_MALFORMED', 'debtor.phone'], ['AMOUNT_MALFORMED', 'debts[0].principal'],
    ]);
    expect(answer.errors!.map((e) => e.path)).toEqual([['r'], ['r'], ['r']]);
    expect(answer.errors![0].extensions.messageTh).toBe('เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) กรุณาตรวจสอบอีกครั้ง');
    expect(await events()).toBe(before);
  });

  it('answers a complaint with bad fields with one typed error each, its received date among them', async () => {
    const input = receiveInput({ subdistrict: '700101', subject: ' ', receivedAt: '30/2/2567' });
    const answer = await complaintOfficer.graphql(RECEIVE, {
      input: { ...input, complainant: { ...input.complainant, phone: '081-2345' }, location: { ...input.location, point: { lat: 16.8, lng: 96.15 } } },
    });
    expect(answer.data).toBeNull();
    expect(refusals(answer)).toEqual([
      ['DATE_MALFORMED', 'receivedAt'], ['PHONE_MALFORMED', 'complainant.phone'], ['TEXT_REQUIRED', 'subject'],
      ['COMPLAINT_LOCATION_OUTSIDE_THAILAND', 'location.point'],
    ]);
  });

  it('answers a staff account form with three bad fields with three typed errors', async () => {
    const answer = await t.admin.graphql(`mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { oneTimePassword } }`, {
      input: {
        citizenId: '1101700207031', title: 'นาง', firstName: 'สมศรี', lastName: ' ', position: 'ADMINISTRATIVE_OFFICER',
        level: 'DISTRICT', officeCode: '4901', officePhone: '02-123',
      },
    });
    expect(answer.data).toBeNull();
    expect(refusals(answer)).toEqual([['CITIZEN_ID_CHECK_DIGIT', 'citizenId'], ['TEXT_REQUIRED', 'lastName'], ['PHONE_MALFORMED', 'officePhone']]);
  });
});

describe("graphql's own refusals of a request, typed", () => {
  const REGISTER = (input: string) => `mutation { registerDebtor${input} { caseId } }`;

  it('names a required argument left out of the document', async () => {
    const answer = await debtOfficer.graphql(REGISTER(''));
    expect(refusals(answer)).toEqual([['INPUT_REQUIRED', 'input']]);
    expect(answer.errors![0].extensions.messageTh).toBe('ต้องระบุข้อมูลช่องนี้');
    const history = await debtOfficer.graphql('{ debtCaseHistory { type } }');
    expect(refusals(history)).toEqual([['INPUT_REQUIRED', 'id']]);
  });

  it('answers a literal of the wrong type, a field left out and a field the input has not, all at once, in the order of the document', async () => {
    const answer = await debtOfficer.graphql(REGISTER(`(input: {
      debtor: { citizenId: 1101700207030, title: "นาง", firstName: "สมหญิง", occupation: "ค้าขาย", nickname: "หญิง",
        address: { line: "1", subdistrictCode: "490101", districtCode: "4901", provinceCode: "49" } },
      debts: [{ principal: "1", outstanding: 1 }] })`));
    expect(refusals(answer)).toEqual([
      ['INPUT_REQUIRED', 'channel'], ['INPUT_REQUIRED', 'creditors'], ['INPUT_REQUIRED', 'helpWanted'],
      ['INPUT_REQUIRED', 'debtor.lastName'], ['INPUT_VALUE_INVALID', 'debtor.citizenId'], ['INPUT_FIELD_UNKNOWN', 'debtor.nickname'],
      ['INPUT_VALUE_INVALID', 'debts[0].outstanding'],
    ]);
    expect(answer.errors![4].extensions).toMatchObject({ messageTh: 'ค่าในช่องนี้ไม่ถูกต้อง ต้องเป็นข้อความ', messageEn: 'The value is not a valid String' });
  });

  it('answers an enum value that does not exist and a field the input has not, without suggesting names', async () => {
    const answer = await complaintOfficer.graphql('mutation { closeComplaint(input: { complaintId: "c-1", reason: WITHDRAW, why: "x" }) { version } }');
    expect(refusals(answer)).toEqual([['INPUT_VALUE_INVALID', 'reason'], ['INPUT_FIELD_UNKNOWN', 'why']]);
    expect(answer.errors![0].extensions.messageTh).toBe('ค่าในช่องนี้ไม่ถูกต้อง ต้องเป็นค่าใดค่าหนึ่งที่กำหนดไว้');
    expect(JSON.stringify(answer)).not.toMatch(/Did you mean|WITHDRAWN/);
  });

  it('answers the same of variables: every field left out, unknown or of the wrong type at once, before any decider', async () => {
    const before = await events();
    const { debtor } = registration();
    const answer = await debtApi(t, debtOfficer).register({
      channel: 'COUNTER', debtor: { ...debtor, lastName: undefined, nickname: 'หญิง', address: 'บ้านเลขที่ 1' },
      creditors: [{ kind: 'PERSON', name: 'นายสมชาย' }], debts: [{ principal: 5, outstanding: '1' }, null],
    });
    expect(refusals(answer)).toEqual([
      ['INPUT_FIELD_UNKNOWN', 'debtor.nickname'], ['INPUT_VALUE_INVALID', 'debtor.address'], ['INPUT_REQUIRED', 'debtor.lastName'],
      ['INPUT_VALUE_INVALID', 'debts[0].principal'], ['INPUT_REQUIRED', 'debts[1]'], ['INPUT_REQUIRED', 'helpWanted'],
    ]);
    expect(JSON.stringify(answer)).not.toContain('1101700207030');
    expect(await events()).toBe(before);
    const unsent = await debtOfficer.graphql('query ($id: ID!) { debtCaseHistory(id: $id) { type } }', {});
    expect(refusals(unsent)).toEqual([['INPUT_REQUIRED', 'id']]);
    // A required variable in a place that takes none is left to graphql's coercion of variables, typed the same.
    const unsentVariable = await t.admin.graphql('query ($type: StreamType!) { caseStreams(caseType: $type) { totalCount } }', {});
    expect(refusals(unsentVariable)).toEqual([['INPUT_REQUIRED', 'type']]);
  });
});

describe('a query whose root fields are refused one by one', () => {
  it('keeps the public geography for a signed-out user, refusing projectionStatus alone', async () => {
    const answer = await t.graphql(`{
      provinces { code nameTh nameEn }
      districts(provinceCode: "๕๐") { code nameTh }
      projectionStatus { name state position lagEvents lagSeconds lastError }
    }`);
    expect(answer.data.provinces).toHaveLength(77);
    expect(answer.data.districts).toContainEqual({ code: '5001', nameTh: 'เมืองเชียงใหม่' });
    expect(answer.data.projectionStatus).toBeNull();
    expect(refusals(answer)).toEqual([['UNAUTHENTICATED', null]]);
    expect(answer.errors![0].path).toEqual(['projectionStatus']);
  });

  it('keeps what a signed-in officer may read beside what lies outside the area', async () => {
    const answer = await debtOfficer.graphql('{ me { account { officeKey } } nationalCounts { closed } caseStreams { totalCount } }');
    expect(answer.data).toEqual({ me: { account: { officeKey: 'DISTRICT:4901' } }, nationalCounts: null, caseStreams: null });
    expect(refusals(answer)).toEqual([['FORBIDDEN', null], ['FORBIDDEN', null]]);
  });

  it('keeps the other fields beside a refused report, certification list or stream history', async () => {
    const answer = await debtOfficer.graphql(`{
      me { account { officeKey } }
      dailyMediationReport(date: "2568-03-08", provinceCode: "49") { __typename }
      dailyReportCertifications(date: "2568-02-30", provinceCode: "49") { __typename }
      monthlyMediationReport(month: "2568-13", provinceCode: "49") { __typename }
      streamHistory(streamId: "debt-DEBT-7KQ3-M2XP-AB9C") { type }
    }`);
    expect(answer.data).toEqual({
      me: { account: { officeKey: 'DISTRICT:4901' } },
      dailyMediationReport: null, dailyReportCertifications: null, monthlyMediationReport: null, streamHistory: null,
    });
    expect(refusals(answer).sort()).toEqual([
      ['CALENDAR_MALFORMED_DATE', 'date'], ['FORBIDDEN', null], ['REPORT_MALFORMED_MONTH', 'month'], ['REPORT_NOT_WORKING_DAY', 'date'],
    ]);
  });

  it('leaves only provinces non-null among the root query fields', async () => {
    const schema = buildSchema(await readFile('schema.graphql', 'utf8'));
    const nonNull = Object.values(schema.getQueryType()!.getFields()).filter((f) => isNonNullType(f.type)).map((f) => f.name);
    expect(nonNull).toEqual(['provinces']);
  });
});
