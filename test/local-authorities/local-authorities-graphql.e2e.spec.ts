import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type GraphQLAnswer, startTestApp, type TestApp } from '../support/test-app.js';

/** Local authorities and their ordinance terms over GraphQL, on a real PostgreSQL. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const AUTHORITY = 'code nameTh kind municipalityClass provinceCode provinceNameTh districtCode districtNameTh billerCode';
const TERMS = `authorityCode effectiveFrom effectiveFromTh ordinance hotelFeePercent fuelRates { petrol diesel lpg ngv } tobaccoRate
  leafletPermitFee leafletDecisionDays filingDeadlineDay surchargePercentPerMonth surchargeCapPercent`;
const REGISTER = `mutation ($input: RegisterLocalAuthorityInput!) { registerLocalAuthority(input: $input) { ${AUTHORITY} } }`;
const ENACT = `mutation ($input: EnactAuthorityTermsInput!) { enactAuthorityTerms(input: $input) { ${TERMS} } }`;

const chonburiPao = { code: '๒๒๐๐๑๐๑', nameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', kind: 'PAO', provinceCode: '20', billerCode: '80141' };
const pong = { code: '6200702', nameTh: 'องค์การบริหารส่วนตำบลโป่ง', kind: 'SAO', provinceCode: '20', districtCode: '2004', billerCode: '81234' };
const paoTerms = {
  authorityCode: '2200101', effectiveFrom: '2567-10-01', ordinance: 'ข้อบัญญัติ อบจ.ชลบุรี พ.ศ. 2567', hotelFeePercent: '๐.๕',
  fuelRates: { petrol: '4.54', diesel: '4.54', lpg: '๔.๕๔' }, tobaccoRate: '9.30', filingDeadlineDay: '20',
  surchargePercentPerMonth: '2', surchargeCapPercent: '100',
};
/** The code and field of each refusal, each checked to say why in Thai and in English. */
const refusals = (answer: GraphQLAnswer) => (answer.errors ?? []).map((e) => {
  expect(e.extensions).toEqual({ code: expect.any(String), field: e.extensions.field, messageTh: expect.stringMatching(/[ก-๙]/), messageEn: expect.any(String) });
  return [e.extensions.code, e.extensions.field];
});

describe('local authorities over GraphQL', () => {
  it('registers a PAO and an SAO (codes in Thai digits), recorded with the administrator who did', async () => {
    const pao = await t.admin.graphql(REGISTER, { input: chonburiPao });
    expect(pao.errors).toBeUndefined();
    expect(pao.data.registerLocalAuthority).toEqual({
      code: '2200101', nameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', kind: 'PAO', municipalityClass: null, provinceCode: '20',
      provinceNameTh: 'ชลบุรี', districtCode: null, districtNameTh: null, billerCode: '80141',
    });
    const sao = await t.admin.graphql(REGISTER, { input: pong });
    expect(sao.data.registerLocalAuthority).toMatchObject({ code: '6200702', districtCode: '2004', districtNameTh: 'บางละมุง' });
    const { rows } = await t.db.pool.query('SELECT code, changed_by, changed_by_office, before FROM local_authority_changes ORDER BY id');
    expect(rows).toEqual([
      { code: '2200101', changed_by: `account:${t.admin.accountId}`, changed_by_office: 'CENTRAL', before: null },
      { code: '6200702', changed_by: `account:${t.admin.accountId}`, changed_by_office: 'CENTRAL', before: null },
    ]);
  });

  it('refuses a second PAO for a province, a taken company code and bad fields, each typed with its field', async () => {
    const second = await t.admin.graphql(REGISTER, { input: { ...chonburiPao, code: '2200102', billerCode: '80999' } });
    expect(refusals(second)).toEqual([['AUTHORITY_PAO_EXISTS', 'provinceCode']]);
    const taken = await t.admin.graphql(REGISTER, { input: { ...pong, code: '6200703' } });
    expect(refusals(taken)).toEqual([['AUTHORITY_BILLER_CODE_TAKEN', 'billerCode']]);
    const bad = await t.admin.graphql(REGISTER, { input: { ...pong, code: '62', districtCode: '1001', billerCode: '12' } });
    expect(refusals(bad)).toEqual([
      ['AUTHORITY_CODE_MALFORMED', 'code'], ['AUTHORITY_BILLER_CODE_MALFORMED', 'billerCode'], ['AUTHORITY_DISTRICT_OUTSIDE_PROVINCE', 'districtCode'],
    ]);
    expect(bad.errors![0].extensions.messageTh).toMatch(/[ก-๙]/);
  });

  it('edits an authority, keeping what it was before', async () => {
    const edited = await t.admin.graphql(
      `mutation ($input: EditLocalAuthorityInput!) { editLocalAuthority(input: $input) { kind municipalityClass nameTh } }`,
      { input: { ...pong, kind: 'MUNICIPALITY', municipalityClass: 'SUBDISTRICT', nameTh: 'เทศบาลตำบลโป่ง' } });
    expect(edited.data.editLocalAuthority).toEqual({ kind: 'MUNICIPALITY', municipalityClass: 'SUBDISTRICT', nameTh: 'เทศบาลตำบลโป่ง' });
    const { rows: [change] } = await t.db.pool.query(`SELECT before->>'kind' AS was, after->>'kind' AS now FROM local_authority_changes WHERE code = '6200702' AND before IS NOT NULL`);
    expect(change).toEqual({ was: 'SAO', now: 'MUNICIPALITY' });
  });

  it('enacts terms, refuses a hotel fee above 3 % and PAO levies for a municipality, and answers the terms in force on a day', async () => {
    const first = await t.admin.graphql(ENACT, { input: paoTerms });
    expect(first.data.enactAuthorityTerms).toEqual({
      authorityCode: '2200101', effectiveFrom: '2024-10-01', effectiveFromTh: '1 ตุลาคม 2567', ordinance: 'ข้อบัญญัติ อบจ.ชลบุรี พ.ศ. 2567',
      hotelFeePercent: '0.50', fuelRates: { petrol: '4.54', diesel: '4.54', lpg: '4.54', ngv: null }, tobaccoRate: '9.30',
      leafletPermitFee: null, leafletDecisionDays: null, filingDeadlineDay: 20, surchargePercentPerMonth: '2.00', surchargeCapPercent: '100.00',
    });
    const ceiling = await t.admin.graphql(ENACT, { input: { ...paoTerms, effectiveFrom: '2025-04-01', hotelFeePercent: '3.5' } });
    expect(refusals(ceiling)).toEqual([['TERMS_ABOVE_LEGAL_CEILING', 'hotelFeePercent']]);
    const paoOnly = await t.admin.graphql(ENACT, { input: { ...paoTerms, authorityCode: '6200702', leafletPermitFee: '200', leafletDecisionDays: '15' } });
    expect(refusals(paoOnly)).toEqual([
      ['TERMS_PAO_ONLY', 'hotelFeePercent'], ['TERMS_PAO_ONLY', 'fuelRates.petrol'], ['TERMS_PAO_ONLY', 'fuelRates.diesel'],
      ['TERMS_PAO_ONLY', 'fuelRates.lpg'], ['TERMS_PAO_ONLY', 'tobaccoRate'],
    ]);

    const leaflets = await t.admin.graphql(ENACT, { input: {
      authorityCode: '6200702', effectiveFrom: '1/1/2568', ordinance: 'ข้อบัญญัติ ทต.โป่ง', leafletPermitFee: '๒๐๐', leafletDecisionDays: '๑๕',
      filingDeadlineDay: '10', surchargePercentPerMonth: '1.5', surchargeCapPercent: '50' } });
    expect(refusals(leaflets)).toEqual([['CALENDAR_MALFORMED_DATE', 'effectiveFrom']]);
    const leafletTerms = await t.admin.graphql(ENACT, { input: {
      authorityCode: '6200702', effectiveFrom: '2568-01-01', ordinance: 'ข้อบัญญัติ ทต.โป่ง', leafletPermitFee: '๒๐๐', leafletDecisionDays: '๑๕',
      filingDeadlineDay: '10', surchargePercentPerMonth: '1.5', surchargeCapPercent: '50' } });
    expect(leafletTerms.data.enactAuthorityTerms).toMatchObject({
      effectiveFrom: '2025-01-01', hotelFeePercent: null, fuelRates: { petrol: null, diesel: null, lpg: null, ngv: null }, tobaccoRate: null,
      leafletPermitFee: '200.00', leafletDecisionDays: 15, surchargePercentPerMonth: '1.50', surchargeCapPercent: '50.00',
    });

    const second = await t.admin.graphql(ENACT, { input: { ...paoTerms, effectiveFrom: '2025-04-01', hotelFeePercent: '๓' } });
    expect(second.data.enactAuthorityTerms.hotelFeePercent).toBe('3.00');
    const earlier = await t.admin.graphql(ENACT, { input: { ...paoTerms, effectiveFrom: '2025-01-01' } });
    expect(refusals(earlier)).toEqual([['TERMS_NOT_AFTER_LATEST', 'effectiveFrom']]);

    const on = (day: string) => t.admin.graphql(`{ authorityTermsInForce(code: "2200101", on: "${day}") { effectiveFrom hotelFeePercent } }`);
    expect((await on('2024-09-30')).data.authorityTermsInForce).toBeNull();
    expect(refusals(await on('2568-02-30'))).toEqual([['CALENDAR_MALFORMED_DATE', 'on']]);
    expect((await on('๒๕๖๘-๐๓-๓๑')).data.authorityTermsInForce).toEqual({ effectiveFrom: '2024-10-01', hotelFeePercent: '0.50' });
    expect((await on('2025-04-01')).data.authorityTermsInForce).toEqual({ effectiveFrom: '2025-04-01', hotelFeePercent: '3.00' });
    const history = await t.admin.graphql('{ authorityTermsHistory(code: "2200101") { effectiveFrom hotelFeePercent } }');
    expect(history.data.authorityTermsHistory).toEqual([
      { effectiveFrom: '2025-04-01', hotelFeePercent: '3.00' }, { effectiveFrom: '2024-10-01', hotelFeePercent: '0.50' },
    ]);
  });

  it('refuses making the PAO another kind once it has terms, and takes one of two enactments for the same day', async () => {
    const edit = await t.admin.graphql('mutation ($input: EditLocalAuthorityInput!) { editLocalAuthority(input: $input) { kind } }',
      { input: { ...chonburiPao, kind: 'SAO', districtCode: '2001' } });
    expect(refusals(edit)).toEqual([['AUTHORITY_KIND_FIXED_BY_TERMS', 'kind']]);
    const both = await Promise.all([0, 1].map(() => t.admin.graphql(ENACT, { input: { ...paoTerms, effectiveFrom: '2026-01-01' } })));
    expect(both.map((answer) => answer.errors?.[0].extensions.code ?? 'ENACTED').sort()).toEqual(['ENACTED', 'TERMS_NOT_AFTER_LATEST']);
    const { rows } = await t.db.pool.query(`SELECT count(*)::int AS n FROM local_authority_terms WHERE authority_code = '2200101'`);
    expect(rows[0].n).toBe(3);
  });

  it('lets accounts read the authorities of their area only, and lets no one but central administrators change them', async () => {
    const list = '{ localAuthorities(province: "20") { totalCount edges { node { code } } } }';
    const all = await t.admin.graphql(list);
    expect(all.data.localAuthorities).toEqual({ totalCount: 2, edges: [{ node: { code: '2200101' } }, { node: { code: '6200702' } }] });
    const paos = await t.admin.graphql('{ localAuthorities(kind: PAO, first: 1) { totalCount pageInfo { hasNextPage } edges { node { code } } } }');
    expect(paos.data.localAuthorities).toEqual({ totalCount: 1, pageInfo: { hasNextPage: false }, edges: [{ node: { code: '2200101' } }] });

    const banglamung = await t.signInAs({ level: 'DISTRICT', office: '2004' });
    expect((await banglamung.graphql(list)).data.localAuthorities.totalCount).toBe(2);
    const elsewhere = await t.signInAs({ level: 'DISTRICT', office: '2001' });
    const seen = await elsewhere.graphql('{ localAuthorities { edges { node { code } } } }');
    expect(seen.data.localAuthorities.edges).toEqual([{ node: { code: '2200101' } }]);
    expect(refusals(await elsewhere.graphql('{ localAuthority(code: "6200702") { code } }'))).toEqual([['AUTHORITY_NOT_FOUND', 'code']]);
    const farAway = await t.signInAs({ level: 'PROVINCE', office: '49' });
    expect((await farAway.graphql(list)).data.localAuthorities.totalCount).toBe(0);

    const register = await banglamung.graphql(REGISTER, { input: { ...pong, code: '6200799', billerCode: '99999' } });
    expect(register.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const central = await t.signInAs({ level: 'CENTRAL' });
    expect((await central.graphql(ENACT, { input: { ...paoTerms, effectiveFrom: '2026-01-01' } })).errors![0].extensions)
      .toMatchObject({ code: 'FORBIDDEN' });
  });
});
