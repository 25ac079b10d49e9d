import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { handleCommand } from '../../src/eventstore/handle-command.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { leafletPermitDecider } from '../../src/local-authorities/leaflet-permits/leaflet-permit.decider.js';
import { leafletStreamId } from '../../src/local-authorities/leaflet-permits/leaflet-permit.events.js';
import { requestCommand } from '../../src/local-authorities/leaflet-permits/leaflet-permit-fixtures.js';
import { pdfPages } from '../reporting/pdf-text.js';
import { type GraphQLAnswer, type SignedIn, startTestApp, type TestApp } from '../support/test-app.js';

/** Leaflet permits over GraphQL on a real PostgreSQL: the whole path, typed refusals, gapless numbers, overdue, scope. */
let t: TestApp;
let bangLamung: SignedIn;
let mueang: SignedIn;

const REGISTER = 'mutation ($input: RegisterLocalAuthorityInput!) { registerLocalAuthority(input: $input) { code } }';
const ENACT = 'mutation ($input: EnactAuthorityTermsInput!) { enactAuthorityTerms(input: $input) { effectiveFrom } }';
const PERMIT = `permitId status authorityCode applicantName applicantIdNumber fee dueOn overdue decidedOn conditions reasons paidOn
  receiptNumber permitNumber issuedOn pdfPath places { kind lat lon subdistrictCode subdistrictNameTh description } from to leaflets`;
const RESULT = `permitId version alreadyHandled eventTypes position permit { ${PERMIT} }`;
const mutation = (name: string) => `mutation ($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${RESULT} } }`;
const LIST = `query ($filter: LeafletPermitFilter, $after: String) { leafletPermits(filter: $filter, first: 10, after: $after) {
  totalCount edges { node { permitId status overdue dueOn receiptNumber permitNumber } } pageInfo { hasNextPage endCursor } } }`;

const request = {
  authorityCode: '๖๒๐๐๗๐๒',
  applicant: { kind: 'PERSON', name: 'นายสมชาย ใจดี', idNumber: '๑๑๐๑๗๐๐๒๓๔๕๖๘', phone: '081-234-5678' },
  advertisement: 'ร้านก๋วยเตี๋ยวน้ำใสเปิดใหม่ ลดราคา 20%',
  places: [{ subdistrictCode: '200404', description: 'หน้าตลาดโป่ง' }, { lat: '๑๒.๙๒๓๕', lon: '100.8825' }],
  from: '๑๕/๑๒/๒๕๖๘', to: '2568-12-31', leaflets: '๕,๐๐๐',
};
const codes = (answer: GraphQLAnswer) => (answer.errors ?? []).map((e) => {
  expect([typeof e.extensions.messageTh, e.extensions.messageTh]).toEqual(['string', expect.stringMatching(/[ก-๙]/)]);
  return [e.extensions.code, e.extensions.field];
});

beforeAll(async () => {
  // Monday 1 December 2025, 10:00 in Bangkok; an earlier request, made on 3 November and due on the 10th, is still undecided.
  t = await startTestApp({
    clockStart: new Date('2025-12-01T10:00:00+07:00'),
    beforeStart: async (db) => {
      const command = requestCommand({ permitId: 'LP-0000-0000-00AA', at: '2025-11-03T03:00:00.000Z', dueOn: '2025-11-10', from: '2025-11-20', to: '2025-11-30' });
      await handleCommand(new PostgresEventStore(db.pool), leafletStreamId('LP-0000-0000-00AA'), leafletPermitDecider, command,
        { commandId: 'aged-request', actor: 'system:test' });
    },
  });
  for (const input of [
    { code: '6200702', nameTh: 'องค์การบริหารส่วนตำบลโป่ง', kind: 'SAO', provinceCode: '20', districtCode: '2004', billerCode: '81234' },
    { code: '2200101', nameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', kind: 'PAO', provinceCode: '20', billerCode: '80141' },
    { code: '5200101', nameTh: 'เทศบาลเมืองบ้านสวน', kind: 'MUNICIPALITY', municipalityClass: 'TOWN', provinceCode: '20', districtCode: '2001', billerCode: '81777' },
  ]) expect((await t.admin.graphql(REGISTER, { input })).errors).toBeUndefined();
  const terms = { effectiveFrom: '2568-01-01', ordinance: 'ข้อบัญญัติ อบต.โป่ง เรื่อง ค่าธรรมเนียม', leafletPermitFee: '๒๐๐', leafletDecisionDays: '๕',
    filingDeadlineDay: '10', surchargePercentPerMonth: '1.5', surchargeCapPercent: '50' };
  expect((await t.admin.graphql(ENACT, { input: { ...terms, authorityCode: '6200702' } })).errors).toBeUndefined();
  bangLamung = await t.signInAs({ level: 'DISTRICT', office: '2004' });
  mueang = await t.signInAs({ level: 'DISTRICT', office: '2001' });
}, 120_000);
afterAll(() => t.close());

describe('leaflet permits over GraphQL', () => {
  let permitId: string;

  it('records a request typed in Thai digits, with the fee of the terms in force and the due day five working days on', async () => {
    const answer = await bangLamung.graphql(mutation('requestLeafletPermit'), { input: { ...request, commandId: 'request-1' } });
    expect(answer.errors).toBeUndefined();
    const result = answer.data.requestLeafletPermit;
    permitId = result.permitId;
    expect(permitId).toMatch(/^LP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(result).toMatchObject({ version: 1, alreadyHandled: false, eventTypes: ['LeafletPermitRequested'] });
    // Friday 5 December is a holiday: Tuesday 9 December is the fifth working day.
    expect(result.permit).toMatchObject({
      status: 'REQUESTED', authorityCode: '6200702', applicantIdNumber: '1101700234568', fee: '200.00', dueOn: '2025-12-09', overdue: false,
      from: '2025-12-15', to: '2025-12-31', leaflets: 5000, pdfPath: null,
      places: [
        { kind: 'SUBDISTRICT', lat: null, lon: null, subdistrictCode: '200404', subdistrictNameTh: 'โป่ง', description: 'หน้าตลาดโป่ง' },
        { kind: 'POINT', lat: '12.9235', lon: '100.8825', subdistrictCode: null, subdistrictNameTh: null, description: null },
      ],
    });
    const again = await bangLamung.graphql(mutation('requestLeafletPermit'), { input: { ...request, commandId: 'request-1' } });
    expect(again.data.requestLeafletPermit).toMatchObject({ permitId, alreadyHandled: true });
  });

  it('answers bad fields, a PAO and an authority without terms with typed errors, storing nothing', async () => {
    const { rows: [before] } = await t.db.pool.query('SELECT count(*)::int AS n FROM events');
    const bad = await bangLamung.graphql(mutation('requestLeafletPermit'), { input: {
      ...request, applicant: { ...request.applicant, idNumber: '1101700234567' }, places: [{ subdistrictCode: '200101' }], from: '2568-12-20', to: '2568-12-19',
    } });
    expect(codes(bad)).toEqual([
      ['CITIZEN_ID_CHECK_DIGIT', 'applicant.idNumber'], ['LEAFLET_PLACE_OUTSIDE_AUTHORITY', 'places[0].subdistrictCode'], ['LEAFLET_PERIOD_ENDS_BEFORE_START', 'to'],
    ]);
    expect(codes(await t.admin.graphql(mutation('requestLeafletPermit'), { input: { ...request, authorityCode: '2200101' } })))
      .toEqual([['LEAFLET_PAO_NOT_ISSUER', 'authorityCode']]);
    expect(codes(await mueang.graphql(mutation('requestLeafletPermit'), { input: { ...request, authorityCode: '5200101' } })))
      .toEqual([['LEAFLET_NO_TERMS_IN_FORCE', 'authorityCode']]);
    const { rows: [after] } = await t.db.pool.query('SELECT count(*)::int AS n FROM events');
    expect(after.n).toBe(before.n);
  });

  it('keeps each district to its own authorities: another district neither reads, lists nor acts on the request', async () => {
    expect(codes(await mueang.graphql(mutation('requestLeafletPermit'), { input: request }))).toEqual([['LEAFLET_AUTHORITY_OUTSIDE_AREA', 'authorityCode']]);
    expect(codes(await mueang.graphql('query ($id: ID!) { leafletPermit(id: $id) { permit { permitId } } }', { id: permitId })))
      .toEqual([['LEAFLET_PERMIT_NOT_FOUND', 'id']]);
    expect(codes(await mueang.graphql(mutation('checkLeafletPermit'), { input: { permitId } }))).toEqual([['LEAFLET_PERMIT_NOT_FOUND', 'permitId']]);
    await t.caughtUp();
    expect((await mueang.graphql(LIST, {})).data.leafletPermits.totalCount).toBe(0);
    expect((await bangLamung.graphql(LIST, {})).data.leafletPermits.totalCount).toBe(2);
    expect(codes(await mueang.graphql(mutation('recordLeafletFeePaid'), { input: { permitId, amount: '200', paidOn: '2025-12-01' } })))
      .toEqual([['LEAFLET_PERMIT_NOT_FOUND', 'permitId']]);
  });

  it('lists the overdue undecided requests of an authority', async () => {
    await t.caughtUp();
    const overdue = await bangLamung.graphql(LIST, { filter: { authorityCode: '6200702', overdue: true } });
    expect(overdue.data.leafletPermits).toMatchObject({
      totalCount: 1, edges: [{ node: { permitId: 'LP-0000-0000-00AA', status: 'REQUESTED', overdue: true, dueOn: '2025-11-10' } }],
    });
  });

  it('goes checked → approved → paid → issued, numbering the receipt and the permit from 1 in fiscal year 2569', async () => {
    const decideEarly = await bangLamung.graphql(mutation('approveLeafletPermit'), { input: { permitId, conditions: [] } });
    expect(codes(decideEarly)).toEqual([['LEAFLET_NOT_CHECKED', 'permitId']]);
    expect((await bangLamung.graphql(mutation('checkLeafletPermit'), { input: { permitId, note: 'เอกสารครบ' } })).data.checkLeafletPermit.permit.status)
      .toBe('CHECKED');
    const approved = await bangLamung.graphql(mutation('approveLeafletPermit'), { input: { permitId, conditions: ['ห้ามปิดบนเสาไฟฟ้าและต้นไม้', 'เก็บแผ่นประกาศออกภายใน 7 วันหลังครบกำหนด'] } });
    expect(approved.data.approveLeafletPermit.permit).toMatchObject({ status: 'APPROVED', decidedOn: '2025-12-01' });
    expect(codes(await bangLamung.graphql(mutation('refuseLeafletPermit'), { input: { permitId, reasons: ['ซ้ำ'] } })))
      .toEqual([['LEAFLET_ALREADY_DECIDED', 'permitId']]);
    expect(codes(await bangLamung.graphql(mutation('issueLeafletPermit'), { input: { permitId } }))).toEqual([['LEAFLET_FEE_NOT_PAID', 'permitId']]);
    expect(codes(await bangLamung.graphql(mutation('recordLeafletFeePaid'), { input: { permitId, amount: '100', paidOn: '2568-12-01' } })))
      .toEqual([['LEAFLET_FEE_AMOUNT_MISMATCH', 'amount']]);

    const paid = await bangLamung.graphql(mutation('recordLeafletFeePaid'), { input: { permitId, amount: '๒๐๐.๐๐', paidOn: '๑/๑๒/๒๕๖๘', commandId: 'pay-1' } });
    expect(paid.data.recordLeafletFeePaid.permit).toMatchObject({ status: 'PAID', paidOn: '2025-12-01', receiptNumber: '1/2569' });
    const retried = await bangLamung.graphql(mutation('recordLeafletFeePaid'), { input: { permitId, amount: '๒๐๐.๐๐', paidOn: '๑/๑๒/๒๕๖๘', commandId: 'pay-1' } });
    expect(retried.data.recordLeafletFeePaid).toMatchObject({ alreadyHandled: true, permit: { receiptNumber: '1/2569' } });
    expect(codes(await bangLamung.graphql(mutation('recordLeafletFeePaid'), { input: { permitId, amount: '200', paidOn: '2025-12-01' } })))
      .toEqual([['LEAFLET_FEE_ALREADY_PAID', 'permitId']]);
    const issued = await bangLamung.graphql(mutation('issueLeafletPermit'), { input: { permitId } });
    expect(issued.data.issueLeafletPermit.permit).toMatchObject({
      status: 'ISSUED', permitNumber: '1/2569', issuedOn: '2025-12-01', pdfPath: `/leaflet-permits/${permitId}.pdf`,
    });
    // The refused and retried payments took no number: the book holds one receipt, one permit.
    const { rows } = await t.db.pool.query(`SELECT book, number, stream_id FROM local_numbers_taken WHERE authority_code = '6200702' ORDER BY book`);
    expect(rows).toEqual([
      { book: 'LEAFLET_PERMIT', number: 1, stream_id: `leaflet-${permitId}` }, { book: 'RECEIPT', number: 1, stream_id: `leaflet-${permitId}` },
    ]);
    await t.caughtUp();
    const list = await bangLamung.graphql(LIST, { filter: { status: 'ISSUED' } });
    expect(list.data.leafletPermits.edges).toEqual([{ node: { permitId, status: 'ISSUED', overdue: false, dueOn: '2025-12-09', receiptNumber: '1/2569', permitNumber: '1/2569' } }]);
  });

  it('answers the permit with its history, and serves the issued permit as a PDF whose Thai text reads back', async () => {
    const one = await bangLamung.graphql('query ($id: ID!) { leafletPermit(id: $id) { permit { status conditions } history { type actor version } } }', { id: permitId.toLowerCase() });
    expect(one.data.leafletPermit.history.map((e: { type: string }) => e.type)).toEqual([
      'LeafletPermitRequested', 'LeafletPermitChecked', 'LeafletPermitApproved', 'LeafletFeePaid', 'LeafletPermitIssued',
    ]);
    expect(one.data.leafletPermit.history[0].actor).toBe(`account:${bangLamung.accountId}`);
    const withApplicant = await bangLamung.graphql('query ($id: ID!) { leafletPermit(id: $id) { permit { applicantName applicantIdNumber } } }', { id: permitId });
    expect(withApplicant.data.leafletPermit.permit).toEqual({ applicantName: 'นายสมชาย ใจดี', applicantIdNumber: '1101700234568' });
    const { rows: reads } = await t.db.pool.query(
      `SELECT account_id, fields FROM personal_data_reads WHERE record_type = 'stream' AND record_id = $1 AND 'applicantIdNumber' = ANY (fields)`,
      [`leaflet-${permitId}`]);
    // This read and the mutations' answers that carried the applicant: all by the district that holds the permit.
    expect(reads).toContainEqual({ account_id: bangLamung.accountId, fields: ['applicantIdNumber', 'applicantName'] });
    expect(new Set(reads.map((r) => r.account_id))).toEqual(new Set([bangLamung.accountId]));
    const response = await bangLamung.get(`/leaflet-permits/${permitId}.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = (await pdfPages(new Uint8Array(await response.arrayBuffer()))).join('\n');
    for (const expected of ['ใบอนุญาตให้โฆษณาด้วยการปิด ทิ้ง หรือโปรยแผ่นประกาศ', 'เลขที่ 1/2569', 'องค์การบริหารส่วนตำบลโป่ง', 'นายสมชาย ใจดี',
      'ร้านก๋วยเตี๋ยวน้ำใสเปิดใหม่', 'ตั้งแต่วันที่ 15 ธันวาคม 2568 ถึงวันที่ 31 ธันวาคม 2568', 'ห้ามปิดบนเสาไฟฟ้าและต้นไม้', 'ใบเสร็จรับเงินเลขที่ 1/2569']) {
      expect(text).toContain(expected.normalize('NFKD'));
    }
    const { rows: pdfReads } = await t.db.pool.query(
      `SELECT account_id FROM personal_data_reads WHERE record_type = 'stream' AND record_id = $1 AND 'pdf.applicantIdNumber' = ANY (fields)`,
      [`leaflet-${permitId}`]);
    expect(pdfReads).toEqual([{ account_id: bangLamung.accountId }]);
    const elsewhere = await mueang.get(`/leaflet-permits/${permitId}.pdf`);
    expect([elsewhere.status, ((await elsewhere.json()) as { code: string }).code]).toEqual([404, 'LEAFLET_PERMIT_NOT_FOUND']);
  });

  it('answers 404 with the typed refusal for a permit there is none of, and 400 for a file name that is no permit id', async () => {
    const refusal = async (path: string) => {
      const response = await bangLamung.get(path);
      return [response.status, response.headers.get('content-type'), await response.json()];
    };
    expect(await refusal('/leaflet-permits/LP-0000-0000-0000.pdf')).toEqual([404, expect.stringContaining('application/json'), {
      code: 'LEAFLET_PERMIT_NOT_FOUND', messageTh: 'ไม่พบคำขออนุญาตโฆษณาด้วยแผ่นประกาศนี้', messageEn: 'There is no such leaflet permit request', field: 'id',
    }]);
    for (const path of ['/leaflet-permits/not-a-permit.pdf', `/leaflet-permits/${permitId}.txt`, '/leaflet-permits/LP-0000-0000-000I.pdf']) {
      expect(await refusal(path)).toEqual([400, expect.stringContaining('application/json'), expect.objectContaining({ code: 'LEAFLET_PERMIT_ID_MALFORMED', field: 'file' })]);
    }
  });

  it('numbers receipts without gaps when payments at the authority come at once, a double payment of one permit among them', async () => {
    const approvedPermit = async (i: number) => {
      const made = await bangLamung.graphql(mutation('requestLeafletPermit'), { input: { ...request, commandId: `many-${i}` } });
      const id: string = made.data.requestLeafletPermit.permitId;
      await bangLamung.graphql(mutation('checkLeafletPermit'), { input: { permitId: id } });
      expect((await bangLamung.graphql(mutation('approveLeafletPermit'), { input: { permitId: id, conditions: [] } })).errors).toBeUndefined();
      return id;
    };
    const ids = await Promise.all([1, 2, 3, 4, 5, 6].map(approvedPermit));
    const pay = (id: string) => bangLamung.graphql(mutation('recordLeafletFeePaid'), { input: { permitId: id, amount: '200', paidOn: '2025-12-01' } });
    const answers = await Promise.all([...ids.map(pay), pay(ids[0])]);
    const receipts = answers.flatMap((a) => (a.data?.recordLeafletFeePaid ? [a.data.recordLeafletFeePaid.permit.receiptNumber] : []));
    expect(receipts.sort()).toEqual(['2/2569', '3/2569', '4/2569', '5/2569', '6/2569', '7/2569']);
    expect(answers.flatMap(codes)).toEqual([['LEAFLET_FEE_ALREADY_PAID', 'permitId']]);
    const { rows } = await t.db.pool.query(
      `SELECT number, stream_id FROM local_numbers_taken WHERE authority_code = '6200702' AND book = 'RECEIPT' ORDER BY number`);
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(rows.slice(1).map((r) => r.stream_id))).toEqual(new Set(ids.map((id) => `leaflet-${id}`)));
  });
});
