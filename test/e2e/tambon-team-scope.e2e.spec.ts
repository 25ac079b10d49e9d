import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { scopeSettingsOf } from '../../src/identity/scope/area-scope.js';
import { findComplaint, listComplaints } from '../../src/projections/complaint-list/complaint-list.query.js';
import { CHANGE, RECEIVE, citizenId, receiveInput } from '../support/complaint-fixtures.js';
import { requestRoleReads } from '../support/request-role-reads.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

/**
 * Tambon teams (ชุดปฏิบัติการประจำตำบล) of Mueang Ratchaburi (7001): the team of Na Mueang (700101) and of Chedi Hak
 * (700102). A team member reads the complaints assigned to its team now and records progress on them, nothing else;
 * the district filters its list by assignee. Then the same reads through the request role alone (row-level security).
 */
let t: TestApp;
let officer: SignedIn;
let teamA: SignedIn;
let teamB: SignedIn;
const id = {} as Record<'toA' | 'toB' | 'none' | 'agency', string>;

const act = (mutation: string) => `mutation ($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { ${CHANGE} } }`;
const ASSIGN = act('assignComplaint');
const PROGRESS = act('recordComplaintProgress');
const FORWARD = act('forwardComplaint');
const RESOLVE = act('resolveComplaint');
const LIST = 'query ($f: ComplaintFilter) { complaints(filter: $f) { totalCount edges { node { complaintId assignee { kind subdistrictCode } } } } }';
const DETAIL = 'query ($id: ID!) { complaintDetail(id: $id) { complaintId allowedActions progressNotes { note } } }';
const ONE = 'query ($id: ID!) { complaint(id: $id) { complaintId } }';
const HISTORY = 'query ($id: ID!) { complaintHistory(id: $id) { type } }';
const CREATE = 'mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { oneTimePassword } }';

async function ok(as: SignedIn, query: string, variables: Record<string, unknown> = {}) {
  const body = await as.graphql(query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return Object.values(body.data)[0] as any;
}
const refusal = async (as: SignedIn, query: string, variables: Record<string, unknown>) => (await as.graphql(query, variables)).errors?.[0]?.extensions;
const listed = async (as: SignedIn, f: Record<string, unknown> = {}) =>
  ((await ok(as, LIST, { f })).edges as { node: { complaintId: string } }[]).map((e) => e.node.complaintId).sort();
const sorted = (ids: string[]) => [...ids].sort();

beforeAll(async () => {
  t = await startTestApp();
  officer = await t.signInAs({ level: 'DISTRICT', office: '7001', position: 'DEPUTY_DISTRICT_CHIEF' });
  teamA = await t.signInAs({ level: 'TAMBON_TEAM', office: '700101' });
  teamB = await t.signInAs({ level: 'TAMBON_TEAM', office: '700102' });
  for (const [name, assignee] of [
    ['toA', { kind: 'TAMBON_TEAM', subdistrictCode: '700101' }], ['toB', { kind: 'TAMBON_TEAM', subdistrictCode: '๗๐๐๑๐๒' }],
    ['none', null], ['agency', { kind: 'AGENCY', name: 'แขวงทางหลวงราชบุรี' }],
  ] as const) {
    const receipt = await ok(officer, RECEIVE, { input: receiveInput({ subject: `เรื่องของ ${name}`, citizenId: undefined, accused: null }) });
    id[name] = receipt.complaint.complaintId;
    if (assignee) await ok(officer, ASSIGN, { input: { complaintId: id[name], assignee } });
  }
  await t.caughtUp();
});
afterAll(() => t.close());

describe('tambon team accounts: registered by their district', () => {
  it('the district administrator lists its teams\' accounts and refuses a subdistrict of another district', async () => {
    const listedAccounts = await ok(officer, '{ staffAccounts(officeCode: "700101") { edges { node { id level officeNameTh } } } }');
    expect(listedAccounts.edges.map((e: any) => e.node)).toEqual([
      { id: teamA.accountId, level: 'TAMBON_TEAM', officeNameTh: 'ชุดปฏิบัติการประจำตำบลหน้าเมือง อำเภอเมืองราชบุรี' },
    ]);
    const teamOffice = await ok(officer, '{ staffOffice(officeCode: "๗๐๐๑๐๑") { officeKey registrableLevels } }');
    expect(teamOffice).toEqual({ officeKey: 'SUBDISTRICT:700101', registrableLevels: [] });
    expect((await ok(teamA, '{ me { account { level officeKey mayWorkCases } } }')).account)
      .toEqual({ level: 'TAMBON_TEAM', officeKey: 'SUBDISTRICT:700101', mayWorkCases: false });
    const create = (by: SignedIn, officeCode: string) => refusal(by, CREATE, {
      input: {
        citizenId: citizenId('110170020999'), title: 'นาย', firstName: 'สมชาย', lastName: 'ลงพื้นที่', position: 'ADMINISTRATIVE_OFFICER',
        level: 'TAMBON_TEAM', officeCode, officePhone: '032337006',
      },
    });
    const districtAdmin = await t.signInAs({ level: 'DISTRICT', office: '7001', administrator: true });
    expect(await create(districtAdmin, '700201')).toMatchObject({ code: 'TEAM_SUBDISTRICT_OUTSIDE_DISTRICT', field: 'officeCode' });
    expect(await create(districtAdmin, '709999')).toMatchObject({ code: 'GEOGRAPHY_UNKNOWN_SUBDISTRICT', field: 'officeCode' });
    expect(await create(officer, '700101')).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('a tambon team member reads and works only what is assigned to its team', () => {
  it('lists its team\'s complaints only; the district lists all four', async () => {
    expect(await listed(teamA)).toEqual([id.toA]);
    expect(await listed(teamB)).toEqual([id.toB]);
    expect(await listed(officer)).toEqual(sorted(Object.values(id)));
  });

  it('opens its complaint whole, with recording progress its one action; another team\'s or an unassigned one is not found', async () => {
    expect(await ok(teamA, DETAIL, { id: id.toA })).toMatchObject({ complaintId: id.toA, allowedActions: ['RECORD_PROGRESS'] });
    expect((await ok(teamA, HISTORY, { id: id.toA })).map((e: any) => e.type)).toEqual(['ComplaintReceived', 'ComplaintAssigned']);
    for (const other of [id.toB, id.none, id.agency]) {
      for (const query of [DETAIL, ONE, HISTORY]) {
        expect(await refusal(teamA, query, { id: other })).toMatchObject({ code: 'COMPLAINT_NOT_FOUND' });
      }
    }
  });

  it('records progress on its complaint; refused on another team\'s; may not forward or resolve', async () => {
    const change = await ok(teamA, PROGRESS, { input: { complaintId: id.toA, note: 'ชปต. ลงพื้นที่ตรวจสอบแล้ว' } });
    expect(change.complaint).toMatchObject({ status: 'IN_PROGRESS', owningOffice: { level: 'DISTRICT', code: '7001' } });
    expect((await ok(officer, DETAIL, { id: id.toA })).progressNotes).toEqual([{ note: 'ชปต. ลงพื้นที่ตรวจสอบแล้ว' }]);
    expect(await refusal(teamA, PROGRESS, { input: { complaintId: id.toB, note: 'x' } })).toMatchObject({ code: 'COMPLAINT_NOT_FOUND' });
    expect(await refusal(teamA, FORWARD, { input: { complaintId: id.toA, to: { level: 'PROVINCE', code: '70' } } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(teamA, RESOLVE, { input: { complaintId: id.toA, result: 'จบ' } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(teamA, ASSIGN, { input: { complaintId: id.toA, assignee: { kind: 'AGENCY', name: 'x' } } })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('the district filters its list by assignee: a team, any agency, nobody; an unknown subdistrict is refused', async () => {
    expect(await listed(officer, { assigneeSubdistrictCode: '๗๐๐๑๐๒' })).toEqual([id.toB]);
    expect(await listed(officer, { assigneeKind: 'TAMBON_TEAM' })).toEqual(sorted([id.toA, id.toB]));
    expect(await listed(officer, { assigneeKind: 'AGENCY' })).toEqual([id.agency]);
    expect(await listed(officer, { assigneeKind: 'UNASSIGNED' })).toEqual([id.none]);
    expect(await refusal(officer, LIST, { f: { assigneeSubdistrictCode: '709999' } }))
      .toMatchObject({ code: 'GEOGRAPHY_UNKNOWN_SUBDISTRICT', field: 'filter.assigneeSubdistrictCode' });
    expect(await refusal(officer, LIST, { f: { assigneeKind: 'AGENCY', assigneeSubdistrictCode: '700101' } }))
      .toMatchObject({ field: 'filter.assigneeKind' });
  });

  it('loses a complaint reassigned away, at once', async () => {
    await ok(officer, ASSIGN, { input: { complaintId: id.toA, assignee: { kind: 'TAMBON_TEAM', subdistrictCode: '700102' } } });
    await t.caughtUp();
    expect(await listed(teamA)).toEqual([]);
    expect(await listed(teamB)).toEqual(sorted([id.toA, id.toB]));
    expect(await refusal(teamA, DETAIL, { id: id.toA })).toMatchObject({ code: 'COMPLAINT_NOT_FOUND' });
    expect(await refusal(teamA, PROGRESS, { input: { complaintId: id.toA, note: 'ยังอยู่' } })).toMatchObject({ code: 'COMPLAINT_NOT_FOUND' });
  });
});

describe('tambon teams under row-level security alone (the request role, no resolver)', () => {
  const reads = requestRoleReads(() => t, 2);
  const { inScope } = reads;
  const team = (member: SignedIn, code: string) => scopeSettingsOf({ accountId: member.accountId, level: 'TAMBON_TEAM', office: { kind: 'SUBDISTRICT', code } });
  const count = async (sql: string) => ((await reads.facade.query(sql)) as pg.QueryResult<{ n: number }>).rows[0].n;

  it('shows a team the list rows, events and streams of the complaints assigned to it now, and no other read model', async () => {
    await inScope(team(teamB, '700102'), async () => {
      const page = await listComplaints(reads.facade, {}, 50);
      expect(sorted(page.edges.map((e) => e.node.complaint_id))).toEqual(sorted([id.toA, id.toB]));
      expect(await findComplaint(reads.facade, id.none)).toBeUndefined();
      const events = new PostgresEventStore(reads.facade);
      expect((await events.readStream(`complaint-${id.toB}`)).length).toBeGreaterThan(0);
      expect(await events.readStream(`complaint-${id.agency}`)).toEqual([]);
      expect(await count('SELECT count(*)::int AS n FROM complaint_statistics')).toBe(0);
      expect(await count('SELECT count(*)::int AS n FROM staff_accounts')).toBe(0);
    });
    await inScope(team(teamA, '700101'), async () => {
      expect(await count('SELECT count(*)::int AS n FROM complaint_list')).toBe(0);
    });
  });

  it('shows a team nothing of its subdistrict\'s complaints once another district holds them', async () => {
    await inScope(team(teamB, '700102'), async () => {
      await reads.facade.query("SELECT set_config('damrong.scope_district', '7002', true)");
      expect(await count('SELECT count(*)::int AS n FROM complaint_list')).toBe(0);
    });
  });

  it('shows the district its teams\' accounts', async () => {
    const district = scopeSettingsOf({ accountId: officer.accountId, level: 'DISTRICT', office: { kind: 'DISTRICT', code: '7001' } });
    await inScope(district, async () => {
      const { rows } = await reads.facade.query("SELECT account_id FROM staff_accounts WHERE office_kind = 'SUBDISTRICT'") as pg.QueryResult<{ account_id: string }>;
      expect(sorted(rows.map((r) => r.account_id))).toEqual(sorted([teamA.accountId, teamB.accountId]));
    });
  });
});
