import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CHANGE, RECEIVE, province, receiveInput } from '../support/complaint-fixtures.js';
import { debtApi, registration } from '../support/debt-api.js';
import { OWN_PASSWORD, startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
/** A deputy district chief of Mueang Mukdahan (4901), moved to Nikhom Kham Soi (4902) halfway through. */
let deputy: SignedIn;
/** An officer of Nikhom Kham Soi, who reads the history of the case it received. */
let receiving: SignedIn;
let auditor: SignedIn;
/** The district centre of Mueang Ratchaburi (7001) and the province centre of Ratchaburi (70). */
let ratchaburi: SignedIn;
let ratchaburiProvince: SignedIn;
let deputyName: { title: string; firstName: string; lastName: string };
let caseId: string;

const SIGN_IN = 'mutation ($citizenId: String!, $password: String!) { signIn(input: { citizenId: $citizenId, password: $password }) { token } }';
const MOVE = `mutation ($id: ID!) { changeStaffAccountOffice(input: { accountId: $id, level: DISTRICT, officeCode: "4902" }) { officeKey } }`;
const ENTRY = `type typeLabelTh typeLabelEn
  actedBy { actor kind accountId title firstName lastName position positionTh office { key code nameTh } systemTh systemEn }
  changes { field labelTh labelEn before after beforeTh afterTh }`;

async function ok(as: { graphql: SignedIn['graphql'] }, query: string, variables: Record<string, unknown> = {}) {
  const body = await as.graphql(query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return Object.values(body.data)[0] as any;
}

const changeOf = (entry: any, field: string) => entry.changes.find((c: { field: string }) => c.field === field);
/** No change may fall back to its raw path for a name. */
const unlabelled = (entries: any[]) => entries.flatMap((e) => e.changes).filter((c: any) => c.labelEn === c.field || c.labelTh === c.field);

beforeAll(async () => {
  t = await startTestApp();
  deputy = await t.signInAs({ level: 'DISTRICT', office: '4901', position: 'DEPUTY_DISTRICT_CHIEF' });
  receiving = await t.signInAs({ level: 'DISTRICT', office: '4902' });
  auditor = await t.signInAs({ level: 'AUDITOR', position: 'LEGAL_OFFICER' });
  ratchaburi = await t.signInAs({ level: 'DISTRICT', office: '7001' });
  ratchaburiProvince = await t.signInAs({ level: 'PROVINCE', office: '70' });
  deputyName = await ok(t.admin, 'query ($id: ID!) { staffAccount(id: $id) { title firstName lastName } }', { id: deputy.accountId });

  const api = debtApi(t, deputy);
  caseId = (await api.register(registration())).data.r.caseId;
  expect((await api.send('transferDebtCase', caseId, { toDistrictCode: '4902', reason: 'ลูกหนี้ย้ายไปอยู่นิคมคำสร้อย' })).errors).toBeUndefined();
  expect(await ok(t.admin, MOVE, { id: deputy.accountId })).toEqual({ officeKey: 'DISTRICT:4902' });
  const { token } = await ok(t, SIGN_IN, { citizenId: deputy.citizenId, password: OWN_PASSWORD });
  const moved = { graphql: (query: string, variables?: Record<string, unknown>) => t.graphql(query, variables, { token }) };
  await ok(moved, `mutation ($input: RecordContactAttemptInput!) { recordContactAttempt(input: $input) { caseId } }`,
    { input: { caseId, method: 'PHONE', reached: true, wishesMediation: 'YES' } });
  await t.caughtUp();
});
afterAll(() => t.close());

describe('history entries', () => {
  it('name the officer with the position and office of the time, even after the account moved office', async () => {
    const entries = await ok(receiving, `{ debtCaseHistory(id: "${caseId}") { ${ENTRY} } }`);
    expect(entries.map((e: any) => [e.type, e.typeLabelTh, e.typeLabelEn])).toEqual([
      ['DebtorRegistered', 'ลงทะเบียนลูกหนี้นอกระบบ', 'Debtor registered'],
      ['DebtCaseTransferred', 'ส่งต่อข้อมูลไปยังอำเภอ/เขตอื่น', 'Case transferred to another district'],
      ['DebtContactAttemptRecorded', 'บันทึกการติดต่อลูกหนี้', 'Contact attempt recorded'],
    ]);
    const officer = {
      actor: `account:${deputy.accountId}`, kind: 'STAFF', accountId: deputy.accountId, ...deputyName,
      position: 'DEPUTY_DISTRICT_CHIEF', positionTh: 'ปลัดอำเภอ', systemTh: null, systemEn: null,
    };
    const mukdahan = { key: 'DISTRICT:4901', code: '4901', nameTh: 'อำเภอเมืองมุกดาหาร' };
    expect(entries.map((e: any) => e.actedBy)).toEqual([
      { ...officer, office: mukdahan },
      { ...officer, office: mukdahan },
      { ...officer, office: { key: 'DISTRICT:4902', code: '4902', nameTh: 'อำเภอนิคมคำสร้อย' } },
    ]);
  });

  it('carry typed changes, each field named in Thai and English, so that no client parses the data', async () => {
    const [registered, transferred, contacted] = await ok(auditor, `{ debtCaseHistory(id: "${caseId}") { ${ENTRY} } }`);
    expect(changeOf(registered, 'debtor.citizenId')).toEqual({
      field: 'debtor.citizenId', labelTh: 'เลขประจำตัวประชาชนลูกหนี้', labelEn: 'Debtor citizen id', before: null, after: '1101700207030',
      beforeTh: null, afterTh: '1101700207030',
    });
    expect(changeOf(registered, 'figures.channel')).toMatchObject({ after: 'COUNTER', afterTh: 'ลงทะเบียน ณ จุดรับลงทะเบียน' });
    expect(changeOf(registered, 'debts.0.startDate')).toMatchObject({ labelEn: 'Start date #1', after: '2023-06-01', afterTh: '1 มิถุนายน 2566' });
    expect(changeOf(transferred, 'figures.districtCode')).toMatchObject({
      labelTh: 'อำเภอ/เขตที่รับผิดชอบ', before: '4901', after: '4902', beforeTh: '4901 อำเภอเมืองมุกดาหาร', afterTh: '4902 อำเภอนิคมคำสร้อย',
    });
    expect(changeOf(transferred, 'reason')).toMatchObject({ before: null, after: 'ลูกหนี้ย้ายไปอยู่นิคมคำสร้อย' });
    expect(contacted.changes.map((c: any) => [c.field, c.before, c.afterTh])).toEqual([
      ['status', 'REGISTERED', 'ติดต่อลูกหนี้แล้ว'], ['wishesMediation', 'UNDECIDED', 'ประสงค์ไกล่เกลี่ย'], ['contactAttempts', '0', '1'],
      ['method', null, 'โทรศัพท์'], ['reached', null, 'ใช่'],
    ]);
    expect(unlabelled([registered, transferred, contacted])).toEqual([]);
  });

  it('show an account\'s own history: who created and moved it, and the system for the first administrator', async () => {
    const entries = await ok(auditor, `{ streamHistory(streamId: "account-${deputy.accountId}") { ${ENTRY} } }`);
    expect(entries.map((e: any) => [e.typeLabelEn, e.actedBy.office?.key])).toEqual([
      ['Account created', 'PROVINCE:49'], ['Password changed', 'DISTRICT:4901'], ['Office changed', 'CENTRAL'],
    ]);
    expect(entries[2].actedBy).toMatchObject({ accountId: t.admin.accountId, firstName: 'ดำรง', lastName: 'ธรรมา', positionTh: 'นิติกร' });
    expect(changeOf(entries[2], 'office.code')).toMatchObject({ before: '4901', after: '4902', afterTh: '4902 อำเภอนิคมคำสร้อย' });
    expect(changeOf(entries[1], 'mustChangePassword')).toMatchObject({ before: 'true', after: 'false', afterTh: 'ไม่ใช่' });
    expect(unlabelled(entries)).toEqual([]);

    const [created] = await ok(auditor, `{ streamHistory(streamId: "account-${t.admin.accountId}") { ${ENTRY} } }`);
    expect(created.actedBy).toEqual({
      actor: 'system:bootstrap', kind: 'SYSTEM', accountId: null, title: null, firstName: null, lastName: null, position: null,
      positionTh: null, office: null, systemTh: 'การตั้งค่าระบบครั้งแรก', systemEn: 'System set-up',
    });
  });

  it('do the same for a complaint: the officer, the office it passed to, the receipt\'s people and text', async () => {
    const id = (await ok(ratchaburi, RECEIVE, { input: receiveInput() })).complaint.complaintId;
    await ok(ratchaburi, `mutation ($id: ID!, $to: OfficeInput!) { forwardComplaint(input: { complaintId: $id, to: $to }) { ${CHANGE} } }`, { id, to: province('70') });
    await t.caughtUp();
    const entries = await ok(ratchaburiProvince, `query ($id: ID!) { complaintHistory(id: $id) { ${ENTRY} } }`, { id });
    expect(entries.map((e: any) => [e.typeLabelTh, e.actedBy.accountId, e.actedBy.office.nameTh])).toEqual([
      ['รับเรื่องร้องเรียนร้องทุกข์', ratchaburi.accountId, 'อำเภอเมืองราชบุรี'],
      ['ส่งต่อเรื่อง', ratchaburi.accountId, 'อำเภอเมืองราชบุรี'],
    ]);
    const [received, forwarded] = entries;
    expect(changeOf(received, 'complainant.firstName')).toMatchObject({ labelTh: 'ชื่อผู้ร้อง', after: 'สมหญิง' });
    expect(changeOf(received, 'channel')).toMatchObject({ after: 'WALK_IN', afterTh: 'มาด้วยตนเอง' });
    expect(changeOf(received, 'category.subCode')).toMatchObject({ after: 'PUBLIC_UTILITIES', afterTh: 'สาธารณูปโภค (ถนน ไฟฟ้า ประปา)' });
    expect(changeOf(forwarded, 'owningOffice.code')).toMatchObject({ before: '7001', after: '70', afterTh: '70 จังหวัดราชบุรี' });
    expect(unlabelled(entries)).toEqual([]);

    const { rows } = await t.db.pool.query<{ record_type: string; record_id: string; fields: string[] }>(
      'SELECT record_type, record_id, fields FROM personal_data_reads WHERE account_id = $1', [ratchaburiProvince.accountId]);
    const fieldsOf = (type: string, recordId: string) => rows.filter((r) => r.record_type === type && r.record_id === recordId).flatMap((r) => r.fields);
    expect(fieldsOf('complaint', id)).toEqual(expect.arrayContaining(['changes.complainant.firstName', 'changes.description']));
    expect(fieldsOf('complaint', id)).not.toContain('changes.channel');
    expect(fieldsOf('staff_account', ratchaburi.accountId).sort()).toEqual(['firstName', 'lastName', 'title']);
    expect(JSON.stringify(rows)).not.toMatch(/สมหญิง|สมศรี/);
  });
});
