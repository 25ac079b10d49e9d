import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CHANGE, RECEIVE, province, receiveInput } from '../support/complaint-fixtures.js';
import { bangkokToday, citizenId, debtApi, registration } from '../support/debt-api.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
/** An officer of the province of Mukdahan (49), whose area holds both districts the case moves between. */
let officer: SignedIn;
/** Officers of the districts a case leaves and enters, and of another province. */
let leftBehind: SignedIn;
let elsewhere: SignedIn;
/** The district centre of Mueang Ratchaburi (7001) and the province centre of Ratchaburi (70). */
let ratchaburi: SignedIn;
let ratchaburiProvince: SignedIn;
beforeAll(async () => {
  t = await startTestApp();
  officer = await t.signInAs({ level: 'PROVINCE', office: '49', position: 'LEGAL_OFFICER' });
  leftBehind = await t.signInAs({ level: 'DISTRICT', office: '4901' });
  elsewhere = await t.signInAs({ level: 'PROVINCE', office: '70' });
  ratchaburi = await t.signInAs({ level: 'DISTRICT', office: '7001', position: 'DEPUTY_DISTRICT_CHIEF' });
  ratchaburiProvince = elsewhere;
});
afterAll(() => t.close());

const PLACE = 'subdistrict { code nameTh } district { code nameTh } province { code nameTh }';
const DEBT_DETAIL = `query ($id: ID!) { debtCaseDetail(id: $id) {
  caseId version status channel registeredAt registeredOn district { code nameTh } province { code nameTh }
  attributedDistrict { code } transferred creditorCount debtCount totalPrincipal totalOutstanding wishesMediation
  debtor { citizenId title firstName lastName phone occupation address { line ${PLACE} } }
  creditors { kind name citizenId companyId phone address { line ${PLACE} } }
  debts { creditorIndex principal outstanding interestRatePerMonth startDate collateral }
  helpWanted { kinds note }
  amendments { at reason changed }
  contactAttempts { at district { code } method reached wishesMediation note }
  transfers { at from { code nameTh } to { code nameTh } reason cancelledMediation { date time place } }
  mediationSessions { scheduledAt district { code } date time place state
    outcome { outcome recordedAt debtBefore debtAfter reduction instalmentPlan { instalmentCount instalmentAmount firstDueDate } note } }
  nextMediation { date }
  agreement { debtBefore debtAfter reduction mediationDate recordedAt instalmentPlan { instalmentCount instalmentAmount firstDueDate } }
  referral { agency agencyName note at }
  closing { reason statusBefore duplicateOfCaseId note at }
  reopenings { at reason closedReason }
  lastEventAt } }`;

/** The answer's data, after checking it came without errors. */
async function ok(as: SignedIn, query: string, variables: Record<string, unknown>) {
  const body = await as.graphql(query, variables);
  expect(body.errors).toBeUndefined();
  return Object.values(body.data)[0] as any;
}

/** A day `days` after today in Bangkok, YYYY-MM-DD. */
const daysAhead = (days: number) => new Date(Date.parse(bangkokToday().iso) + days * 86_400_000).toISOString().slice(0, 10);

const COMPANY_ID = citizenId('010555512345');
const NAMES = { subdistrict: { code: '490101', nameTh: 'มุกดาหาร' }, district: { code: '4901', nameTh: 'เมืองมุกดาหาร' }, province: { code: '49', nameTh: 'มุกดาหาร' } };

describe('a debt case read back whole', () => {
  let id: string;

  beforeAll(async () => {
    const api = debtApi(t, officer);
    const registered = await api.register(registration({
      creditors: [
        { kind: 'PERSON', name: 'นายสมชาย เงินด่วน', citizenId: '3100500123458', phone: '0891234567',
          address: { line: '9 ถนนพิทักษ์พนมเขต', subdistrictCode: '490101', districtCode: '4901', provinceCode: '49' } },
        { kind: 'COMPANY', name: 'บริษัท เงินทันใจ จำกัด', companyId: COMPANY_ID, address: { provinceCode: '10' } },
      ],
      debts: [
        { creditorIndex: 0, principal: '๕๐,๐๐๐', outstanding: '๖๒,๕๐๐.๕๐', interestRatePerMonth: '๒๐', startDate: '๑/๖/๒๕๖๖', collateral: 'โฉนดที่ดิน' },
        { creditorIndex: 1, principal: '10,000', outstanding: '12,000' },
      ],
      helpWanted: { kinds: ['MEDIATION', 'OCCUPATION'], note: 'อยากฝึกอาชีพตัดเย็บ' },
    }));
    expect(registered.errors).toBeUndefined();
    id = registered.data.r.caseId;
    const today = bangkokToday().iso;
    const steps: [Parameters<typeof api.send>[0], object][] = [
      ['amendDebtRegistration', { reason: 'ลูกหนี้แจ้งเบอร์ใหม่', debtor: { ...registration().debtor, phone: '0899999999' } }],
      ['recordContactAttempt', { method: 'LETTER', reached: false, wishesMediation: 'UNDECIDED' }],
      ['recordContactAttempt', { method: 'PHONE', reached: true, wishesMediation: 'YES', note: 'สะดวกวันราชการ' }],
      ['scheduleMediation', { date: today, place: 'ที่ว่าการอำเภอเมืองมุกดาหาร' }],
      ['transferDebtCase', { toDistrictCode: '4902', reason: 'ลูกหนี้ย้ายไปอยู่นิคมคำสร้อย' }],
      ['scheduleMediation', { date: today, time: '9.30', place: 'ที่ว่าการอำเภอนิคมคำสร้อย' }],
      ['scheduleMediation', { date: today, time: '13.00', place: 'ห้องประชุมอำเภอนิคมคำสร้อย' }],
      ['recordMediationOutcome', {
        outcome: 'AGREED', debtAfter: '60,000', note: 'เจ้าหนี้ยอมลดดอกเบี้ย',
        instalmentPlan: { instalmentCount: '12', instalmentAmount: '5,000', firstDueDate: daysAhead(30) },
      }],
      ['referDebtCase', { agency: 'POLICE_INVESTIGATOR', note: 'เจ้าหนี้ข่มขู่ลูกหนี้หลังตกลง' }],
      ['closeDebtCase', { reason: 'REFERRED', note: 'ส่งพนักงานสอบสวนแล้ว' }],
    ];
    for (const [mutation, input] of steps) expect((await api.send(mutation, id, input)).errors).toBeUndefined();
  });

  it('answers the debtor, the creditors, the debts, every contact, transfer and session, the agreement, the referral and the closing', async () => {
    const today = bangkokToday().iso;
    const detail = await ok(officer, DEBT_DETAIL, { id });
    expect(detail).toMatchObject({
      caseId: id, version: 11, status: 'CLOSED', channel: 'COUNTER', registeredOn: today,
      district: { code: '4902', nameTh: 'นิคมคำสร้อย' }, province: { code: '49', nameTh: 'มุกดาหาร' }, attributedDistrict: { code: '4901' },
      transferred: true, creditorCount: 2, debtCount: 2, totalPrincipal: '60000.00', totalOutstanding: '74500.50', wishesMediation: 'YES',
      debtor: {
        citizenId: '1101700207030', title: 'นาง', firstName: 'สมหญิง', lastName: 'ใจดี', phone: '0899999999', occupation: 'ค้าขาย',
        address: { line: '12/3 หมู่ 4', ...NAMES },
      },
      creditors: [
        { kind: 'PERSON', name: 'นายสมชาย เงินด่วน', citizenId: '3100500123458', companyId: null, phone: '0891234567',
          address: { line: '9 ถนนพิทักษ์พนมเขต', ...NAMES } },
        { kind: 'COMPANY', name: 'บริษัท เงินทันใจ จำกัด', citizenId: null, companyId: COMPANY_ID, phone: null,
          address: { line: null, subdistrict: null, district: null, province: { code: '10', nameTh: 'กรุงเทพมหานคร' } } },
      ],
      debts: [
        { creditorIndex: 0, principal: '50000.00', outstanding: '62500.50', interestRatePerMonth: '20', startDate: '2023-06-01', collateral: 'โฉนดที่ดิน' },
        { creditorIndex: 1, principal: '10000.00', outstanding: '12000.00', interestRatePerMonth: null, startDate: null, collateral: null },
      ],
      helpWanted: { kinds: ['MEDIATION', 'OCCUPATION'], note: 'อยากฝึกอาชีพตัดเย็บ' },
      amendments: [{ reason: 'ลูกหนี้แจ้งเบอร์ใหม่', changed: ['DEBTOR'] }],
      contactAttempts: [
        { district: { code: '4901' }, method: 'LETTER', reached: false, wishesMediation: 'UNDECIDED', note: null },
        { district: { code: '4901' }, method: 'PHONE', reached: true, wishesMediation: 'YES', note: 'สะดวกวันราชการ' },
      ],
      transfers: [{
        from: { code: '4901', nameTh: 'เมืองมุกดาหาร' }, to: { code: '4902', nameTh: 'นิคมคำสร้อย' }, reason: 'ลูกหนี้ย้ายไปอยู่นิคมคำสร้อย',
        cancelledMediation: { date: today, time: null, place: 'ที่ว่าการอำเภอเมืองมุกดาหาร' },
      }],
      nextMediation: null,
      agreement: {
        debtBefore: '74500.50', debtAfter: '60000.00', reduction: '14500.50', mediationDate: today,
        instalmentPlan: { instalmentCount: 12, instalmentAmount: '5000.00', firstDueDate: daysAhead(30) },
      },
      referral: { agency: 'POLICE_INVESTIGATOR', agencyName: null, note: 'เจ้าหนี้ข่มขู่ลูกหนี้หลังตกลง' },
      closing: { reason: 'REFERRED', statusBefore: 'REFERRED', duplicateOfCaseId: null, note: 'ส่งพนักงานสอบสวนแล้ว' },
      reopenings: [],
    });
    expect(detail.mediationSessions).toEqual([
      { scheduledAt: expect.any(String), district: { code: '4901' }, date: today, time: null, place: 'ที่ว่าการอำเภอเมืองมุกดาหาร', state: 'CANCELLED', outcome: null },
      { scheduledAt: expect.any(String), district: { code: '4902' }, date: today, time: '09:30', place: 'ที่ว่าการอำเภอนิคมคำสร้อย', state: 'RESCHEDULED', outcome: null },
      {
        scheduledAt: expect.any(String), district: { code: '4902' }, date: today, time: '13:00', place: 'ห้องประชุมอำเภอนิคมคำสร้อย', state: 'HELD',
        outcome: {
          outcome: 'AGREED', recordedAt: expect.any(String), debtBefore: '74500.50', debtAfter: '60000.00', reduction: '14500.50',
          instalmentPlan: { instalmentCount: 12, instalmentAmount: '5000.00', firstDueDate: daysAhead(30) }, note: 'เจ้าหนี้ยอมลดดอกเบี้ย',
        },
      },
    ]);
    const instants = [detail.registeredAt, ...detail.contactAttempts.map((c: any) => c.at), detail.transfers[0].at, detail.closing.at, detail.lastEventAt];
    for (const instant of instants) expect(Math.abs(Date.now() - Date.parse(instant))).toBeLessThan(10 * 60 * 1000);
  });

  it('logs each personal field read by name, never its value, and nothing of a read that took none', async () => {
    const count = async () => (await t.db.pool.query('SELECT count(*)::int AS n FROM personal_data_reads')).rows[0].n;
    const before = await count();
    await ok(officer, `query ($id: ID!) { debtCaseDetail(id: $id) { status channel contactAttempts { method } closing { reason } } }`, { id });
    expect(await count()).toBe(before);
    await ok(officer, DEBT_DETAIL, { id });
    const { rows } = await t.db.pool.query<{ account_id: string; office: string; fields: string[] }>(
      `SELECT account_id, office, fields FROM personal_data_reads WHERE record_type = 'debt_case' AND record_id = $1`, [id]);
    expect(rows.every((r) => r.account_id === officer.accountId && r.office === 'PROVINCE:49')).toBe(true);
    const fields = new Set(rows.flatMap((r) => r.fields));
    for (const field of [
      'debtor.citizenId', 'debtor.phone', 'debtor.address.line', 'debtor.address.subdistrict.nameTh', 'creditors.name', 'creditors.companyId',
      'debts.outstanding', 'debts.collateral', 'totalOutstanding', 'helpWanted.note', 'amendments.reason', 'contactAttempts.note',
      'transfers.reason', 'mediationSessions.outcome.debtAfter', 'mediationSessions.outcome.instalmentPlan.instalmentAmount',
      'mediationSessions.outcome.note', 'agreement.reduction', 'referral.note', 'closing.note',
    ]) expect([field, fields.has(field)]).toEqual([field, true]);
    for (const field of ['status', 'contactAttempts.method', 'helpWanted.kinds', 'closing.reason', 'mediationSessions.place']) {
      expect([field, fields.has(field)]).toEqual([field, false]);
    }
    const text = JSON.stringify(rows);
    for (const value of ['1101700207030', 'สมหญิง', '74500', COMPANY_ID, 'ข่มขู่']) expect(text).not.toContain(value);
  });

  it('answers a case outside the reader\'s area as not found, as the case list does', async () => {
    for (const reader of [leftBehind, elsewhere]) {
      const body = await reader.graphql(DEBT_DETAIL, { id });
      expect(body.data).toEqual({ debtCaseDetail: null });
      expect(body.errors!.map((e) => e.extensions)).toEqual([{
        code: 'DEBT_CASE_NOT_FOUND', messageTh: 'ไม่พบเรื่องลูกหนี้นอกระบบนี้', messageEn: 'There is no such debt case', field: 'id',
      }]);
    }
    const unknown = await officer.graphql(DEBT_DETAIL, { id: 'DEBT-0000-0000-0000' });
    expect(unknown.errors![0].extensions.code).toBe('DEBT_CASE_NOT_FOUND');
    const { rows } = await t.db.pool.query(`SELECT 1 FROM personal_data_reads WHERE record_type = 'debt_case' AND account_id = ANY($1)`, [[leftBehind.accountId, elsewhere.accountId]]);
    expect(rows).toEqual([]);
  });
});

const COMPLAINT_DETAIL = `query ($id: ID!) { complaintDetail(id: $id) {
  complaintId trackingCode version status channel receivedAt recordedAt receivedBy { level code nameTh } owningOffice { level code nameTh }
  subject description category { mainCode mainNameTh subCode subNameTh otherText }
  complainant { anonymous citizenId title firstName lastName phone address { line ${PLACE} } }
  accused { kind name position agency }
  location { ${PLACE} lat lng }
  assignee { kind subdistrict { code nameTh } name }
  assignments { at by { code } assignee { kind subdistrict { code } name } note }
  progressNotes { at by { code } note }
  forwards { at from { level code } to { level code nameTh } note }
  resolution { result at by { code } }
  closing { reason note duplicateOf at by { code } }
  reopenings { at by { code } reason }
  duplicateOf possibleDuplicates { reason } lastEventAt } }`;

const act = (mutation: string, args: string, params: string) =>
  `mutation ($id: ID!${args}) { ${mutation}(input: { complaintId: $id${params} }) { ${CHANGE} } }`;
const ASSIGN = act('assignComplaint', ', $assignee: AssigneeInput!, $note: String', ', assignee: $assignee, note: $note');
const PROGRESS = act('recordComplaintProgress', ', $note: String!', ', note: $note');
const FORWARD = act('forwardComplaint', ', $to: OfficeInput!, $note: String', ', to: $to, note: $note');
const RESOLVE = act('resolveComplaint', ', $result: String!', ', result: $result');
const CLOSE = act('closeComplaint', ', $reason: CloseReason!, $note: String', ', reason: $reason, note: $note');
const REOPEN = act('reopenComplaint', ', $reason: String!', ', reason: $reason');

describe('a complaint read back whole', () => {
  let id: string;

  beforeAll(async () => {
    id = (await ok(ratchaburi, RECEIVE, { input: receiveInput() })).complaint.complaintId;
    await ok(ratchaburi, ASSIGN, { id, assignee: { kind: 'TAMBON_TEAM', subdistrictCode: '700101' }, note: 'ให้ ชปต. ตรวจสอบ' });
    await ok(ratchaburi, PROGRESS, { id, note: 'ชปต. ลงพื้นที่ถ่ายภาพแล้ว' });
    await ok(ratchaburi, FORWARD, { id, to: province('70'), note: 'ถนนทางหลวงเกินอำนาจอำเภอ' });
    await ok(ratchaburiProvince, ASSIGN, { id, assignee: { kind: 'AGENCY', name: 'แขวงทางหลวงราชบุรี' } });
    await ok(ratchaburiProvince, PROGRESS, { id, note: 'แขวงทางหลวงรับเรื่องแล้ว' });
    await ok(ratchaburiProvince, RESOLVE, { id, result: 'ซ่อมผิวถนนเรียบร้อย' });
    await ok(ratchaburiProvince, CLOSE, { id, reason: 'RESOLVED', note: 'ผู้ร้องพอใจ' });
  });

  it('answers the description, the complainant, the party complained about, where, and every step with its office', async () => {
    const detail = await ok(ratchaburiProvince, COMPLAINT_DETAIL, { id });
    const district = { level: 'DISTRICT', code: '7001', nameTh: 'ศูนย์ดำรงธรรมอำเภอเมืองราชบุรี จังหวัดราชบุรี' };
    const ratchaburiPlace = { subdistrict: { code: '700101', nameTh: 'หน้าเมือง' }, district: { code: '7001', nameTh: 'เมืองราชบุรี' }, province: { code: '70', nameTh: 'ราชบุรี' } };
    expect(detail).toMatchObject({
      complaintId: id, version: 8, status: 'CLOSED', channel: 'WALK_IN', receivedBy: district,
      owningOffice: { level: 'PROVINCE', code: '70', nameTh: 'ศูนย์ดำรงธรรมจังหวัดราชบุรี' },
      subject: 'ถนนในหมู่บ้านชำรุดเป็นหลุมบ่อ', description: 'ถนนชำรุดมานานกว่าหกเดือน\nรถจักรยานยนต์ล้มหลายครั้ง',
      category: { mainCode: 'REQUEST_HELP', mainNameTh: 'ขอความช่วยเหลือ', subCode: 'PUBLIC_UTILITIES', subNameTh: 'สาธารณูปโภค (ถนน ไฟฟ้า ประปา)', otherText: null },
      complainant: {
        anonymous: false, citizenId: citizenId('110170020703'), title: 'นาง', firstName: 'สมหญิง', lastName: 'ใจดีมาก', phone: '0812345678',
        address: { line: '12/3 หมู่ 4 ถนนเพชรเกษม', ...ratchaburiPlace },
      },
      accused: { kind: 'STATE_AGENCY', name: 'องค์การบริหารส่วนตำบลหน้าเมือง', position: null, agency: null },
      location: { ...ratchaburiPlace, lat: 13.53, lng: 99.81 },
      assignee: { kind: 'AGENCY', subdistrict: null, name: 'แขวงทางหลวงราชบุรี' },
      assignments: [
        { by: { code: '7001' }, assignee: { kind: 'TAMBON_TEAM', subdistrict: { code: '700101' }, name: null }, note: 'ให้ ชปต. ตรวจสอบ' },
        { by: { code: '70' }, assignee: { kind: 'AGENCY', subdistrict: null, name: 'แขวงทางหลวงราชบุรี' }, note: null },
      ],
      progressNotes: [{ by: { code: '7001' }, note: 'ชปต. ลงพื้นที่ถ่ายภาพแล้ว' }, { by: { code: '70' }, note: 'แขวงทางหลวงรับเรื่องแล้ว' }],
      forwards: [{ from: { level: 'DISTRICT', code: '7001' }, to: { level: 'PROVINCE', code: '70', nameTh: 'ศูนย์ดำรงธรรมจังหวัดราชบุรี' }, note: 'ถนนทางหลวงเกินอำนาจอำเภอ' }],
      resolution: { result: 'ซ่อมผิวถนนเรียบร้อย', by: { code: '70' } },
      closing: { reason: 'RESOLVED', note: 'ผู้ร้องพอใจ', duplicateOf: null, by: { code: '70' } },
      reopenings: [], duplicateOf: null, possibleDuplicates: [],
    });
    expect(detail.trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}$/);

    await ok(ratchaburiProvince, REOPEN, { id, reason: 'ถนนชำรุดซ้ำ' });
    const reopened = await ok(ratchaburiProvince, COMPLAINT_DETAIL, { id });
    expect(reopened).toMatchObject({ version: 9, status: 'IN_PROGRESS', resolution: null, closing: null, reopenings: [{ by: { code: '70' }, reason: 'ถนนชำรุดซ้ำ' }] });
  });

  it('logs the personal fields read and answers an office outside the owner\'s area as not found', async () => {
    const { rows } = await t.db.pool.query<{ account_id: string; fields: string[] }>(
      `SELECT account_id, fields FROM personal_data_reads WHERE record_type = 'complaint' AND record_id = $1`, [id]);
    const fields = new Set(rows.filter((r) => r.account_id === ratchaburiProvince.accountId).flatMap((r) => r.fields));
    for (const field of ['description', 'complainant.citizenId', 'complainant.address.line', 'accused.name', 'progressNotes.note', 'resolution.result', 'closing.note']) {
      expect([field, fields.has(field)]).toEqual([field, true]);
    }
    expect(fields.has('subject')).toBe(false);
    expect(JSON.stringify(rows)).not.toMatch(/สมหญิง|1101700207|หลุมบ่อ/);

    for (const reader of [ratchaburi, officer]) {
      const body = await reader.graphql(COMPLAINT_DETAIL, { id });
      expect(body.data).toEqual({ complaintDetail: null });
      expect(body.errors!.map((e) => e.extensions)).toEqual([{
        code: 'COMPLAINT_NOT_FOUND', messageTh: 'ไม่พบเรื่องร้องเรียนนี้', messageEn: 'There is no such complaint', field: 'id',
      }]);
    }
  });
});
