import { describe, expect, it } from '@jest/globals';
import { CASES_OF_DEBTORS, DEBT_CASES_CHECKPOINT, openCasesOfDebtors } from '../../src/cases/debt/debt-open-cases.query.js';
import { importDebtRegistrations } from '../../src/cases/debt/import/debt-import.js';
import { IMPORT_COLUMNS, type ImportColumn } from '../../src/cases/debt/import/import-columns.js';
import { START_OF_LOG } from '../../src/eventstore/event-store.port.js';
import { subdistrictsOf } from '../../src/geography/geography.js';
import { withProjectionsFollowing } from '../../src/import/import-projections.js';
import { readCheckpoints } from '../../src/projections/runner/checkpoints.js';
import { citizenIdOf } from '../support/debt-generator.js';
import { csvLine, importWorkspace } from '../support/import-workspace.js';

/**
 * An import into a log whose debt case list lags (its projection never ran, or stopped long ago): the open-case rule
 * still refuses a second open case with the same creditor, from the log past the list; `import debt` catches the list
 * up first and keeps it following the log while it imports.
 */

const ws = importWorkspace('debt');

type Row = Partial<Record<ImportColumn, string>>;
const columns = Object.keys(IMPORT_COLUMNS) as ImportColumn[];

/** A registration of one debt, of debtor n, owed to the creditor named. */
const registration = (id: string, n: number, creditorName: string): Row => ({
  registrationId: id, registeredAt: '5/1/2567 10:30', channel: 'COUNTER', citizenId: citizenIdOf(n), title: 'นาง',
  firstName: `ผู้กู้${n}`, lastName: 'นำเข้า', occupation: 'ค้าขาย', addressLine: '9 หมู่ 2', subdistrictCode: subdistrictsOf('4901')[0].code,
  districtCode: '4901', provinceCode: '49', creditorKind: 'PERSON', creditorName, principal: '10000', outstanding: '12000', helpWanted: 'MEDIATION',
});
const writeRows = (name: string, rows: Row[]) =>
  ws.write(name, [columns.map((c) => IMPORT_COLUMNS[c].en), ...rows.map((row) => columns.map((c) => row[c] ?? ''))].map(csvLine).join('\n') + '\n');

/** Registrations L-<first>… of debtors first… (one each), owed to นายทุน <n>. */
const many = (first: number, count: number) =>
  Array.from({ length: count }, (_, i) => registration(`L-${first + i}`, first + i, `นายทุน ${first + i}`));

const until = async (done: () => Promise<boolean>) => {
  while (!(await done())) await new Promise((resolve) => setTimeout(resolve, 50));
};
const listCheckpoint = async () => (await readCheckpoints(ws.db.pool)).get(DEBT_CASES_CHECKPOINT);
const listed = async () => Number((await ws.db.pool.query('SELECT count(*) AS n FROM debt_cases')).rows[0].n);

describe('import into a log whose debt case list lags', () => {
  it('refuses a second open case with the same creditor from the log past the list, the list never having run', async () => {
    const first = await importDebtRegistrations(await writeRows('first.csv', many(1, 1_200)), ws.db.pool, ws.store, { batchSize: 100 });
    expect(first).toMatchObject({ registrations: 1_200, imported: 1_200, refused: [] });
    expect(await listCheckpoint()).toBeUndefined();

    const open = await openCasesOfDebtors(ws.db.pool, ws.store, [citizenIdOf(7), citizenIdOf(1_200), citizenIdOf(5_000)]);
    expect(open.get(citizenIdOf(7))).toEqual([{ caseId: 'IMP-L-7', creditorKeys: [expect.any(String)] }]);
    expect(open.get(citizenIdOf(1_200))?.map((c) => c.caseId)).toEqual(['IMP-L-1200']);
    expect(open.has(citizenIdOf(5_000))).toBe(false);
    // The log past the (absent) checkpoint read by the debtors' index (migration 960), not walked whole.
    await ws.db.pool.query('ANALYZE events');
    const { rows: [{ 'QUERY PLAN': plan }] } = await ws.db.pool.query(`EXPLAIN (FORMAT JSON) ${CASES_OF_DEBTORS}`, [[citizenIdOf(7)], '0', '0', []]);
    expect(JSON.stringify(plan)).toContain('"Index Name":"events_debtor_named"');

    const again = await importDebtRegistrations(await writeRows('again.csv', [
      registration('D-1', 7, 'นายทุน 7'), registration('D-2', 8, 'นางใหม่ ใจดี'),
    ]), ws.db.pool, ws.store);
    expect(again).toMatchObject({ imported: 1, refused: [{ registrationId: 'D-1', code: 'DEBT_CASE_DUPLICATE_OPEN' }] });
    expect(again.refused[0].messageEn).toContain('IMP-L-7');
  });

  it('catches the list up before importing and keeps it following the log meanwhile, the rule holding throughout', async () => {
    const head = await ws.store.head(START_OF_LOG);
    const seen: { checkpoint: bigint | undefined; listed: number }[] = [];
    const lines: string[] = [];
    const summary = await withProjectionsFollowing(ws.db.pool, ws.store, [DEBT_CASES_CHECKPOINT], async () => {
      seen.push({ checkpoint: (await listCheckpoint())?.position.globalPosition, listed: await listed() });
      return importDebtRegistrations(await writeRows('more.csv', [...many(2_001, 300), registration('D-3', 9, 'นายทุน 9')]), ws.db.pool, ws.store, { batchSize: 50 });
    }, (line) => lines.push(line));
    expect(await listed()).toBe(1_501);
    expect(seen).toEqual([{ checkpoint: head.position.globalPosition, listed: 1_201 }]);
    expect(lines).toEqual([expect.stringMatching(/^catching up debt-cases before importing: 1201 events behind the log$/)]);
    expect(summary).toMatchObject({ imported: 300, refused: [{ registrationId: 'D-3', code: 'DEBT_CASE_DUPLICATE_OPEN' }] });
  });

  it('runs `import debt` with the list caught up first: a duplicate of a case only the log holds is refused, the rest imported', async () => {
    await ws.db.pool.query('DELETE FROM projection_checkpoints WHERE name = $1', [DEBT_CASES_CHECKPOINT]);
    await ws.db.pool.query('TRUNCATE debt_cases');
    const file = await writeRows('cli.csv', [registration('C-1', 3_000, 'นายทุน ใหม่'), registration('C-2', 11, 'นายทุน 11'), ...many(3_001, 600)]);
    // Groups of 50 written 50 at a time (the first two groups, 99 registrations, once the third is asked about); a debtor of
    // the fourth group held by another session (as a registration through the API would) until the first two are written:
    // their unlock is asked for while the fourth group's lock waits.
    const holder = await ws.db.pool.connect();
    await holder.query(`SELECT pg_advisory_lock(hashtextextended('debtor:' || $1, 0))`, [citizenIdOf(3_150)]);
    const running = ws.cli(file, '--batch-size', '50');
    try {
      await until(async () => (await ws.db.pool.query(`SELECT count(*) AS n FROM events WHERE stream_id LIKE 'debt-IMP-C-%' OR stream_id LIKE 'debt-IMP-L-30__'`)).rows[0].n >= 99
        && (await ws.db.pool.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event = 'advisory'`)).rowCount! > 0);
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      await holder.query('SELECT pg_advisory_unlock_all()');
      holder.release();
    }
    const run = await running;
    expect(run.stderr).not.toMatch(/DeprecationWarning|client\.query/);
    expect(run.stderr).toMatch(/catching up debt-cases before importing: \d+ events behind the log/);
    expect(run.stdout).toContain('row 3 (registration C-2, rows 3–3), column creditor_name: DEBT_CASE_DUPLICATE_OPEN');
    expect(run.exitCode).toBe(1);
    const head = await ws.store.head(START_OF_LOG);
    expect((await listCheckpoint())?.position.globalPosition).toBe(head.position.globalPosition);
    expect(await listed()).toBe(2_102);
    expect((await ws.store.readStream('debt-IMP-C-1'))).toHaveLength(1);
    expect(run.stdout).toContain('602 rows, 602 registrations read as utf-8');
  });
});
