import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/config/config.js';
import { CodecEventStore } from '../../src/eventstore/event-codec.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { personalDataCodec } from '../../src/personal-data/keys/master-key.js';
import { ERASED_MARKER, PERSONAL_DATA_SHREDDER, type PersonalDataShredder } from '../../src/personal-data/keys/personal-data-shredder.js';
import { ProjectionRebuilder } from '../../src/projections/rebuild/projection-rebuilder.js';
import { citizenIdOf, registration, runCase, step } from '../support/debt-generator.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';
import { bkk } from '../reporting/report-fixture.js';
import { databaseText } from '../support/database-text.js';

/**
 * Issue 17's erasure, end to end: a debtor registered in Mueang Mukdahan, transferred to Nikhom Kham Soi, mediated
 * and reported in Friday's frozen report, then erased (crypto-shredding: their keys destroyed). Every read shows the
 * marker; the counts, the frozen report and the log's hash chains are as they were; no value of theirs is left in
 * any table of the database or in the service's log.
 */
const FRI = '2025-03-07';
const ERASED = 41;
const KEPT = 42;
const erasedCase = 'DEBT-ERAS-E000-0001';
const keptCase = 'DEBT-KEPT-0000-0002';

/** The values the erased debtor was registered with, each as it would be stored. */
const erasedValues = {
  citizenId: citizenIdOf(ERASED), firstName: 'ลูกหนี้ลบทิ้ง', lastName: 'ข้อมูลส่วนตัว', phone: '0897654321', line: '99/9 หมู่ 7 ถนนลบข้อมูล',
  note: 'ลูกหนี้เล่าว่าถูกข่มขู่ที่บ้าน', reason: 'ย้ายไปอยู่บ้านญาติที่นิคมคำสร้อย',
};

const logLines: string[] = [];
let t: TestApp;
let centre: SignedIn;
let shredder: PersonalDataShredder;

const CASE = `query ($id: ID!) { debtCaseDetail(id: $id) { debtor { citizenId firstName lastName phone address { line district { code } } }
  district { code } totalPrincipal transfers { reason to { code } } } }`;
const LIST = `query ($filter: DebtCaseFilter) { debtCases(filter: $filter) { edges { node { caseId debtorFirstName debtorLastName districtCode } } } }`;
const HISTORY = 'query ($id: ID!) { debtCaseHistory(id: $id) { type data } }';
const COUNTS = 'query { districtCounts(provinceCode: "49") { district { code } counts { agreed closed contacted debtBefore debtAfter principal } } }';
const REPORT = `query { dailyMediationReport(date: "${FRI}", provinceCode: "49") { frozenAt sha256 districts { districtCode period { registered agreed transfersIn } cumulative { registered agreed } } } }`;
const VERIFY = 'query { verifyLog { intact checkedEvents checkedSeals brokenLinks { streamId } } }';

async function ask(query: string, variables?: Record<string, unknown>, as = centre): Promise<any> {
  const { data, errors } = await as.graphql(query, variables) as { data: any; errors?: unknown[] };
  expect(errors).toBeUndefined();
  return data;
}

const figures = async () => ({ counts: await ask(COUNTS), report: await ask(REPORT), verify: (await ask(VERIFY, {}, t.admin)).verifyLog });

beforeAll(async () => {
  t = await startTestApp({
    clockStart: new Date(bkk('2025-03-10', '10:00:00')),
    logs: { write: (line: string) => void logLines.push(line) },
    async beforeStart(db) {
      // Written through the service's codec (the same master key, from the data folder), as the API would seal them.
      const store = new CodecEventStore(new PostgresEventStore(db.pool), await personalDataCodec(loadConfig({}).masterKey, db.pool));
      const registered = registration(ERASED, erasedCase, { districtCode: '4901', at: bkk('2025-03-06', '10:00:00') });
      await runCase(store, erasedCase, [
        {
          ...registered,
          debtor: { ...registered.debtor, firstName: erasedValues.firstName, lastName: erasedValues.lastName, phone: erasedValues.phone,
            address: { ...registered.debtor.address, line: erasedValues.line } },
          helpWanted: { kinds: ['MEDIATION'], note: erasedValues.note },
        },
        { ...step.contact(), at: bkk('2025-03-06', '11:00:00') },
        { type: 'TransferDebtCase', at: bkk(FRI, '09:00:00'), toDistrictCode: '4902', reason: erasedValues.reason },
        { ...step.schedule(FRI, '10.00'), at: bkk(FRI, '09:30:00') },
        { ...step.agree('30,000', '2025-04-01'), at: bkk(FRI, '11:00:00') },
      ]);
      await runCase(store, keptCase, [registration(KEPT, keptCase, { districtCode: '4902', at: bkk(FRI, '10:00:00') })]);
      for (let seen = 0; seen < 6; await new Promise((resolve) => setTimeout(resolve, 20))) {
        seen = (await db.pool.query('SELECT count(*)::int AS n FROM events WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())')).rows[0].n;
      }
    },
  });
  centre = await t.signInAs({ level: 'CENTRAL' });
  shredder = t.app.get<PersonalDataShredder>(PERSONAL_DATA_SHREDDER);
  for (const until = Date.now() + 20_000; Date.now() < until;) {
    if ((await t.db.pool.query('SELECT 1 FROM daily_mediation_reports')).rows.length > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await t.caughtUp();
});
afterAll(() => t.close());

describe('erasing a debtor who was transferred, mediated and reported', () => {
  it('seals their values in the log: the events table holds none of them before erasure either', async () => {
    const { rows } = await t.db.pool.query<{ data: string }>(`SELECT data::text FROM events WHERE stream_id = $1`, [`debt-${erasedCase}`]);
    expect(rows).toHaveLength(5);
    for (const value of Object.values(erasedValues)) expect(rows.map((r) => r.data).join('\n')).not.toContain(value);
    const detail = (await ask(CASE, { id: erasedCase })).debtCaseDetail;
    expect(detail.debtor).toMatchObject({ firstName: erasedValues.firstName, phone: erasedValues.phone, address: { line: erasedValues.line } });
  });

  it('shows the marker everywhere after, keeps every figure, and leaves none of their values in the database or the logs', async () => {
    const before = await figures();
    expect(before.verify.intact).toBe(true);
    expect(before.report.dailyMediationReport.frozenAt).not.toBeNull();
    expect(before.report.dailyMediationReport.districts.find((d: any) => d.districtCode === '4902').period).toMatchObject({ agreed: 1, transfersIn: 1 });
    expect((await ask(LIST, { filter: { search: erasedValues.firstName } })).debtCases.edges).toHaveLength(1);

    const outcome = await shredder.eraseSubject(erasedValues.citizenId, { kind: 'REQUEST', reference: 'test-request' });
    expect(outcome).toEqual({ keysDestroyed: 2, streams: [`debt-${erasedCase}`] });

    const detail = (await ask(CASE, { id: erasedCase })).debtCaseDetail;
    expect(detail.debtor).toEqual({
      citizenId: ERASED_MARKER, firstName: ERASED_MARKER, lastName: ERASED_MARKER, phone: ERASED_MARKER,
      address: { line: ERASED_MARKER, district: { code: '4901' } },
    });
    expect(detail).toMatchObject({ district: { code: '4902' }, totalPrincipal: '50000.00', transfers: [{ reason: ERASED_MARKER, to: { code: '4902' } }] });
    const history = (await ask(HISTORY, { id: erasedCase })).debtCaseHistory;
    expect(history.map((e: any) => e.type)).toEqual(['DebtorRegistered', 'DebtContactAttemptRecorded', 'DebtCaseTransferred', 'DebtMediationScheduled', 'DebtMediationOutcomeRecorded']);
    expect(JSON.parse(history[2].data).reason).toBe(ERASED_MARKER);
    const listed = (await ask(LIST, { filter: { district: '4902' } })).debtCases.edges.map((e: any) => e.node);
    expect(listed.find((n: any) => n.caseId === erasedCase)).toMatchObject({ debtorFirstName: ERASED_MARKER, debtorLastName: ERASED_MARKER });
    expect((await ask(LIST, { filter: { search: erasedValues.firstName } })).debtCases.edges).toHaveLength(0);
    const json = await (await centre.get(`/exports/case-history/${erasedCase}/history.json`)).text();
    expect(json).toContain(ERASED_MARKER);

    // The other debtor is untouched.
    expect((await ask(CASE, { id: keptCase })).debtCaseDetail.debtor.firstName).toBe(`ลูกหนี้${KEPT}`);

    // A rebuild of the case list from the log makes the same rows as the erasure made anew: no difference to accept.
    const run = await (await t.app.get(ProjectionRebuilder).start({ names: ['debt-cases'], mode: 'REBUILD', acceptDifferences: false, requestedBy: 'test' })).done;
    expect(run.error).toBeNull();
    expect(run.parts.map((p) => [p.projection, p.differences, p.swapped])).toEqual([['debt-cases', 0, true]]);
    const rebuilt = (await ask(LIST, { filter: { district: '4902' } })).debtCases.edges.map((e: any) => e.node);
    expect(rebuilt).toEqual(listed);

    expect(await figures()).toEqual({ ...before, verify: { ...before.verify } });
    const dump = await databaseText(t.db.pool);
    const logs = logLines.join('\n');
    for (const value of Object.values(erasedValues)) {
      expect(dump).not.toContain(value);
      expect(logs).not.toContain(value);
    }
    expect(dump).toContain(`ลูกหนี้${KEPT}`);
  });

  it('erases nothing more when asked again, and refuses a citizen id that is not one', async () => {
    expect(await shredder.eraseSubject(erasedValues.citizenId, { kind: 'REQUEST', reference: 'again' })).toEqual({ keysDestroyed: 0, streams: [] });
    await expect(shredder.eraseSubject('12345', { kind: 'REQUEST', reference: 'bad' })).rejects.toMatchObject({ code: 'ERASURE_CITIZEN_ID_INVALID' });
  });
});
