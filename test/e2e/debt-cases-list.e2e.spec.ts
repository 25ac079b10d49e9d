import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { citizenId, debtApi, registration } from '../support/debt-api.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
let api: ReturnType<typeof debtApi>;
/** An officer of the province of Mae Hong Son (58), whose area holds every case of this suite, and one of its district 5801. */
let officer: SignedIn;
let districtOfficer: SignedIn;
beforeAll(async () => {
  t = await startTestApp();
  officer = await t.signInAs({ level: 'PROVINCE', office: '58' });
  districtOfficer = await t.signInAs({ level: 'DISTRICT', office: '5801' });
  api = debtApi(t, officer);
});
afterAll(() => t.close());

const PAGE = `query ($filter: DebtCaseFilter, $first: Int, $after: String) { debtCases(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { caseId status districtCode
  provinceNameTh channel registeredAt registeredOn debtorFirstName creditorNames totalOutstanding nextMediation { date time place }
  version lastEventAt } } } }`;

/** The connection as answered, with its nodes as `items`. */
const list = async (filter: object, first = 50, after?: string, as = officer) => {
  const body = await as.graphql(PAGE, { filter, first, after });
  expect(body.errors).toBeUndefined();
  const connection = body.data.debtCases;
  return { ...connection, items: connection.edges.map((edge: { node: object }) => edge.node) };
};
const ids = async (filter: object) => (await list(filter)).items.map((i: { caseId: string }) => i.caseId);

/** Mae Hong Son debtors: two paper forms keyed in late, two counter registrations, in two districts. */
function debtorIn(district: string, subdistrict: string, n: number, firstName: string) {
  return {
    ...registration().debtor, citizenId: citizenId(`36${district}00${String(n).padStart(4, '0')}`), firstName,
    address: { line: 'บ้านในสอย', subdistrictCode: subdistrict, districtCode: district, provinceCode: '58' },
  };
}

describe('the debt case list over GraphQL', () => {
  const cases: Record<string, string> = {};

  beforeAll(async () => {
    const inputs = {
      paperJan: registration({ channel: 'PAPER', formDate: '๑๕/๑/๒๕๖๗', debtor: debtorIn('5801', '580101', 1, 'บุญมี') }),
      paperFeb: registration({ channel: 'PAPER', formDate: '2024-02-20', debtor: debtorIn('5802', '580201', 2, 'คำแสน'),
        creditors: [{ kind: 'COMPANY', name: 'บริษัท ปายเงินด่วน จำกัด', companyId: '0107544000108' }] }),
      counter1: registration({ debtor: debtorIn('5801', '580102', 3, 'แสงเดือน') }),
      counter2: registration({ debtor: debtorIn('5801', '580101', 4, 'จันทร์เพ็ญ') }),
    };
    for (const [name, input] of Object.entries(inputs)) {
      const body = await api.register(input);
      expect(body.errors).toBeUndefined();
      cases[name] = body.data.r.caseId;
    }
    await api.send('recordContactAttempt', cases.counter1, { method: 'PHONE', reached: true, wishesMediation: 'YES' });
    await api.send('scheduleMediation', cases.counter1, { date: '๑/๑/๒๕๗๐', time: '13:00', place: 'ศูนย์ดำรงธรรมอำเภอเมืองแม่ฮ่องสอน' });
    await t.caughtUp();
  });

  it('filters by province, district, channel, status, registration dates (Buddhist Era, Thai digits) and name', async () => {
    const all = await list({ province: '๕๘' });
    expect(all.totalCount).toBe(4);
    expect(all.items[all.items.length - 2]).toMatchObject({
      caseId: cases.paperFeb, channel: 'PAPER', registeredAt: '2024-02-19T17:00:00.000Z', registeredOn: '2024-02-20', lastEventAt: expect.any(String),
      provinceNameTh: 'แม่ฮ่องสอน', creditorNames: ['บริษัท ปายเงินด่วน จำกัด'], totalOutstanding: '62500.50', version: 1,
    });
    expect(all.items.at(-1).caseId).toBe(cases.paperJan);
    expect((await ids({ district: '๕๘๐๒' }))).toEqual([cases.paperFeb]);
    expect((await ids({ province: '58', channel: 'PAPER' })).sort()).toEqual([cases.paperFeb, cases.paperJan].sort());
    expect(await ids({ province: '58', registeredFrom: '๑/๑/๒๕๖๗', registeredTo: '๓๑/๑/๒๕๖๗' })).toEqual([cases.paperJan]);
    expect(await ids({ province: '58', registeredFrom: '20/2/2567', registeredTo: '2024-02-20' })).toEqual([cases.paperFeb]);
    expect(await ids({ province: '58', registeredTo: '19/2/2567' })).toEqual([cases.paperJan]);

    const scheduled = await list({ district: '5801', status: 'MEDIATION_SCHEDULED' });
    expect(scheduled.items).toEqual([expect.objectContaining({
      caseId: cases.counter1, status: 'MEDIATION_SCHEDULED', version: 3,
      nextMediation: { date: '2027-01-01', time: '13:00', place: 'ศูนย์ดำรงธรรมอำเภอเมืองแม่ฮ่องสอน' },
    })]);
    expect(await ids({ province: '58', text: 'ปาย เงินด่วน' })).toEqual([cases.paperFeb]);
    expect(await ids({ province: '58', text: 'จันทร์เพ็ญ' })).toEqual([cases.counter2]);
    expect(await ids({ debtorCitizenId: citizenId('365801000003') })).toEqual([cases.counter1]);
  });

  it('lists a district account the cases of its district only, counts included', async () => {
    const own = await list({}, 50, undefined, districtOfficer);
    expect(own.totalCount).toBe(3);
    expect(own.items.map((i: { caseId: string }) => i.caseId).sort()).toEqual([cases.paperJan, cases.counter1, cases.counter2].sort());
    expect(await list({ district: '5802' }, 50, undefined, districtOfficer)).toEqual({
      totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, edges: [], items: [],
    });
    expect(await list({ province: '50' }, 50, undefined, districtOfficer)).toMatchObject({ totalCount: 0, items: [] });
    const elsewhere = await districtOfficer.graphql('query ($id: ID!) { debtCase(id: $id) { caseId } }', { id: cases.paperFeb });
    expect(elsewhere.errors![0].extensions).toMatchObject({ code: 'DEBT_CASE_NOT_FOUND', field: 'id' });
  });

  it('pages newest registration first in a Relay connection, the total counting every match', async () => {
    const first = await list({ province: '58' }, 3);
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    expect(first.items).toHaveLength(3);
    expect(first.pageInfo).toMatchObject({ startCursor: first.edges[0].cursor, endCursor: first.edges[2].cursor });
    const second = await list({ province: '58' }, 3, first.pageInfo.endCursor);
    expect(second).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false, hasPreviousPage: true } });
    const afterSecond = await list({ province: '58' }, 3, first.edges[1].cursor);
    expect(afterSecond.items.map((i: { caseId: string }) => i.caseId)).toEqual([first.items[2], ...second.items].map((i) => i.caseId));
    const paged = [...first.items, ...second.items];
    expect(paged.map((i: { caseId: string }) => i.caseId)).toEqual((await list({ province: '58' })).items.map((i: { caseId: string }) => i.caseId));
    const times = paged.map((i: { registeredAt: string }) => i.registeredAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(new Set(paged.map((i: { caseId: string }) => i.caseId)).size).toBe(4);
  });

  it('answers a bad filter, page size or cursor with a typed error', async () => {
    const errorOf = async (variables: Record<string, unknown>) => (await officer.graphql(PAGE, variables)).errors![0].extensions;
    expect(await errorOf({ filter: { status: 'OPEN' } })).toMatchObject({ code: 'INPUT_VALUE_INVALID', field: 'filter.status' });
    expect(await errorOf({ filter: { channel: 'counter' } })).toMatchObject({ code: 'INPUT_VALUE_INVALID', field: 'filter.channel' });
    expect(await errorOf({ filter: { district: '9999' } })).toMatchObject({ code: 'GEOGRAPHY_UNKNOWN_DISTRICT', field: 'filter.district' });
    expect(await errorOf({ filter: { registeredFrom: '31/2/2567' } })).toMatchObject({ code: 'DATE_MALFORMED', field: 'filter.registeredFrom' });
    expect(await errorOf({ filter: { registeredFrom: '2/2/2567', registeredTo: '1/2/2567' } })).toMatchObject({ code: 'DATE_RANGE_INVERTED' });
    expect(await errorOf({ first: 0 })).toMatchObject({ code: 'PAGE_SIZE_INVALID', field: 'first' });
    expect(await errorOf({ after: 'not-a-cursor' })).toMatchObject({ code: 'CURSOR_INVALID', field: 'after' });
    expect((await officer.graphql('{ debtCase(id: "DEBT-0000-0000-0000") { caseId } }')).errors![0].extensions.code).toBe('DEBT_CASE_NOT_FOUND');
  });
});

describe('one search box and the cases transferred in', () => {
  /** Chiang Rai (57): cases of Mueang (5701), one of them transferred to Wiang Chai (5702). */
  let province: SignedIn;
  let wiangChai: SignedIn;
  const cases: Record<string, string> = {};
  const debtor = (n: number, firstName: string) => ({
    ...registration().debtor, citizenId: citizenId(`3570100${String(n).padStart(5, '0')}`), firstName,
    address: { line: 'บ้านดู่', subdistrictCode: '570101', districtCode: '5701', provinceCode: '57' },
  });

  beforeAll(async () => {
    province = await t.signInAs({ level: 'PROVINCE', office: '57' });
    wiangChai = await t.signInAs({ level: 'DISTRICT', office: '5702' });
    const chiangRai = debtApi(t, province);
    for (const [name, n] of [['moved', 1], ['stayed', 2]] as const) {
      const body = await chiangRai.register(registration({ debtor: debtor(n, name === 'moved' ? 'ดวงดาว' : 'ดวงใจ') }));
      expect(body.errors).toBeUndefined();
      cases[name] = body.data.r.caseId;
    }
    const moved = await chiangRai.send('transferDebtCase', cases.moved, { toDistrictCode: '5702', reason: 'ลูกหนี้ย้ายไปอยู่เวียงชัย' });
    expect(moved.errors).toBeUndefined();
    await t.caughtUp();
  });

  it('finds a case by its id, by the debtor\'s citizen id or by a name, typed as staff type them', async () => {
    const found = async (search: string) => (await list({ province: '57', search }, 50, undefined, province)).items
      .map((i: { caseId: string }) => i.caseId);
    const [, a, b, c] = cases.moved.split('-');
    expect(await found(cases.moved)).toEqual([cases.moved]);
    expect(await found(` debt ${a.toLowerCase()} ${b}-${c} `)).toEqual([cases.moved]);
    const thaiDigits = citizenId('357010000002').replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
    expect(await found(`${thaiDigits.slice(0, 1)}-${thaiDigits.slice(1, 5)}-${thaiDigits.slice(5)}`)).toEqual([cases.stayed]);
    expect((await found('ดวง')).sort()).toEqual([cases.moved, cases.stayed].sort());
    expect(await found('ดวงใจ')).toEqual([cases.stayed]);
    expect(await found('DEBT-0000-0000-0000')).toEqual([]);
    const mistyped = await province.graphql(PAGE, { filter: { search: '3570100000021' } });
    expect(mistyped.errors![0].extensions).toMatchObject({ code: 'CITIZEN_ID_CHECK_DIGIT', field: 'filter.search' });
    const endless = await province.graphql(PAGE, { filter: { search: 'ก'.repeat(101) } });
    expect(endless.errors![0].extensions).toMatchObject({ code: 'TEXT_TOO_LONG', field: 'filter.search' });
    const hostile = await province.graphql(PAGE, { filter: { search: 'สม\u202Eชาย' } });
    expect(hostile.errors![0].extensions).toMatchObject({ code: 'TEXT_FORBIDDEN_CHARACTER' });
  });

  it('lists the cases that came to the district by a transfer, and where from; the others with transferredIn false', async () => {
    const ITEMS = `query ($filter: DebtCaseFilter) { debtCases(filter: $filter) { totalCount edges { node {
      caseId districtNameTh transferredFromDistrictCode transferredFromDistrictNameTh } } } }`;
    const nodes = async (as: SignedIn, filter: object) => {
      const body = await as.graphql(ITEMS, { filter });
      expect(body.errors).toBeUndefined();
      return body.data.debtCases.edges.map((e: { node: object }) => e.node);
    };
    const came = { caseId: cases.moved, districtNameTh: 'เวียงชัย', transferredFromDistrictCode: '5701', transferredFromDistrictNameTh: 'เมืองเชียงราย' };
    expect(await nodes(wiangChai, { transferredIn: true })).toEqual([came]);
    expect(await nodes(wiangChai, { transferredIn: false })).toEqual([]);
    expect(await nodes(province, { province: '57', transferredIn: true })).toEqual([came]);
    expect(await nodes(province, { province: '57', transferredIn: false })).toEqual([{
      caseId: cases.stayed, districtNameTh: 'เมืองเชียงราย', transferredFromDistrictCode: null, transferredFromDistrictNameTh: null,
    }]);
  });
});
