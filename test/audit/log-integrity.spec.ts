import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { logIsIntact, verifyLog } from '../../src/audit/log-integrity/log-verification.js';
import { verifyReportByCode } from '../../src/audit/log-integrity/report-verification.js';
import { dailyReportView } from '../../src/reporting/daily/daily-report.view.js';
import { dailyDocument } from '../../src/reporting/export/daily-document.js';
import { bkk, CENTRE, ReportFixture } from '../reporting/report-fixture.js';

const THU = '2025-03-06';
const FRI = '2025-03-07';

let f: ReportFixture;
/** Cases of Thursday, each registered, contacted and scheduled (three events or more). */
const cases: string[] = [];

const cli = (...args: string[]) => promisify(execFile)(
  process.execPath, ['--import', '@swc-node/register/esm-register', 'src/cli.ts', 'verify', ...args],
  { env: { ...process.env, DATABASE_URL: f.db.url } },
).then((r) => ({ ...r, exitCode: 0 }), (e: { stdout: string; stderr: string; code: number }) => ({ ...e, exitCode: e.code }));

/** The code the PDF and the xlsx of the province's frozen report print. */
const printedCode = async (day: string, provinceCode: string) =>
  dailyDocument(dailyReportView(await f.service.report(day), provinceCode, CENTRE), new Date(), null).verificationCode!;

const events = async (streamId: string) => (await f.db.pool.query<{ version: number; event_id: string }>(
  'SELECT version, event_id FROM events WHERE stream_id = $1 ORDER BY version', [streamId])).rows;

beforeAll(async () => {
  f = await ReportFixture.start();
  for (const district of ['4901', '4901', '4902', '4903', '4904']) {
    const id = await f.register(bkk(THU, '09:00:00'), district);
    await f.contact(id, bkk(THU, '10:00:00'));
    await f.schedule(id, bkk(THU, '10:05:00'), FRI, '10.00');
    cases.push(id);
  }
  expect(await f.freeze(THU, bkk(THU, '15:00:01'))).toBe('frozen');
}, 120_000);
afterAll(() => f.stop());

describe('verifyReport: a printed code', () => {
  let code = '';
  it('names the frozen report and the province, and finds the log as sealed', async () => {
    code = await printedCode(THU, '49');
    const typed = code.toLowerCase().replace('-', ' ').replace(/[2-7]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
    const result = await verifyReportByCode(f.db.pool, f.store, typed);
    expect(result).toMatchObject({
      report: { day: THU, provinceCode: '49' }, sealed: true, sealMatches: true, brokenLinks: 0, contentMatches: true, matches: true,
    });
    expect(await printedCode(THU, '34')).not.toBe(code);
  });

  it('still holds after a paper form of Thursday keyed in on Friday, which the next report carries as a correction', async () => {
    await f.register(bkk(FRI, '09:00:00'), '4901', 'PAPER', THU);
    expect(await f.freeze(FRI, bkk(FRI, '15:00:05'))).toBe('frozen');
    expect(await verifyReportByCode(f.db.pool, f.store, code)).toMatchObject({ report: { day: THU }, matches: true });
    expect(await verifyReportByCode(f.db.pool, f.store, await printedCode(FRI, '49'))).toMatchObject({ report: { day: FRI, provinceCode: '49' }, matches: true });
    expect(logIsIntact(await verifyLog(f.db.pool))).toBe(true);
  });

  it('refuses a code no report has with UNKNOWN_VERIFICATION_CODE', async () => {
    await expect(verifyReportByCode(f.db.pool, f.store, 'AAAAA-AAAAA')).rejects.toMatchObject({ code: 'UNKNOWN_VERIFICATION_CODE', field: 'code' });
    await expect(verifyReportByCode(f.db.pool, f.store, 'not a code')).rejects.toMatchObject({ code: 'UNKNOWN_VERIFICATION_CODE' });
  });
});

describe('verifyLog and `verify log`', () => {
  it('find a clean log clean: exit 0, and `verify report` regenerates a frozen report byte for byte', async () => {
    const clean = await cli('log');
    expect(clean.stdout).toMatch(/ 0 streams have a broken link; 2 seals recomputed: 0 broken/);
    expect(clean.exitCode).toBe(0);
    const report = await cli('report', THU);
    expect([report.exitCode, report.stdout.trim()]).toEqual([0, '1 frozen reports checked: 1 match the event log, 0 differ']);
  }, 120_000);

  it('name a changed byte, a deleted event, two events swapped and a forged one, each by stream, version and event id', async () => {
    await f.runner.stop();
    const [changed, deleted, swapped, forged, backdated] = cases.map((id) => `debt-${id}`);
    const [c, d, s, g, b] = [await events(changed), await events(deleted), await events(swapped), await events(forged), await events(backdated)];
    // One byte of the data: the debtor's district 4901 → 4902.
    await f.db.pool.query(`UPDATE events SET data = replace(data::text, '"4901"', '"4902"')::jsonb WHERE stream_id = $1 AND version = 1`, [changed]);
    await f.db.pool.query('DELETE FROM events WHERE stream_id = $1 AND version = 2', [deleted]);
    for (const [from, to] of [[2, 1000], [3, 2], [1000, 3]]) {
      await f.db.pool.query('UPDATE events SET version = $3 WHERE stream_id = $1 AND version = $2', [swapped, from, to]);
    }
    // A forged event put in as version 2, the later ones moved up: its own link holds, the next one's does not.
    await f.db.pool.query('UPDATE events SET version = version + 1000 WHERE stream_id = $1 AND version >= 2', [forged]);
    await f.db.pool.query('UPDATE events SET version = version - 999 WHERE stream_id = $1 AND version >= 1000', [forged]);
    await f.db.pool.query(`INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
      SELECT stream_id, 2, gen_random_uuid(), type, schema_version, data, metadata FROM events WHERE stream_id = $1 AND version = 3`, [forged]);
    // A forged event appended with a position inside Thursday's sealed range: every link holds, the seal does not.
    await f.db.pool.query(`INSERT INTO events (global_position, transaction_id, stream_id, version, event_id, type, schema_version, data, metadata)
      OVERRIDING SYSTEM VALUE
      SELECT -1, transaction_id, stream_id, $2, gen_random_uuid(), type, schema_version, data, metadata FROM events WHERE stream_id = $1 AND version = 1`,
    [backdated, b.length + 1]);

    const result = await verifyLog(f.db.pool);
    const named = result.brokenLinks.map((l) => [l.streamId, l.version, l.eventId, l.kind]);
    expect(named.sort()).toEqual([
      [changed, 1, c[0].event_id, 'HASH_MISMATCH'],
      [deleted, 3, d[2].event_id, 'VERSION_GAP'],
      [swapped, 2, s[2].event_id, 'HASH_MISMATCH'],
      [forged, 3, g[1].event_id, 'HASH_MISMATCH'],
    ].sort());
    expect(result.brokenSeals.map((seal) => seal.day)).toEqual([THU]);
    expect(result.checkedSeals).toBe(2);

    const cliResult = await cli('log');
    expect(cliResult.exitCode).toBe(1);
    for (const [streamId, version, eventId] of named) {
      expect(cliResult.stdout).toContain(`stream ${streamId} version ${version} event ${eventId}`);
    }
    expect(cliResult.stdout).toContain(`BROKEN SEAL daily report ${THU}`);
    const from = await cli('log', '--from', String(result.brokenLinks.find((l) => l.streamId === forged)!.globalPosition));
    expect(from.stdout).toContain(`stream ${forged} version 3`);
    expect(from.stdout).not.toContain(`stream ${changed} `);
  }, 180_000);

  it('and a printed code checked after it no longer matches: the seal, the links and the regenerated report say so', async () => {
    expect(await verifyReportByCode(f.db.pool, f.store, await printedCode(THU, '49'))).toMatchObject({
      report: { day: THU, provinceCode: '49' }, sealed: true, sealMatches: false, brokenLinks: 4, contentMatches: false, matches: false,
    });
  });

  it('exits 2 when it cannot run', async () => {
    expect((await cli('log', '--from', 'yesterday')).exitCode).toBe(2);
  }, 60_000);
});
