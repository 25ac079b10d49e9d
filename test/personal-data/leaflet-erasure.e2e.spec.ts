import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ERASED_MARKER } from '../../src/personal-data/keys/personal-data-shredder.js';
import { ProjectionRebuilder } from '../../src/projections/rebuild/projection-rebuilder.js';
import { pdfPages } from '../reporting/pdf-text.js';
import { citizenId } from '../support/complaint-fixtures.js';
import { databaseText } from '../support/database-text.js';
import { type SignedIn, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue 17's erasure of a leaflet permit applicant, end to end: a person asks the SAO of Pong for two permits, one
 * checked (a note naming them), approved, paid (its receipt numbered in the same transaction as its event) and issued,
 * the other refused with reasons naming them; another person's request stays under way. Their values are sealed in
 * the log from the start and read back whole; an erasure request is refused while a permit of theirs is under way and
 * accepted once none is. After it the permit's page, history, PDF, the list and the report show the marker; the
 * numbers, fees, counts and the log's hash chains are as they were; a rebuild of the list makes the same rows; and no
 * value of theirs is left in any table or in the service's log.
 */
const erased = {
  citizenId: citizenId('310050066612'), name: 'นายประยงค์ ลบได้แน่นอน', phone: '0866001234',
  advertisement: 'ครูประยงค์สอนพิเศษคณิตศาสตร์ โทร 086-600-1234', note: 'โทรยืนยันกับคุณประยงค์แล้ว', reason: 'ประยงค์เคยแจกใบปลิวโดยไม่ได้รับอนุญาต',
};
const kept = { citizenId: citizenId('310050066613'), name: 'นางบุษบา คงอยู่ตลอด', advertisement: 'ร้านบุษบาผ้าไหมลดราคา' };

const REGISTER = 'mutation ($input: RegisterLocalAuthorityInput!) { registerLocalAuthority(input: $input) { code } }';
const ENACT = 'mutation ($input: EnactAuthorityTermsInput!) { enactAuthorityTerms(input: $input) { effectiveFrom } }';
const RESULT = 'permitId permit { status }';
const mutation = (name: string) => `mutation ($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${RESULT} } }`;
const PAGE = `query ($id: ID!) { leafletPermit(id: $id) { permit { status applicantKind applicantName applicantIdNumber applicantPhone advertisement
  checkNote conditions reasons fee receiptNumber permitNumber places { subdistrictCode description } } history { type data } } }`;
const LIST = `{ leafletPermits(first: 10) { totalCount edges { node { permitId status applicantName advertisement fee receiptNumber permitNumber } } } }`;
const REPORT = `{ localAuthorityReport(authorityCode: "6200702", period: "2569") {
  collection { payments total } permitsIssued { permitId permitNumber applicantName fee } } }`;
const VERIFY = 'query { verifyLog { intact checkedEvents brokenLinks { streamId } } }';
const ERASURE = `mutation ($input: RecordErasureRequestInput!) { recordErasureRequest(input: $input) {
  caseCount decision refusals { code cases { caseType caseId } } keysDestroyed streamCount } }`;
const asked = (commandId: string) => ({
  commandId, citizenId: erased.citizenId, requester: 'DATA_SUBJECT', basis: 'CONSENT_WITHDRAWN',
  letterReference: 'หนังสือขอลบข้อมูล ลว. ๑ ธ.ค. ๒๕๖๘', receivedOn: '๑/๑๒/๒๕๖๘',
});

const logLines: string[] = [];
let t: TestApp;
let bangLamung: SignedIn;
const ids = { issued: '', refused: '', kept: '' };

async function ask(query: string, variables: Record<string, unknown> = {}, as: SignedIn = bangLamung): Promise<any> {
  const { data, errors } = await as.graphql(query, variables) as { data: any; errors?: unknown[] };
  expect(errors).toBeUndefined();
  return data;
}

const requestOf = (who: { citizenId: string; name: string; advertisement: string }, phone: string) => ({
  authorityCode: '6200702', applicant: { kind: 'PERSON', name: who.name, idNumber: who.citizenId, phone },
  advertisement: who.advertisement, places: [{ subdistrictCode: '200404', description: 'หน้าตลาดโป่ง' }], from: '2568-12-15', to: '2568-12-31', leaflets: '500',
});
const step = async (name: string, input: object) => (await ask(mutation(name), { input }))[name];

/** What erasure must leave as it was: the list's count and fees, the collection and permits of the report, the log's chains. */
async function figures() {
  const report = (await ask(REPORT)).localAuthorityReport;
  const list = (await ask(LIST)).leafletPermits;
  return {
    collection: report.collection,
    issued: report.permitsIssued.map(({ applicantName: _, ...rest }: any) => rest),
    listed: list.edges.map(({ node: { applicantName: _, advertisement: __, ...rest } }: any) => rest).sort((a: any, b: any) => a.permitId.localeCompare(b.permitId)),
    total: list.totalCount,
    verify: (await ask(VERIFY, {}, t.admin)).verifyLog,
  };
}

beforeAll(async () => {
  t = await startTestApp({ clockStart: new Date('2025-12-01T10:00:00+07:00'), logs: { write: (line: string) => void logLines.push(line) } });
  expect((await t.admin.graphql(REGISTER, { input: {
    code: '6200702', nameTh: 'องค์การบริหารส่วนตำบลโป่ง', kind: 'SAO', provinceCode: '20', districtCode: '2004', billerCode: '81234',
  } })).errors).toBeUndefined();
  expect((await t.admin.graphql(ENACT, { input: {
    authorityCode: '6200702', effectiveFrom: '2568-01-01', ordinance: 'ข้อบัญญัติ อบต.โป่ง เรื่อง ค่าธรรมเนียม', leafletPermitFee: '200', leafletDecisionDays: '5',
    filingDeadlineDay: '10', surchargePercentPerMonth: '1.5', surchargeCapPercent: '50',
  } })).errors).toBeUndefined();
  bangLamung = await t.signInAs({ level: 'DISTRICT', office: '2004' });

  ids.issued = (await step('requestLeafletPermit', { ...requestOf(erased, erased.phone), commandId: 'issued' })).permitId;
  await step('checkLeafletPermit', { permitId: ids.issued, note: erased.note });
  await step('approveLeafletPermit', { permitId: ids.issued, conditions: ['ห้ามปิดบนเสาไฟฟ้า'] });
  await step('recordLeafletFeePaid', { permitId: ids.issued, amount: '200', paidOn: '2025-12-01' });
  await step('issueLeafletPermit', { permitId: ids.issued });
  ids.refused = (await step('requestLeafletPermit', { ...requestOf(erased, erased.phone), commandId: 'refused' })).permitId;
  ids.kept = (await step('requestLeafletPermit', { ...requestOf(kept, '0899990000'), commandId: 'kept' })).permitId;
  await t.caughtUp();
}, 120_000);
afterAll(() => t.close());

describe("erasing a leaflet permit applicant's personal data", () => {
  it('seals their values in the log, the fee and issue written in a transaction of their own included, and reads them back whole', async () => {
    const { rows } = await t.db.pool.query<{ data: string }>(`SELECT data::text FROM events WHERE stream_id LIKE 'leaflet-%'`);
    const stored = rows.map((r) => r.data).join('\n');
    for (const value of [...Object.values(erased), kept.name, kept.citizenId]) expect(stored).not.toContain(value);
    expect(stored).toContain('"receipt": {"number": 1, "fiscalYear": 2569}');
    const { permit } = (await ask(PAGE, { id: ids.issued })).leafletPermit;
    expect(permit).toMatchObject({
      status: 'ISSUED', applicantKind: 'PERSON', applicantName: erased.name, applicantIdNumber: erased.citizenId, applicantPhone: erased.phone,
      advertisement: erased.advertisement, checkNote: erased.note, receiptNumber: '1/2569', permitNumber: '1/2569',
    });
  });

  it('refuses the erasure while a permit of theirs is under way, naming it', async () => {
    const refused = (await ask(ERASURE, { input: asked('while-open') }, t.admin)).recordErasureRequest;
    expect(refused).toEqual({
      caseCount: 2, decision: 'REFUSED', keysDestroyed: null, streamCount: null,
      refusals: [{ code: 'ERASURE_SUBJECT_HAS_OPEN_CASES', cases: [{ caseType: 'LEAFLET_PERMIT', caseId: ids.refused }] }],
    });
    expect((await ask(PAGE, { id: ids.issued })).leafletPermit.permit.applicantName).toBe(erased.name);
  });

  it('shows the marker everywhere after, keeps every number and figure, and leaves none of their values in the database or the logs', async () => {
    await step('checkLeafletPermit', { permitId: ids.refused });
    await step('refuseLeafletPermit', { permitId: ids.refused, reasons: [erased.reason] });
    await t.caughtUp();
    expect((await ask(PAGE, { id: ids.refused })).leafletPermit.permit.reasons).toEqual([erased.reason]);
    const before = await figures();
    expect(before.verify.intact).toBe(true);
    expect(before.issued).toEqual([{ permitId: ids.issued, permitNumber: '1/2569', fee: '200.00' }]);

    const accepted = (await ask(ERASURE, { input: asked('after-decisions') }, t.admin)).recordErasureRequest;
    // Their key and each permit's own, in both of their permits.
    expect(accepted).toMatchObject({ caseCount: 2, decision: 'ACCEPTED', refusals: [], keysDestroyed: 4, streamCount: 2 });

    const page = (await ask(PAGE, { id: ids.issued })).leafletPermit;
    expect(page.permit).toEqual({
      status: 'ISSUED', applicantKind: 'PERSON', applicantName: ERASED_MARKER, applicantIdNumber: ERASED_MARKER, applicantPhone: ERASED_MARKER,
      advertisement: ERASED_MARKER, checkNote: ERASED_MARKER, conditions: ['ห้ามปิดบนเสาไฟฟ้า'], reasons: [], fee: '200.00', receiptNumber: '1/2569',
      permitNumber: '1/2569', places: [{ subdistrictCode: '200404', description: 'หน้าตลาดโป่ง' }],
    });
    expect(page.history.map((e: any) => e.type)).toEqual(['LeafletPermitRequested', 'LeafletPermitChecked', 'LeafletPermitApproved', 'LeafletFeePaid', 'LeafletPermitIssued']);
    expect(JSON.parse(page.history[0].data).applicant).toEqual({ kind: 'PERSON', name: ERASED_MARKER, idNumber: ERASED_MARKER, phone: ERASED_MARKER });
    expect((await ask(PAGE, { id: ids.refused })).leafletPermit.permit.reasons).toEqual([ERASED_MARKER]);
    const keptPage = (await ask(PAGE, { id: ids.kept })).leafletPermit.permit;
    expect([keptPage.applicantName, keptPage.applicantIdNumber, keptPage.advertisement]).toEqual([kept.name, kept.citizenId, kept.advertisement]);

    const listed = (await ask(LIST)).leafletPermits.edges.map((e: any) => e.node);
    expect(listed.filter((p: any) => p.permitId !== ids.kept).map((p: any) => [p.applicantName, p.advertisement]))
      .toEqual([[ERASED_MARKER, ERASED_MARKER], [ERASED_MARKER, ERASED_MARKER]]);
    expect((await ask(REPORT)).localAuthorityReport.permitsIssued[0].applicantName).toBe(ERASED_MARKER);

    const pdf = await bangLamung.get(`/leaflet-permits/${ids.issued}.pdf`);
    expect(pdf.status).toBe(200);
    const text = (await pdfPages(new Uint8Array(await pdf.arrayBuffer()))).join('\n');
    expect(text).toContain('เลขที่ 1/2569'.normalize('NFKD'));
    expect(text).toContain('ข้อมูลถูกลบตามคำขอ'.normalize('NFKD'));
    expect(text).not.toContain('ประยงค์'.normalize('NFKD'));

    // A rebuild of the list from the log makes the same rows as the erasure made anew.
    const run = await (await t.app.get(ProjectionRebuilder).start({
      names: ['leaflet-permits'], mode: 'REBUILD', acceptDifferences: false, requestedBy: 'test',
    })).done;
    expect(run.error).toBeNull();
    expect(run.parts.map((p) => [p.projection, p.differences, p.swapped])).toEqual([['leaflet-permits', 0, true]]);

    // The log holds the request's two events more (accepted, erased), every chain intact.
    expect(await figures()).toEqual({ ...before, verify: { ...before.verify, checkedEvents: before.verify.checkedEvents + 2 } });
    const dump = await databaseText(t.db.pool);
    const logs = logLines.join('\n');
    for (const value of [...Object.values(erased), 'ประยงค์']) {
      expect(dump).not.toContain(value);
      expect(logs).not.toContain(value);
    }
    expect(dump).toContain(kept.name);
  });
});
