import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pdfPages } from '../reporting/pdf-text.js';
import { citizenId } from '../support/complaint-fixtures.js';
import { DOPA_CLIENT, dopaEnv, filingDayAhead, graphqlWith, signedInFiler } from '../support/filer-sign-in.js';
import { CookieJar, type IssuerAccount, TestIssuer } from '../support/oidc-issuer.js';
import { type GraphQLAnswer, type SignedIn, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * ขออนุญาตโฆษณาด้วยแผ่นประกาศทางออนไลน์ over GraphQL: a citizen signs in with D.DOPA (a real OpenID Connect provider on a
 * loopback port), asks the SAO of Pong for a leaflet permit in Thai digits and Buddhist Era dates; the district's staff
 * find it in their list as an online request and take it to an issued permit; the filer follows it and downloads the
 * PDF. Another filer reads none of it, no filer session is refused, and bad fields are refused by field, storing nothing.
 */
const day = filingDayAhead();
const somchai: IssuerAccount = { sub: 'dopa-0001', pid: citizenId('110170023070'), name: 'นายสมชาย ใจดี' };
const somying: IssuerAccount = { sub: 'dopa-0002', pid: citizenId('310120012345'), name: 'นางสมหญิง รักดี' };

const THAI = '๐๑๒๓๔๕๖๗๘๙';
/** The day `days` after the service's clock starts, ISO and as a filer types it (D/M/YYYY B.E., Thai digits). */
function dayAfter(days: number) {
  const d = new Date(day.clockStart.getTime() + days * 86_400_000);
  const iso = d.toISOString().slice(0, 10);
  const typed = `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear() + 543}`.replace(/\d/g, (n) => THAI[Number(n)]);
  return { iso, typed };
}
const [from, to] = [dayAfter(10), dayAfter(20)];

let issuer: TestIssuer;
let t: TestApp;
let bangLamung: SignedIn;
let somchaiJar: CookieJar;
let somyingJar: CookieJar;

const PERMIT = `permitId status channel authorityCode authorityNameTh applicantName phone advertisement from to leaflets fee requestedOn dueOn
  decidedOn conditions reasons paidOn receiptNumber permitNumber issuedOn pdfPath places { kind subdistrictCode subdistrictNameTh lat lon description }`;
const REQUEST = `mutation ($input: RequestLeafletPermitOnlineInput!) { requestLeafletPermitOnline(input: $input) { ${PERMIT} } }`;
const ONE = `query ($id: ID!) { filerLeafletPermit(id: $id) { ${PERMIT} } }`;
const LIST = '{ filerLeafletPermits { totalCount edges { node { permitId status channel authorityNameTh fee dueOn permitNumber pdfPath } } } }';
const AUTHORITIES = 'query ($search: String!) { leafletPermitAuthorities(search: $search) { code nameTh placeTh } }';
const staffStep = (name: string) => `mutation ($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { permit { status } } }`;

const input = {
  authorityCode: '๖๒๐๐๗๐๒', advertisement: 'ร้านก๋วยเตี๋ยวน้ำใสเปิดใหม่ ลดราคา 20%',
  places: [{ subdistrictCode: '๒๐๐๔๐๔', description: 'หน้าตลาดโป่ง' }, { lat: '๑๒.๙๒๓๕', lon: '100.8825' }],
  from: from.typed, to: to.typed, leaflets: '๕,๐๐๐', phone: '๐๘๑-๒๓๔-๕๖๗๘',
};

const refusals = (answer: GraphQLAnswer) => (answer.errors ?? []).map((e) => {
  expect(e.extensions).toEqual({ code: expect.any(String), field: e.extensions.field, messageTh: expect.stringMatching(/[ก-๙]/), messageEn: expect.any(String) });
  return [e.extensions.code, e.extensions.field];
});
const asFiler = async (jar: CookieJar, query: string, variables?: Record<string, unknown>) => {
  const answer = await graphqlWith(t.base, jar, query, variables);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
};
const pdfOf = (jar: CookieJar, permitId: string) => fetch(`${t.base}/filer/leaflet-permits/${permitId}.pdf`, { headers: { cookie: jar.header() } });
const eventCount = async () => (await t.db.pool.query('SELECT count(*)::int AS n FROM events')).rows[0].n as number;

beforeAll(async () => {
  issuer = await TestIssuer.start(DOPA_CLIENT, [somchai, somying]);
  t = await startTestApp({ clockStart: day.clockStart, env: dopaEnv(issuer) });
  for (const authority of [
    { code: '6200702', nameTh: 'องค์การบริหารส่วนตำบลโป่ง', kind: 'SAO', provinceCode: '20', districtCode: '2004', billerCode: '81234' },
    { code: '2200101', nameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', kind: 'PAO', provinceCode: '20', billerCode: '80141' },
  ]) expect((await t.admin.graphql('mutation ($input: RegisterLocalAuthorityInput!) { registerLocalAuthority(input: $input) { code } }', { input: authority })).errors).toBeUndefined();
  const terms = { authorityCode: '6200702', effectiveFrom: '2568-01-01', ordinance: 'ข้อบัญญัติ อบต.โป่ง เรื่อง ค่าธรรมเนียม', leafletPermitFee: '200',
    leafletDecisionDays: '5', filingDeadlineDay: '10', surchargePercentPerMonth: '1.5', surchargeCapPercent: '50' };
  expect((await t.admin.graphql('mutation ($input: EnactAuthorityTermsInput!) { enactAuthorityTerms(input: $input) { effectiveFrom } }', { input: terms })).errors).toBeUndefined();
  bangLamung = await t.signInAs({ level: 'DISTRICT', office: '2004' });
  somchaiJar = await signedInFiler(t.base, issuer, somchai);
  somyingJar = await signedInFiler(t.base, issuer, somying);
}, 120_000);
afterAll(async () => {
  await t?.close();
  await issuer?.close();
});

describe('a filer asks for a leaflet permit online and follows it', () => {
  let permitId: string;

  it('finds the SAO by name, never a PAO', async () => {
    expect((await asFiler(somchaiJar, AUTHORITIES, { search: 'โป่ง' })).leafletPermitAuthorities)
      .toEqual([{ code: '6200702', nameTh: 'องค์การบริหารส่วนตำบลโป่ง', placeTh: 'บางละมุง, ชลบุรี' }]);
    expect((await asFiler(somchaiJar, AUTHORITIES, { search: 'ชลบุรี' })).leafletPermitAuthorities).toEqual([]);
  });

  it('requests in Thai digits and B.E. dates as themself: the name and citizen id D.DOPA verified, channel ONLINE', async () => {
    const { requestLeafletPermitOnline: permit } = await asFiler(somchaiJar, REQUEST, { input: { ...input, commandId: 'online-1' } });
    permitId = permit.permitId;
    expect(permit).toMatchObject({
      permitId: expect.stringMatching(/^LP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/), status: 'REQUESTED', channel: 'ONLINE', authorityCode: '6200702',
      applicantName: 'นายสมชาย ใจดี', phone: '0812345678', from: from.iso, to: to.iso, leaflets: 5000, fee: '200.00',
      requestedOn: day.clockStart.toISOString().slice(0, 10), dueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), pdfPath: null,
      places: [
        { kind: 'SUBDISTRICT', subdistrictCode: '200404', subdistrictNameTh: 'โป่ง', lat: null, lon: null, description: 'หน้าตลาดโป่ง' },
        { kind: 'POINT', subdistrictCode: null, subdistrictNameTh: null, lat: '12.9235', lon: '100.8825', description: null },
      ],
    });
    const again = await asFiler(somchaiJar, REQUEST, { input: { ...input, commandId: 'online-1' } });
    expect(again.requestLeafletPermitOnline.permitId).toBe(permitId);
    // The citizen id is stored sealed under the applicant's key (issue 17), never in plain; the permit reads it back (below).
    const { rows } = await t.db.pool.query(`SELECT type, schema_version, metadata->>'actor' AS actor, data->'applicant'->>'kind' AS kind,
        data->'applicant' ? '$sealed' AS sealed, strpos(data::text, $2) > 0 AS plain
      FROM events WHERE stream_id = $1`, [`leaflet-${permitId}`, somchai.pid]);
    expect(rows).toEqual([{ type: 'LeafletPermitRequested', schema_version: 2, actor: 'filer:dopa-0001', kind: 'PERSON', sealed: true, plain: false }]);
  });

  it('reaches the staff of the district as an online request, which they check, approve, take the fee of and issue', async () => {
    await t.caughtUp();
    const list = await bangLamung.graphql('{ leafletPermits { edges { node { permitId channel status applicantName } } } }');
    expect(list.data.leafletPermits.edges).toEqual([{ node: { permitId, channel: 'ONLINE', status: 'REQUESTED', applicantName: 'นายสมชาย ใจดี' } }]);
    const one = await bangLamung.graphql('query ($id: ID!) { leafletPermit(id: $id) { permit { channel applicantIdNumber } history { actor } } }', { id: permitId });
    expect(one.errors).toBeUndefined();
    expect(one.data.leafletPermit).toEqual({ permit: { channel: 'ONLINE', applicantIdNumber: somchai.pid }, history: [{ actor: 'filer:dopa-0001' }] });
    for (const [step, extra] of [['checkLeafletPermit', {}], ['approveLeafletPermit', { conditions: ['ห้ามปิดบนเสาไฟฟ้าและต้นไม้'] }],
      ['recordLeafletFeePaid', { amount: '200', paidOn: day.clockStart.toISOString().slice(0, 10) }], ['issueLeafletPermit', {}]] as const) {
      const answer = await bangLamung.graphql(staffStep(step), { input: { permitId, ...extra } });
      expect(answer.errors).toBeUndefined();
    }
  });

  it('shows the filer the permit issued, in their list and whole, and serves them its PDF', async () => {
    await t.caughtUp();
    const { filerLeafletPermits } = await asFiler(somchaiJar, LIST);
    expect(filerLeafletPermits).toEqual({ totalCount: 1, edges: [{ node: {
      permitId, status: 'ISSUED', channel: 'ONLINE', authorityNameTh: 'องค์การบริหารส่วนตำบลโป่ง', fee: '200.00', dueOn: expect.any(String),
      permitNumber: expect.stringMatching(/^1\/25\d\d$/), pdfPath: `/filer/leaflet-permits/${permitId}.pdf`,
    } }] });
    const { filerLeafletPermit: whole } = await asFiler(somchaiJar, ONE, { id: permitId.toLowerCase() });
    expect(whole).toMatchObject({ status: 'ISSUED', conditions: ['ห้ามปิดบนเสาไฟฟ้าและต้นไม้'], receiptNumber: expect.stringMatching(/^1\//), issuedOn: expect.any(String) });
    const response = await pdfOf(somchaiJar, permitId);
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const text = (await pdfPages(new Uint8Array(await response.arrayBuffer()))).join('\n');
    for (const expected of ['ใบอนุญาตให้โฆษณาด้วยการปิด ทิ้ง หรือโปรยแผ่นประกาศ', 'องค์การบริหารส่วนตำบลโป่ง', 'นายสมชาย ใจดี', 'ห้ามปิดบนเสาไฟฟ้าและต้นไม้']) {
      expect(text).toContain(expected.normalize('NFKD'));
    }
  });

  it('lists a request staff keyed at the office in their name too, as PAPER', async () => {
    const keyed = await bangLamung.graphql('mutation ($input: RequestLeafletPermitInput!) { requestLeafletPermit(input: $input) { permitId } }', { input: {
      authorityCode: '6200702', applicant: { kind: 'PERSON', name: 'นายสมชาย ใจดี', idNumber: somchai.pid, phone: '0812345678' },
      advertisement: 'งานวัด', places: [{ subdistrictCode: '200404' }], from: from.iso, to: to.iso, leaflets: '100',
    } });
    expect(keyed.errors).toBeUndefined();
    await t.caughtUp();
    const { filerLeafletPermits } = await asFiler(somchaiJar, LIST);
    expect(filerLeafletPermits.edges.map((e: { node: { permitId: string; channel: string } }) => [e.node.permitId, e.node.channel]))
      .toEqual([[keyed.data.requestLeafletPermit.permitId, 'PAPER'], [permitId, 'ONLINE']]);
  });

  it("keeps another filer out: they neither list, read nor download it", async () => {
    expect((await asFiler(somyingJar, LIST)).filerLeafletPermits).toEqual({ totalCount: 0, edges: [] });
    expect(refusals(await graphqlWith(t.base, somyingJar, ONE, { id: permitId }))).toEqual([['LEAFLET_PERMIT_NOT_FOUND', 'id']]);
    const response = await pdfOf(somyingJar, permitId);
    expect([response.status, ((await response.json()) as { code: string }).code]).toEqual([404, 'LEAFLET_PERMIT_NOT_FOUND']);
  });

  it('refuses every filer read and request without a filer session, a staff session being none', async () => {
    expect(refusals(await graphqlWith(t.base, new CookieJar(), REQUEST, { input }))).toEqual([['FILER_NOT_SIGNED_IN', null]]);
    expect(refusals(await bangLamung.graphql(LIST))).toEqual([['FILER_NOT_SIGNED_IN', null]]);
    expect(refusals(await bangLamung.graphql(ONE, { id: permitId }))).toEqual([['FILER_NOT_SIGNED_IN', null]]);
    const response = await pdfOf(new CookieJar(), permitId);
    expect([response.status, ((await response.json()) as { code: string }).code]).toEqual([401, 'FILER_NOT_SIGNED_IN']);
  });

  it('answers bad fields and a PAO with typed errors by field, storing nothing', async () => {
    const before = await eventCount();
    const bad = await graphqlWith(t.base, somchaiJar, REQUEST, { input: {
      ...input, advertisement: ' ', places: [{ subdistrictCode: '200101' }], from: to.typed, to: from.typed, leaflets: '๐', phone: '12',
    } });
    expect(refusals(bad)).toEqual([
      ['PHONE_MALFORMED', 'phone'], ['TEXT_REQUIRED', 'advertisement'], ['LEAFLET_PLACE_OUTSIDE_AUTHORITY', 'places[0].subdistrictCode'],
      ['LEAFLET_PERIOD_ENDS_BEFORE_START', 'to'], ['LEAFLET_COUNT_INVALID', 'leaflets'],
    ]);
    expect(refusals(await graphqlWith(t.base, somchaiJar, REQUEST, { input: { ...input, authorityCode: '2200101' } })))
      .toEqual([['LEAFLET_PAO_NOT_ISSUER', 'authorityCode']]);
    expect(refusals(await graphqlWith(t.base, somchaiJar, REQUEST, { input: { ...input, authorityCode: '9999999' } })))
      .toEqual([['AUTHORITY_NOT_FOUND', 'authorityCode']]);
    expect(await eventCount()).toBe(before);
  });
});
