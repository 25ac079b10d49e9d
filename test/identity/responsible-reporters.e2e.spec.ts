import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startIdentityApp, type IdentityApp } from './identity-app.js';
import { centralAdministrator, errorCode, registered, type Staff } from './staff-api.js';

let t: IdentityApp;
let centre: Staff;
let chiangMai: Staff;
let chief: Staff;
let officers: Staff[];
beforeAll(async () => {
  t = await startIdentityApp();
  centre = await centralAdministrator(t);
  chiangMai = await registered(t, centre, { level: 'PROVINCE', officeCode: '50', administrator: true });
  chief = await registered(t, chiangMai, { officeCode: '5001', position: 'CHIEF' });
  officers = [];
  for (const position of ['ADMINISTRATIVE_OFFICER', 'DEPUTY_DISTRICT_CHIEF', 'LEGAL_OFFICER']) {
    officers.push(await registered(t, chiangMai, { officeCode: '5001', position }));
  }
});
afterAll(() => t.close());

const NAME = `mutation ($office: String!, $ids: [ID!]!) { nameResponsibleReporters(input: { officeCode: $office, accountIds: $ids }) {
  officeKey officeNameTh namedBy reporters { id status } } }`;
const CURRENT = `query ($office: String!) { responsibleReporters(officeCode: $office) { officeKey namedBy reporters { id status } } }`;
const ids = (...staff: Staff[]) => staff.map((s) => s.id);

describe('responsible reporters (ผู้รับผิดชอบการรายงาน)', () => {
  it("are named by the district's chief, two of its case-working accounts, recorded as the chief's act", async () => {
    const [a, b] = officers;
    expect((await t.graphql(CURRENT, { office: '5001' }, chief)).data.responsibleReporters).toBeNull();
    const named = await t.graphql(NAME, { office: '๕๐๐๑', ids: ids(a, b) }, chief);
    expect(named.data.nameResponsibleReporters).toEqual({
      officeKey: 'DISTRICT:5001', officeNameTh: 'อำเภอเมืองเชียงใหม่', namedBy: chief.id,
      reporters: [{ id: a.id, status: 'ACTIVE' }, { id: b.id, status: 'ACTIVE' }],
    });
    const HISTORY = '{ streamHistory(streamId: "reporters-district-5001") { type actor actorOffice } }';
    const history = await t.graphql(HISTORY, {}, centre);
    expect(history.data.streamHistory).toEqual([
      { type: 'ResponsibleReportersNamed', actor: `account:${chief.id}`, actorOffice: 'DISTRICT:5001' },
    ]);
    expect(errorCode(await t.graphql(HISTORY, {}, chief))).toBe('FORBIDDEN');
  });

  it('refuses anything but two different eligible accounts, and anyone but the chief or the province', async () => {
    const [a, b, c] = officers;
    expect(errorCode(await t.graphql(NAME, { office: '5001', ids: ids(a, a) }, chief))).toBe('REPORTERS_NOT_TWO');
    expect(errorCode(await t.graphql(NAME, { office: '5001', ids: ids(a, b, c) }, chief))).toBe('REPORTERS_NOT_TWO');
    expect(errorCode(await t.graphql(NAME, { office: '5001', ids: ids(a, chief) }, chief))).toBe('REPORTER_NOT_ELIGIBLE');
    expect(errorCode(await t.graphql(NAME, { office: '5001', ids: [a.id, 'no-such-account'] }, chief))).toBe('ACCOUNT_NOT_FOUND');
    expect(errorCode(await t.graphql(NAME, { office: '5001', ids: ids(a, c) }, a))).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(NAME, { office: '5002', ids: ids(a, c) }, chief))).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(NAME, { office: '5001', ids: ids(a, c) }))).toBe('UNAUTHENTICATED');
  });

  it('stay responsible, even suspended, until a new pair is named; the new pair replaces the old', async () => {
    const [a, b, c] = officers;
    await t.graphql('mutation ($id: ID!) { suspendStaffAccount(input: { accountId: $id, reason: "ลาศึกษาต่อ" }) { status } }', { id: b.id }, chiangMai);
    expect((await t.graphql(CURRENT, { office: '5001' }, chiangMai)).data.responsibleReporters.reporters)
      .toEqual([{ id: a.id, status: 'ACTIVE' }, { id: b.id, status: 'SUSPENDED' }]);
    expect(errorCode(await t.graphql(NAME, { office: '5001', ids: ids(b, c) }, chiangMai))).toBe('REPORTER_NOT_ELIGIBLE');
    const replaced = await t.graphql(NAME, { office: '5001', ids: ids(c, a) }, chiangMai);
    expect(replaced.data.nameResponsibleReporters).toMatchObject({ namedBy: chiangMai.id, reporters: [{ id: c.id }, { id: a.id }] });
    expect((await t.graphql(CURRENT, { office: '5001' }, chief)).data.responsibleReporters.reporters).toEqual([
      { id: c.id, status: 'ACTIVE' }, { id: a.id, status: 'ACTIVE' },
    ]);
  });

  it("are named for a province by the centre, and shown only within the reader's area", async () => {
    const pair = [
      await registered(t, centre, { level: 'PROVINCE', officeCode: '50' }),
      await registered(t, centre, { level: 'PROVINCE', officeCode: '50', position: 'LEGAL_OFFICER' }),
    ];
    expect(errorCode(await t.graphql(NAME, { office: '50', ids: ids(...pair) }, chiangMai))).toBe('FORBIDDEN');
    expect((await t.graphql(NAME, { office: '50', ids: ids(...pair) }, centre)).data.nameResponsibleReporters.officeKey).toBe('PROVINCE:50');
    const bangkok = await registered(t, centre, { level: 'PROVINCE', officeCode: '10', administrator: true });
    expect((await t.graphql(CURRENT, { office: '50' }, bangkok)).data.responsibleReporters).toBeNull();
    expect((await t.graphql(CURRENT, { office: '50' }, chief)).data.responsibleReporters).toBeNull();
    expect((await t.graphql(CURRENT, { office: '50' }, chiangMai)).data.responsibleReporters.reporters).toHaveLength(2);
    expect((await t.graphql(CURRENT, { office: 'CENTRAL' }, centre)).data.responsibleReporters).toBeNull();
  });

  it('reportingOffice: the pair, whether the reader may name it, and whether it may certify the district\'s reports', async () => {
    const [a, , c] = officers;
    const OFFICE = `query ($office: String!) { reportingOffice(officeCode: $office) {
      officeKey officeNameTh mayNameReporters mayCertifyDailyReports reporters { reporters { id } } } }`;
    const read = async (who: Staff, office = '5001') => (await t.graphql(OFFICE, { office }, who)).data.reportingOffice;
    expect(await read(chief)).toEqual({
      officeKey: 'DISTRICT:5001', officeNameTh: 'อำเภอเมืองเชียงใหม่', mayNameReporters: true, mayCertifyDailyReports: false,
      reporters: { reporters: [{ id: c.id }, { id: a.id }] },
    });
    expect(await read(c)).toMatchObject({ mayNameReporters: false, mayCertifyDailyReports: true });
    expect(await read(chiangMai)).toMatchObject({ mayNameReporters: true, mayCertifyDailyReports: false });
    expect(await read(chiangMai, '๕๐๐๒')).toEqual({
      officeKey: 'DISTRICT:5002', officeNameTh: 'อำเภอจอมทอง', mayNameReporters: true, mayCertifyDailyReports: false, reporters: null,
    });
    expect(await read(chiangMai, '50')).toMatchObject({ mayNameReporters: false, reporters: { reporters: [{}, {}] } });
    expect(await read(centre, '50')).toMatchObject({ mayNameReporters: true, mayCertifyDailyReports: false });
    expect(await read(chief, '5002')).toBeNull();
    expect(errorCode(await t.graphql(OFFICE, { office: 'CENTRAL' }, centre))).toBe('REPORTERS_OFFICE_KIND');
  });
});
