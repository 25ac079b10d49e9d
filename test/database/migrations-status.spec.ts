import { execFile } from 'node:child_process';
import net from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { migrationStatus } from '../../src/database/migration-status.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** `npm run cli -- migrations status` against `url`: its exit code and what it wrote. */
const status = (url: string) => promisify(execFile)(
  process.execPath, ['--import', '@swc-node/register/esm-register', 'src/cli.ts', 'migrations', 'status'],
  { env: { ...process.env, DATABASE_URL: url } },
).then((r) => ({ ...r, exitCode: 0 }), (e: { stdout: string; stderr: string; code: number }) => ({ stdout: e.stdout, stderr: e.stderr, exitCode: e.code }));

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
}, 60_000);
afterAll(() => db.drop());

describe('migrations status', () => {
  it('lists every migration with when it ran (Asia/Bangkok, B.E.) and OK, and exits 0, on a database that ran them all', async () => {
    const statuses = await migrationStatus(db.pool);
    expect(statuses.length).toBeGreaterThanOrEqual(26);
    expect(statuses.filter((s) => s.state !== 'OK' || !s.ranAt)).toEqual([]);
    const run = await status(db.url);
    expect(run.exitCode).toBe(0);
    const first = statuses[0];
    const ranAt = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-latn', {
      timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
    }).format(first.ranAt!);
    expect(ranAt).toMatch(/^\d{2}\/\d{2}\/25\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(run.stdout).toMatch(new RegExp(`\\n${first.version} +${first.name} +${ranAt.replace(/\//g, '\\/')} +OK\\n`));
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`${statuses.length} migrations: ${statuses.length} ok, 0 pending, 0 changed, 0 no file`);
  }, 60_000);

  it('names a changed, a pending and a file-less migration, and exits 1', async () => {
    const [changed, pending] = await migrationStatus(db.pool);
    await db.pool.query(`UPDATE schemaversion SET md5 = md5('an earlier text') WHERE version = $1`, [changed.version]);
    await db.pool.query('DELETE FROM schemaversion WHERE version = $1', [pending.version]);
    await db.pool.query(`INSERT INTO schemaversion (version, name, md5, run_at) VALUES (9999, 'from-a-later-release', md5('x'), now())`);
    const states = new Map((await migrationStatus(db.pool)).map((s) => [s.version, s.state]));
    expect([states.get(changed.version), states.get(pending.version), states.get(9999)]).toEqual(['CHANGED', 'PENDING', 'NO FILE']);
    const run = await status(db.url);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`\\n${changed.version} +${changed.name} +\\S+ \\S+ +CHANGED\\n`));
    expect(run.stdout).toMatch(new RegExp(`\\n${pending.version} +${pending.name} +- +PENDING\\n`));
    expect(run.stdout).toMatch(/\n9999 +from-a-later-release +\S+ \S+ +NO FILE\n/);
  }, 60_000);

  it('exits 2 when the database cannot be reached', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = server.address() as net.AddressInfo;
        server.close(() => resolve(free));
      });
    });
    const run = await status(`postgres://nobody@127.0.0.1:${port}/damrong`);
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim()).toMatch(/^migrations status: cannot reach the database: DATABASE_URL: .*ECONNREFUSED/);
  }, 60_000);
});
