import { spawn } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** Runs `src/main.ts` as `npm start` would and resolves with its exit code and everything it wrote, both streams together. */
function runService(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    env: { ...process.env, NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })));
}

let db: TestDatabase;
let busy: net.Server;
let busyPort: number;
const database = () => ({ DATABASE_URL: db.url, DATABASE_REQUEST_URL: db.requestUrl });

beforeAll(async () => {
  db = await createTestDatabase();
  busy = net.createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  busyPort = (busy.address() as net.AddressInfo).port;
}, 60_000);
afterAll(async () => {
  busy.close();
  await db.drop();
});

describe('a start-up that fails', () => {
  it('says so in one line naming the port when the port is taken: no stack trace, no line of Nest before it', async () => {
    const { code, output } = await runService({ ...database(), PORT: String(busyPort) });
    expect(code).toBe(1);
    expect(output).toBe(`Damrong cannot start: PORT: cannot listen on 127.0.0.1 port ${busyPort} (EADDRINUSE)\n`);
  }, 90_000);

  it('says so in one line naming SESSION_TTL_MINUTES when it is no number', async () => {
    const { code, output } = await runService({ ...database(), PORT: String(busyPort), SESSION_TTL_MINUTES: 'สิบชั่วโมง' });
    expect(code).toBe(1);
    expect(output).toBe('Damrong cannot start: SESSION_TTL_MINUTES: "สิบชั่วโมง" is not a whole number\n');
  }, 90_000);

  it('says so in one line naming DATABASE_URL when it names no PostgreSQL server', async () => {
    const { code, output } = await runService({ DATABASE_URL: 'mysql://nobody@127.0.0.1/damrong', PORT: String(busyPort) });
    expect(code).toBe(1);
    expect(output).toBe('Damrong cannot start: DATABASE_URL: scheme "mysql:" is not postgres: or postgresql:\n');
  }, 90_000);

  it('says so in one line when the read models were built from another event log than EVENT_STORE names', async () => {
    const other = await createTestDatabase();
    try {
      await other.pool.query(`INSERT INTO read_models_event_log (event_log) VALUES ('postgres')`);
      await other.pool.query(`INSERT INTO projection_checkpoints (name, transaction_id, global_position) VALUES ('district-counts', '900', 12)`);
      const { code, output } = await runService({ DATABASE_URL: other.url, DATABASE_REQUEST_URL: other.requestUrl, EVENT_STORE: 'memory', PORT: String(busyPort) });
      expect(code).toBe(1);
      expect(output).toBe('Damrong cannot start: EVENT_STORE: The read models were built from the postgres event log but EVENT_STORE=memory: '
        + 'rebuild them with `npm run cli -- projections rebuild --all` before starting the service\n');
    } finally {
      await other.drop();
    }
  }, 90_000);

  it('says so in one line naming the migration whose file changed after it ran', async () => {
    const { rows: [first] } = await db.pool.query<{ version: string; name: string }>('SELECT version, name FROM schemaversion ORDER BY version LIMIT 1');
    await db.pool.query(`UPDATE schemaversion SET md5 = md5('an earlier text') WHERE version = $1`, [first.version]);
    const { code, output } = await runService({ ...database(), PORT: String(busyPort) });
    expect(code).toBe(1);
    expect(output.split('\n')).toEqual([expect.stringMatching(new RegExp(
      `^Damrong cannot start: DATABASE_URL: cannot use the database at \\S+: migration ${first.version} \\(src/\\S+/0*${first.version}\\.do\\.${first.name}\\.sql\\) was edited after it ran`,
    )), '']);
  }, 90_000);
});
