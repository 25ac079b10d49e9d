import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { HolidayCalendar } from '../../src/calendar/holiday-calendar.js';
import { createRequestPool } from '../../src/database/database.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { districtsOf, provinces } from '../../src/geography/geography.js';
import { scopeSettingsOf } from '../../src/identity/scope/area-scope.js';
import { CENTRAL, type StaffOffice } from '../../src/identity/scope/staff-office.js';
import { findComplaint, listComplaints } from '../../src/projections/complaint-list/complaint-list.query.js';
import { complaintStatistics } from '../../src/projections/complaint-statistics/complaint-statistics.query.js';
import { findDebtCase, listDebtCases } from '../../src/projections/debt-cases/debt-cases.query.js';
import { RECEIVE, citizenId, receiveInput } from '../support/complaint-fixtures.js';
import { registration } from '../support/debt-api.js';
import { requestRoleReads } from '../support/request-role-reads.js';
import { type AccountKind, OWN_PASSWORD, type SignedIn, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The area-scope matrix: accounts of district A (4901), district B (4902), the province over both (49), the
 * centre, an auditor and the revenue staff of a local authority in district A (LOCAL, which reads none of it), against debt cases and complaints of A, B and C (5001, another province), some moved
 * between them, through every query and mutation; then the same reads straight through the request role's
 * database context, without the resolvers, to show row-level security alone keeps each area apart.
 */
const A = '4901';
const B = '4902';
const C = '5001';
/** องค์การบริหารส่วนตำบลบางทรายใหญ่, in district A: its revenue staff reads its own authority, never A's records. */
const AUTHORITY = '6490101';

const WHO = ['dA', 'dB', 'pA', 'centre', 'auditor', 'local'] as const;
type Who = (typeof WHO)[number];
const KIND: Record<Who, AccountKind> = {
  dA: { level: 'DISTRICT', office: A }, dB: { level: 'DISTRICT', office: B }, pA: { level: 'PROVINCE', office: '49' },
  centre: { level: 'CENTRAL' }, auditor: { level: 'AUDITOR', position: 'LEGAL_OFFICER' }, local: { level: 'LOCAL', office: AUTHORITY },
};
const OFFICE: Record<Who, StaffOffice> = {
  dA: { kind: 'DISTRICT', code: A }, dB: { kind: 'DISTRICT', code: B }, pA: { kind: 'PROVINCE', code: '49' }, centre: CENTRAL, auditor: CENTRAL,
  local: { kind: 'AUTHORITY', code: AUTHORITY },
};

const DEBTS = ['debtA', 'debtB', 'debtC', 'debtAtoB', 'debtCtoA'] as const;
type Debt = (typeof DEBTS)[number];
const COMPLAINTS = ['compA', 'compB', 'compC', 'compAtoC', 'compBtoP'] as const;
type Complaint = (typeof COMPLAINTS)[number];
const ALL = <T extends string>(list: readonly T[]) => [...list];

/** Where each record is now: debt cases by district, complaints by owning office. */
const SEES_DEBTS: Record<Who, Debt[]> = {
  dA: ['debtA', 'debtCtoA'], dB: ['debtB', 'debtAtoB'], pA: ['debtA', 'debtB', 'debtAtoB', 'debtCtoA'], centre: ALL(DEBTS), auditor: ALL(DEBTS), local: [],
};
const SEES_COMPLAINTS: Record<Who, Complaint[]> = {
  dA: ['compA'], dB: ['compB'], pA: ['compA', 'compB', 'compBtoP'], centre: ALL(COMPLAINTS), auditor: ALL(COMPLAINTS), local: [],
};
/** The lines the sending area keeps of what it handed over. */
const HANDED: Record<Who, (Debt | Complaint)[]> = {
  dA: ['debtAtoB', 'compAtoC'], dB: ['compBtoP'], pA: ['debtAtoB', 'compAtoC', 'compBtoP'],
  centre: ['debtAtoB', 'debtCtoA', 'compAtoC', 'compBtoP'], auditor: ['debtAtoB', 'debtCtoA', 'compAtoC', 'compBtoP'], local: [],
};
/** Districts whose figures each reads: counts, reports. */
const DISTRICTS: Record<Who, string[]> = { dA: [A], dB: [B], pA: [A, B], centre: [A, B, C], auditor: [A, B, C], local: [] };
/**
 * Offices whose complaint statistics and map each reads, by who holds the complaints now ('49' the province
 * office, which holds compBtoP), with how many each holds: compAtoC counts at C, not at A where it happened.
 */
const HOLDERS: Record<Who, string[]> = { dA: [A], dB: [B], pA: ['49', A, B], centre: ['49', A, B, C], auditor: ['49', A, B, C], local: [] };
const HELD: Record<string, number> = { 49: 1, [A]: 1, [B]: 1, [C]: 2 };
const holderOf = (row: { districtCode: string | null; provinceCode: string | null }) => row.districtCode ?? row.provinceCode!;
const OVERSEES: Record<Who, boolean> = { dA: false, dB: false, pA: false, centre: true, auditor: true, local: false };
/** Reads and changes nothing of the cases: the auditor (reads only) and an authority's staff (none of the department's). */
const CHANGES_NOTHING: Record<Who, boolean> = { dA: false, dB: false, pA: false, centre: false, auditor: true, local: true };
/** The Bangkok month the complaints are received in (now). */
const THIS_MONTH = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);

let t: TestApp;
const as = {} as Record<Who, SignedIn>;
let dC: SignedIn;
const id = {} as Record<Debt | Complaint, string>;
const tracking = {} as Record<Complaint, string>;
let reportDay: string;

const ok = async (who: SignedIn, query: string, variables: Record<string, unknown> = {}) => {
  const body = await who.graphql(query, variables);
  if (body.errors) throw new Error(`${who.officeKey}: ${JSON.stringify(body.errors)}`);
  return body.data;
};
const sorted = (values: string[]) => [...values].sort();
const idsOf = (names: readonly (Debt | Complaint)[]) => sorted(names.map((name) => id[name]));
const eventsOf = async (streamId: string) =>
  (await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE stream_id = $1', [streamId])).rows[0].n;

beforeAll(async () => {
  t = await startTestApp();
  await ok(t.admin, 'mutation ($input: RegisterLocalAuthorityInput!) { registerLocalAuthority(input: $input) { code } }', { input: {
    code: AUTHORITY, nameTh: 'องค์การบริหารส่วนตำบลบางทรายใหญ่', kind: 'SAO', provinceCode: '49', districtCode: A, billerCode: '84901',
  } });
  for (const who of WHO) as[who] = await t.signInAs(KIND[who]);
  dC = await t.signInAs({ level: 'DISTRICT', office: C });
  let n = 0;
  const register = async (by: SignedIn, districtCode: string) => {
    const debtor = { ...registration().debtor, citizenId: citizenId(`3490100${String(++n).padStart(5, '0')}`), firstName: `ลูกหนี้${n}` };
    return (await ok(by, `mutation ($input: RegisterDebtorInput!) { registerDebtor(input: $input) { caseId } }`,
      { input: registration({ debtor, districtCode }) })).registerDebtor.caseId as string;
  };
  const transfer = (by: SignedIn, caseId: string, toDistrictCode: string) => ok(by,
    'mutation ($id: ID!, $to: String!) { transferDebtCase(input: { caseId: $id, toDistrictCode: $to, reason: "ลูกหนี้ย้ายที่อยู่" }) { version } }',
    { id: caseId, to: toDistrictCode });
  id.debtA = await register(as.dA, A);
  id.debtB = await register(as.dB, B);
  id.debtC = await register(dC, C);
  id.debtAtoB = await register(as.dA, A);
  await transfer(as.dA, id.debtAtoB, B);
  id.debtCtoA = await register(dC, C);
  await transfer(dC, id.debtCtoA, A);

  const receive = async (by: SignedIn, name: Complaint, subdistrict: string) => {
    const input = receiveInput({ subdistrict, citizenId: citizenId(`1490100${String(++n).padStart(5, '0')}`), accused: `นายผู้ถูกร้อง${n}` });
    const { complaint } = (await ok(by, RECEIVE, { input })).receiveComplaint;
    id[name] = complaint.complaintId;
    tracking[name] = complaint.trackingCode;
  };
  const forward = (by: SignedIn, name: Complaint, to: object) =>
    ok(by, 'mutation ($id: ID!, $to: OfficeInput!) { forwardComplaint(input: { complaintId: $id, to: $to }) { version } }', { id: id[name], to });
  await receive(as.dA, 'compA', '490101');
  await receive(as.dB, 'compB', '490201');
  await receive(dC, 'compC', '500101');
  await receive(as.dA, 'compAtoC', '490102');
  await forward(as.dA, 'compAtoC', { level: 'DISTRICT', code: C });
  await receive(as.dB, 'compBtoP', '490202');
  await forward(as.dB, 'compBtoP', { level: 'PROVINCE', code: '49' });
  await t.caughtUp();
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  reportDay = await t.app.get(HolidayCalendar).nextWorkingDay(today);
});
afterAll(() => t.close());

/** Errors in the order of their root field (the fields of a query resolve side by side). */
const byPath = (errors: any[] | undefined) => [...(errors ?? [])].sort((a, b) => String(a.path).localeCompare(String(b.path)));

describe('the area-scope matrix through the API', () => {
  it.each(WHO)('%s reads the debt cases of its area, and any other like one that does not exist', async (who) => {
    const missing = (await as[who].graphql('{ debtCase(id: "DEBT-0000-0000-0000") { caseId } debtCaseHistory(id: "DEBT-0000-0000-0000") { type } }')).errors;
    for (const debt of DEBTS) {
      const body = await as[who].graphql(`query ($id: ID!) { debtCase(id: $id) { caseId debtorCitizenId } debtCaseHistory(id: $id) { type data } }`, { id: id[debt] });
      if (SEES_DEBTS[who].includes(debt)) {
        expect(body.errors).toBeUndefined();
        expect(body.data.debtCase.caseId).toBe(id[debt]);
        expect(body.data.debtCaseHistory[0].type).toBe('DebtorRegistered');
      } else {
        // Each root field refused on its own, as for a case that does not exist.
        expect(body.data).toEqual({ debtCase: null, debtCaseHistory: null });
        expect(byPath(body.errors)).toEqual(byPath(missing));
      }
    }
    const page = (await ok(as[who], '{ debtCases(first: 200) { totalCount edges { node { caseId } } } }')).debtCases;
    expect(sorted(page.edges.map((e: { node: { caseId: string } }) => e.node.caseId))).toEqual(idsOf(SEES_DEBTS[who]));
    expect(page.totalCount).toBe(SEES_DEBTS[who].length);
    for (const district of [A, B, C]) {
      const filtered = (await ok(as[who], 'query ($d: String) { debtCases(filter: { district: $d }) { totalCount } }', { d: district })).debtCases;
      const expected = SEES_DEBTS[who].filter((debt) => DEBT_DISTRICT[debt] === district).length;
      expect([district, filtered.totalCount]).toEqual([district, expected]);
    }
  });

  it.each(WHO)('%s reads the complaints its area owns, and any other like one that does not exist', async (who) => {
    const missing = (await as[who].graphql('{ complaint(id: "no-such-complaint") { complaintId } complaintHistory(id: "no-such-complaint") { type } }')).errors;
    for (const complaint of COMPLAINTS) {
      const body = await as[who].graphql(`query ($id: ID!) { complaint(id: $id) { complaintId accusedName } complaintHistory(id: $id) { type } }`,
        { id: id[complaint] });
      if (SEES_COMPLAINTS[who].includes(complaint)) {
        expect(body.errors).toBeUndefined();
        expect(body.data.complaintHistory[0].type).toBe('ComplaintReceived');
      } else {
        expect(body.data).toEqual({ complaint: null, complaintHistory: null });
        expect(byPath(body.errors)).toEqual(byPath(missing));
      }
    }
    const page = (await ok(as[who], '{ complaints(first: 200) { totalCount edges { node { complaintId } } } }')).complaints;
    expect(sorted(page.edges.map((e: { node: { complaintId: string } }) => e.node.complaintId))).toEqual(idsOf(SEES_COMPLAINTS[who]));
    expect(page.totalCount).toBe(SEES_COMPLAINTS[who].length);
  });

  it.each(WHO)('%s keeps a line of each case its area handed over, and nothing personal on it', async (who) => {
    const handed = (await ok(as[who], '{ handedOverCases { totalCount edges { node { caseType caseId kind handedAt from { code } to { code } } } } }'))
      .handedOverCases;
    const lines = handed.edges.map((e: { node: object }) => e.node);
    expect(sorted(lines.map((l: { caseId: string }) => l.caseId))).toEqual(idsOf(HANDED[who]));
    expect(handed.totalCount).toBe(HANDED[who].length);
    expect(Object.keys(lines[0] ?? { caseType: 0, caseId: 0, kind: 0, handedAt: 0, from: 0, to: 0 }).sort())
      .toEqual(['caseId', 'caseType', 'from', 'handedAt', 'kind', 'to']);
  });

  it.each(WHO)('%s gets the counts, statistics, map and reports of its area only', async (who) => {
    const covered = (codes: string[]) => codes.filter((code) => DISTRICTS[who].includes(code) || (who === 'pA' && code.startsWith('49'))
      || OVERSEES[who]);
    const counts = await ok(as[who], `{ mukdahan: districtCounts(provinceCode: "49") { district { code } }
      chiangMai: districtCounts(provinceCode: "50") { district { code } } provinceCounts { province { code } } }`);
    expect(counts.mukdahan.map((d: { district: { code: string } }) => d.district.code)).toEqual(covered(districtsOf('49').map((d) => d.code)));
    expect(counts.chiangMai.map((d: { district: { code: string } }) => d.district.code)).toEqual(covered(districtsOf('50').map((d) => d.code)));
    const provinceCodes = counts.provinceCounts.map((p: { province: { code: string } }) => p.province.code);
    expect(provinceCodes).toEqual(OVERSEES[who] ? provinces().map((p) => p.code) : who === 'pA' ? ['49'] : []);
    const national = await as[who].graphql('{ nationalCounts { registered } }');
    if (OVERSEES[who]) expect(national.data.nationalCounts.registered).toBe(DEBTS.length);
    else expect(national.errors![0].extensions.code).toBe('FORBIDDEN');

    const statistics = await ok(as[who], `query ($m: String!) {
      complaintStatistics(from: $m, to: $m, groupBy: [DISTRICT]) { districtCode provinceCode received }
      complaintMap(month: $m) { features { properties { kind districtCode provinceCode complaintId } } } }`, { m: THIS_MONTH });
    expect(statistics.complaintStatistics.map((r: { districtCode: string | null; provinceCode: string; received: number }) => [holderOf(r), r.received]))
      .toEqual(HOLDERS[who].map((office) => [office, HELD[office]]));
    const points = statistics.complaintMap.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'COMPLAINT');
    expect(sorted(points.map((f: { properties: { complaintId: string } }) => f.properties.complaintId))).toEqual(idsOf(SEES_COMPLAINTS[who]));
    const mapOffices = statistics.complaintMap.features.map((f: { properties: { districtCode: string | null; provinceCode: string } }) => holderOf(f.properties));
    expect(sorted([...new Set<string>(mapOffices)])).toEqual(HOLDERS[who]);

    const REPORT = `query ($day: String!, $p: String!) { dailyMediationReport(date: $day, provinceCode: $p) {
      districts { districtCode cumulative { registered } } provinceTotal { cumulative { registered } } nationalTotal { cumulative { registered } } } }`;
    const mukdahan = (await ok(as[who], REPORT, { day: reportDay, p: '49' })).dailyMediationReport;
    expect(mukdahan.districts.map((d: { districtCode: string }) => d.districtCode)).toEqual(covered(districtsOf('49').map((d) => d.code)));
    const withCases = mukdahan.districts.filter((d: { cumulative: { registered: number } }) => d.cumulative.registered > 0);
    expect(withCases.map((d: { districtCode: string }) => d.districtCode)).toEqual(DISTRICTS[who].filter((d) => d.startsWith('49')));
    expect(mukdahan.provinceTotal === null).toBe(who === 'dA' || who === 'dB' || who === 'local');
    expect(mukdahan.nationalTotal === null).toBe(!OVERSEES[who]);
    if (OVERSEES[who]) expect(mukdahan.nationalTotal.cumulative.registered).toBe(DEBTS.length);
    const chiangMai = (await ok(as[who], REPORT, { day: reportDay, p: '50' })).dailyMediationReport;
    expect(chiangMai.districts.length).toBe(OVERSEES[who] ? districtsOf('50').length : 0);
    const monthly = (await ok(as[who], `query ($m: String!) { monthlyMediationReport(month: $m, provinceCode: "49") {
      rows { code cumulative { registered } } } }`, { m: reportDay.slice(0, 7) })).monthlyMediationReport;
    expect(monthly.rows.map((r: { code: string }) => r.code)).toEqual(covered(districtsOf('49').map((d) => d.code)));
  });

  it.each(WHO)('%s reads accounts, the log and the read log only as far as its level reaches', async (who) => {
    const offices = ['4901', '4902', '5001', '49', 'CENTRAL'];
    const seen = { dA: ['4901'], dB: ['4902'], pA: ['4901', '4902', '49'], centre: offices, auditor: offices, local: [] as string[] }[who];
    for (const office of offices) {
      const accounts = (await ok(as[who], 'query ($o: String!) { staffAccounts(officeCode: $o) { totalCount edges { node { id officeCode } } } }',
        { o: office })).staffAccounts;
      expect([office, accounts.edges.length > 0, accounts.totalCount === accounts.edges.length]).toEqual([office, seen.includes(office), true]);
    }
    for (const query of [`{ streamHistory(streamId: "debt-${id.debtA}") { type } }`, '{ caseStreams { edges { node { streamId } } } }', '{ personalDataReads(first: 1) { edges { node { readId } } } }']) {
      const body = await as[who].graphql(query);
      if (OVERSEES[who]) expect(body.errors).toBeUndefined();
      else expect(body.errors![0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('lets citizens follow every complaint by its tracking code, without signing in', async () => {
    for (const complaint of COMPLAINTS) {
      const body = await t.graphql('query ($c: String!) { complaintStatus(trackingCode: $c) { status } }', { c: tracking[complaint] });
      expect(body.data.complaintStatus.status).toBe('RECEIVED');
    }
    expect((await t.graphql('{ debtCases { totalCount } }')).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

/** Where each debt case is now. */
const DEBT_DISTRICT: Record<Debt, string> = { debtA: A, debtB: B, debtC: C, debtAtoB: B, debtCtoA: A };

describe('the same reads with the resolvers left out: row-level security alone', () => {
  const reads = requestRoleReads(() => t, 4);
  const { inScope } = reads;
  const settingsOf = (who: Who) => scopeSettingsOf({ accountId: as[who].accountId, level: KIND[who].level, office: OFFICE[who] });
  const column = async (sql: string, values: unknown[] = []): Promise<string[]> =>
    ((await reads.facade.query(sql, values)) as pg.QueryResult<Record<string, string>>).rows.map((r) => Object.values(r)[0]);

  it.each(WHO)('%s: the case lists, single rows and histories hold nothing out of scope', async (who) => {
    await inScope(settingsOf(who), async () => {
      const debts = await listDebtCases(reads.facade, {}, 200);
      expect(sorted(debts.edges.map((c) => c.node.caseId))).toEqual(idsOf(SEES_DEBTS[who]));
      expect(await debts.totalCount()).toBe(SEES_DEBTS[who].length);
      const complaints = await listComplaints(reads.facade, {}, 200);
      expect(sorted(complaints.edges.map((c) => c.node.complaint_id))).toEqual(idsOf(SEES_COMPLAINTS[who]));
      expect(await complaints.totalCount()).toBe(SEES_COMPLAINTS[who].length);
      const history = new PostgresEventStore(reads.facade);
      for (const debt of DEBTS) {
        const visible = SEES_DEBTS[who].includes(debt);
        expect([debt, (await findDebtCase(reads.facade, id[debt])) !== undefined, (await history.readStream(`debt-${id[debt]}`)).length > 0])
          .toEqual([debt, visible, visible]);
      }
      for (const complaint of COMPLAINTS) {
        const visible = SEES_COMPLAINTS[who].includes(complaint);
        expect([complaint, (await findComplaint(reads.facade, id[complaint])) !== undefined,
          (await history.readStream(`complaint-${id[complaint]}`)).length > 0]).toEqual([complaint, visible, visible]);
      }
      const streams = await column(`SELECT stream_id FROM stream_catalogue WHERE stream_id LIKE 'debt-%' OR stream_id LIKE 'complaint-%'`);
      expect(sorted(streams)).toEqual(sorted([...SEES_DEBTS[who].map((d) => `debt-${id[d]}`), ...SEES_COMPLAINTS[who].map((c) => `complaint-${id[c]}`)]));
      expect((await column(`SELECT stream_id FROM events WHERE stream_id LIKE 'account-%' LIMIT 1`)).length).toBe(OVERSEES[who] ? 1 : 0);
      expect(sorted(await column('SELECT case_id FROM case_handovers'))).toEqual(idsOf(HANDED[who]));
    });
  });

  it.each(WHO)('%s: counts, statistics, the report ledger and accounts hold nothing out of scope', async (who) => {
    const covers = (district: string) => OVERSEES[who] || (who === 'pA' ? district.startsWith('49') : district === OFFICE[who].code);
    await inScope(settingsOf(who), async () => {
      for (const table of ['district_counts', 'district_count_cases', 'district_transfers', 'mediation_report_ledger']) {
        const districts = await column(`SELECT DISTINCT district_code FROM ${table}`);
        expect([table, districts.filter((d) => !covers(d))]).toEqual([table, []]);
        expect([table, districts.length > 0]).toEqual([table, who !== 'local']);
      }
      for (const table of ['complaint_statistics', 'complaint_statistics_cases']) {
        const offices = await column(`SELECT DISTINCT coalesce(nullif(district_code, ''), province_code) FROM ${table}`);
        expect([table, sorted(offices)]).toEqual([table, HOLDERS[who]]);
      }
      const counted = await column('SELECT count(*)::int FROM district_counts');
      expect(Number(counted[0])).toBe(OVERSEES[who] ? 928 : who === 'pA' ? districtsOf('49').length : who === 'local' ? 0 : 1);
      const statistics = await complaintStatistics(reads.facade, { from: THIS_MONTH, to: THIS_MONTH, groupBy: ['DISTRICT'] });
      // Read as the request role, solved and set aside (migration 134) included: none of these is resolved or closed.
      expect(statistics.map((r) => [holderOf(r), r.received, r.solved, r.setAside])).toEqual(HOLDERS[who].map((office) => [office, HELD[office], 0, 0]));
      const offices = await column(`SELECT DISTINCT office_code FROM staff_accounts`);
      expect(offices.filter((o) => !(OVERSEES[who] || (o === 'CENTRAL' ? false : who === 'pA' ? o.startsWith('49') : o === OFFICE[who].code)))).toEqual([]);
      const logged = Number((await column('SELECT count(*)::int FROM personal_data_reads'))[0]);
      if (OVERSEES[who]) expect(logged).toBeGreaterThan(0);
      else expect(logged).toBe(0);
    });
  });

  it('cuts a frozen daily report to the reader\'s districts, and never lets the request role read a report whole', async () => {
    const figures = { regCounter: 1 };
    const line = (districtCode: string) => ({ districtCode, provinceCode: districtCode.slice(0, 2), period: figures, cumulative: figures });
    const body = JSON.stringify({
      day: '2020-01-06', cutOff: '2020-01-06T08:00:00.000Z', periodStart: '2020-01-03T08:00:00.000Z',
      position: { transactionId: '1', globalPosition: '1' }, base: null, districts: [line(A), line(B), line(C)],
      corrections: [{ districtCode: C, provinceCode: '50', periodDay: '2020-01-03', measures: figures }],
    });
    await t.db.pool.query(`INSERT INTO daily_mediation_reports (report_day, cut_off, period_start, transaction_id, global_position, missed,
      frozen_at, body, sha256) VALUES ('2020-01-06', '2020-01-06T08:00:00Z', '2020-01-03T08:00:00Z', '1', 1, false, now(), $1, 'test')`, [body]);
    for (const who of WHO) {
      await inScope(settingsOf(who), async () => {
        const [text] = await column(`SELECT daily_report_body_in_scope('2020-01-06')`);
        const cut = JSON.parse(text);
        expect([who, cut.districts.map((d: { districtCode: string }) => d.districtCode)]).toEqual([who, DISTRICTS[who]]);
        expect(cut.corrections.length).toBe(OVERSEES[who] ? 1 : 0);
        await expect(reads.facade.query(`SELECT body FROM daily_mediation_reports`)).rejects.toMatchObject({ code: '42501' });
      });
    }
    await inScope({ level: 'PUBLIC' }, async () => {
      expect(JSON.parse((await column(`SELECT daily_report_body_in_scope('2020-01-06')`))[0]).districts).toEqual([]);
    });
  });

  it('shows the public role nothing but the public follow-up, and no request role the identity tables', async () => {
    await inScope({ level: 'PUBLIC' }, async () => {
      for (const table of ['debt_cases', 'complaint_list', 'events', 'stream_catalogue', 'district_counts', 'district_transfers', 'case_handovers', 'staff_accounts', 'complaint_statistics']) {
        expect([table, (await column(`SELECT count(*)::int FROM ${table}`))[0]]).toEqual([table, 0]);
      }
      const status = await reads.facade.query('SELECT status FROM complaint_public_status($1)', [tracking.compA.replace(/-/g, '')]);
      expect(status.rows).toEqual([{ status: 'RECEIVED' }]);
    });
    for (const table of ['mediation_report_cases', 'staff_credentials', 'staff_sessions', 'sign_in_limits']) {
      await inScope(settingsOf('centre'), async () => {
        await expect(reads.facade.query(`SELECT 1 FROM ${table} LIMIT 1`)).rejects.toMatchObject({ code: '42501' });
      });
    }
  });
});

describe('the personal-data read log', () => {
  it('names the reader, its office, the record and the fields, never the values', async () => {
    const { rows } = await t.db.pool.query(`SELECT account_id, office, record_type, record_id, fields, read_at FROM personal_data_reads`);
    const byReader = (who: Who, type: string) => new Set(rows.filter((r) => r.account_id === as[who].accountId && r.record_type === type).map((r) => r.record_id));
    for (const who of WHO) {
      expect(sorted([...byReader(who, 'debt_case')])).toEqual(idsOf(SEES_DEBTS[who]));
      expect(sorted([...byReader(who, 'complaint')])).toEqual(idsOf(SEES_COMPLAINTS[who]));
      expect(rows.filter((r) => r.account_id === as[who].accountId).every((r) => r.office === as[who].officeKey)).toBe(true);
    }
    const debtA = rows.find((r) => r.account_id === as.dA.accountId && r.record_id === id.debtA)!;
    expect(debtA.fields).toEqual(expect.arrayContaining(['debtorCitizenId', 'data']));
    expect(debtA.read_at).toBeInstanceOf(Date);
    const text = JSON.stringify(rows);
    for (const value of ['3490100', 'ลูกหนี้', 'ผู้ถูกร้อง', 'สมหญิง', '62500']) expect(text).not.toContain(value);
    const listed = (await ok(as.auditor, `query ($a: ID) { personalDataReads(filter: { accountId: $a }, first: 500) {
      totalCount edges { node { accountId office recordType recordId fields } } } }`, { a: as.dA.accountId })).personalDataReads;
    expect(listed.edges.length).toBe(rows.filter((r) => r.account_id === as.dA.accountId).length);
    expect(listed.totalCount).toBe(listed.edges.length);
  });

  it('is append-only: the request role may not change or delete it, nor log reads as someone else; the owner neither', async () => {
    const requestPool = createRequestPool(t.db.requestUrl, 1);
    const client = await requestPool.connect();
    try {
      await client.query(`BEGIN; SELECT set_config('damrong.scope_level', 'CENTRAL', true), set_config('damrong.account_id', $$${as.centre.accountId}$$, true),
        set_config('damrong.office', 'CENTRAL', true)`);
      for (const statement of ['UPDATE personal_data_reads SET fields = \'{x}\'', 'DELETE FROM personal_data_reads', 'TRUNCATE personal_data_reads']) {
        await client.query('SAVEPOINT s');
        await expect(client.query(statement)).rejects.toMatchObject({ code: '42501' });
        await client.query('ROLLBACK TO SAVEPOINT s');
      }
      await expect(client.query(`INSERT INTO personal_data_reads (account_id, office, record_type, record_id, fields)
        VALUES ($1, 'DISTRICT:4901', 'debt_case', 'x', '{debtorCitizenId}')`, [as.dA.accountId])).rejects.toMatchObject({ code: '42501' });
      await client.query('ROLLBACK');
    } finally {
      client.release();
      await requestPool.end();
    }
    for (const statement of ['UPDATE personal_data_reads SET fields = \'{x}\'', 'DELETE FROM personal_data_reads', 'TRUNCATE personal_data_reads']) {
      await expect(t.db.pool.query(statement)).rejects.toThrow(/append-only/);
    }
  });
});

describe('the area-scope matrix of mutations', () => {
  const CONTACT = `mutation ($id: ID!) { recordContactAttempt(input: { caseId: $id, method: PHONE, reached: false, wishesMediation: UNDECIDED }) { version } }`;
  const PROGRESS = `mutation ($id: ID!) { recordComplaintProgress(input: { complaintId: $id, note: "ลงพื้นที่" }) { version } }`;

  it.each(WHO)('%s acts on the cases of its area only, its own office\'s complaints only, and stores nothing elsewhere', async (who) => {
    const missingDebt = (await as[who].graphql(CONTACT, { id: 'DEBT-0000-0000-0000' })).errors;
    for (const debt of DEBTS) {
      const stream = `debt-${id[debt]}`;
      const before = await eventsOf(stream);
      const body = await as[who].graphql(CONTACT, { id: id[debt] });
      const expected = CHANGES_NOTHING[who] ? 'FORBIDDEN' : SEES_DEBTS[who].includes(debt) ? 'ok' : 'DEBT_CASE_NOT_FOUND';
      expect([debt, body.errors?.[0].extensions.code ?? 'ok']).toEqual([debt, expected]);
      if (expected === 'DEBT_CASE_NOT_FOUND') expect(body.errors).toEqual(missingDebt);
      expect(await eventsOf(stream)).toBe(before + (expected === 'ok' ? 1 : 0));
    }
    for (const complaint of COMPLAINTS) {
      const stream = `complaint-${id[complaint]}`;
      const before = await eventsOf(stream);
      const body = await as[who].graphql(PROGRESS, { id: id[complaint] });
      const owner = { compA: 'dA', compB: 'dB', compC: null, compAtoC: null, compBtoP: 'pA' }[complaint];
      const expected = CHANGES_NOTHING[who] ? 'FORBIDDEN' : owner === who ? 'ok'
        : SEES_COMPLAINTS[who].includes(complaint) ? 'COMPLAINT_NOT_OWNER' : 'COMPLAINT_NOT_FOUND';
      expect([complaint, body.errors?.[0].extensions.code ?? 'ok']).toEqual([complaint, expected]);
      expect(await eventsOf(stream)).toBe(before + (expected === 'ok' ? 1 : 0));
    }
    const total = async () => (await t.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE stream_id LIKE 'debt-%'`)).rows[0].n;
    for (const district of [A, B, C]) {
      const before = await total();
      const debtor = { ...registration().debtor, citizenId: citizenId(`5${district}${String(WHO.indexOf(who)).padStart(7, '0')}`) };
      const body = await as[who].graphql('mutation ($input: RegisterDebtorInput!) { registerDebtor(input: $input) { caseId } }',
        { input: registration({ debtor, districtCode: district }) });
      const expected = CHANGES_NOTHING[who] ? 'FORBIDDEN' : DISTRICTS[who].includes(district) ? 'ok' : 'DEBT_DISTRICT_OUTSIDE_AREA';
      expect([district, body.errors?.[0].extensions.code ?? 'ok']).toEqual([district, expected]);
      expect(await total()).toBe(before + (expected === 'ok' ? 1 : 0));
    }
  });

  it('refuses every case mutation to a chief, who certifies and works no case', async () => {
    const chief = await t.signInAs({ level: 'DISTRICT', office: A, position: 'CHIEF' });
    expect((await chief.graphql(CONTACT, { id: id.debtA })).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await chief.graphql(PROGRESS, { id: id.compA })).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await ok(chief, 'query ($id: ID!) { debtCase(id: $id) { caseId } }', { id: id.debtA })).debtCase.caseId).toBe(id.debtA);
  });
});

describe('sessions and the area', () => {
  it('lets an account whose one-time password is pending do nothing with cases', async () => {
    const input = { citizenId: citizenId('349019900001'), title: 'นาย', firstName: 'ใหม่', lastName: 'ทดสอบ', position: 'ADMINISTRATIVE_OFFICER',
      level: 'CENTRAL', officePhone: '021234567' };
    const created = (await ok(t.admin, `mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { oneTimePassword account { citizenId } } }`,
      { input })).createStaffAccount;
    const { token } = (await t.graphql('mutation ($c: String!, $p: String!) { signIn(input: { citizenId: $c, password: $p }) { token } }',
      { c: created.account.citizenId, p: created.oneTimePassword })).data.signIn;
    for (const query of ['{ debtCases { totalCount } }', '{ complaints { totalCount } }', '{ handedOverCases { totalCount } }',
      `{ streamHistory(streamId: "debt-${id.debtA}") { type } }`]) {
      expect((await t.graphql(query, {}, { token })).errors![0].extensions.code).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    expect((await t.graphql('{ me { mustChangePassword } }', {}, { token })).data.me).toEqual({ mustChangePassword: true });
  });

  it('ends a moved or suspended account\'s session at its next request; signed in again, it reads its new area', async () => {
    const moved = await t.signInAs({ level: 'DISTRICT', office: A });
    expect((await ok(moved, '{ debtCases { totalCount } }')).debtCases.totalCount).toBeGreaterThanOrEqual(SEES_DEBTS.dA.length);
    await ok(t.admin, 'mutation ($id: ID!) { changeStaffAccountOffice(input: { accountId: $id, level: DISTRICT, officeCode: "4902" }) { officeKey } }', { id: moved.accountId });
    expect((await moved.graphql('{ debtCases { totalCount } }')).errors![0].extensions.code).toBe('SESSION_REVOKED');
    const { token } = (await t.graphql('mutation ($c: String!, $p: String!) { signIn(input: { citizenId: $c, password: $p }) { token } }',
      { c: moved.citizenId, p: OWN_PASSWORD })).data.signIn;
    const again = await t.graphql(`query ($a: String!, $b: ID!) { a: debtCases(filter: { district: $a }) { totalCount } b: debtCase(id: $b) { caseId } }`,
      { a: A, b: id.debtAtoB }, { token });
    expect(again.data).toEqual({ a: { totalCount: 0 }, b: { caseId: id.debtAtoB } });
    await ok(t.admin, 'mutation ($id: ID!) { suspendStaffAccount(input: { accountId: $id, reason: "ลาออก" }) { status } }', { id: moved.accountId });
    expect((await t.graphql('{ debtCases { totalCount } }', {}, { token })).errors![0].extensions.code).toBe('ACCOUNT_SUSPENDED');
  });
});
