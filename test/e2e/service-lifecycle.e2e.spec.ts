import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/config/config.js';
import { openDatabase } from '../../src/database/database.js';
import { CodecEventStore } from '../../src/eventstore/event-codec.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { personalDataCodec } from '../../src/personal-data/keys/master-key.js';
import { bootstrapAdministrator } from '../../src/identity/accounts/bootstrap-admin.js';
import { createTestDatabase } from '../support/test-database.js';

/** Runs `src/main.ts` as `npm start` would, without a DATABASE_URL unless given. */
function startService(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    env: { ...process.env, DATABASE_URL: '', NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = async () => {
    for (let i = 0; i < 1200 && !stdout.includes('GraphQL at'); i++) {
      if (child.exitCode !== null) throw new Error(`service exited: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { child, exited, ready, output: () => ({ stdout, stderr }) };
}

const freePort = () => new Promise<number>((resolve) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as net.AddressInfo;
    server.close(() => resolve(port));
  });
});

const connectTo = (host: string, port: number) => new Promise<void>((resolve, reject) => {
  const socket = net.connect({ host, port }, () => {
    socket.end();
    resolve();
  });
  socket.once('error', reject);
});

/** POSTs an operation to the running service, with a session token when given. */
async function graphql(port: number, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** Signs in with a one-time password and sets a password of one's own: the session's token. */
async function signInFirstTime(port: number, citizenId: string, oneTimePassword: string): Promise<string> {
  const signedIn = await graphql(port, 'mutation ($c: String!, $p: String!) { signIn(input: { citizenId: $c, password: $p }) { token } }',
    { c: citizenId, p: oneTimePassword });
  const token = signedIn.data.signIn.token as string;
  await graphql(port, 'mutation ($p: String!) { changePassword(input: { currentPassword: $p, newPassword: "ลมหนาวมาแล้วที่เชียงใหม่" }) }', { p: oneTimePassword }, token);
  return token;
}

/** The pid of the postmaster running the cluster of `folder`, if its lock file names one. */
const postmasterPid = async (folder: string) => Number((await fs.readFile(path.join(folder, 'postgres', 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0]) || undefined;
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let dataDir: string;
let killedDir: string;
beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-life-'));
  killedDir = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-killed-'));
});
afterAll(async () => {
  // A server a failed test left running (its service killed) must not outlive the suite.
  for (const folder of [dataDir, killedDir]) {
    const pid = await postmasterPid(folder);
    if (pid && alive(pid)) process.kill(pid, 'SIGINT');
    for (let i = 0; i < 100 && (await postmasterPid(folder)); i++) await new Promise((r) => setTimeout(r, 100));
    await fs.rm(folder, { recursive: true, force: true });
  }
});

describe('the service process', () => {
  it('starts its embedded PostgreSQL, stops it on SIGTERM, and reuses the data on the next start', async () => {
    const port = await freePort();
    const env = { DATA_DIR: dataDir, PORT: String(port) };
    const first = startService(env);
    await first.ready();
    const cluster = path.join(dataDir, 'postgres');
    const config = loadConfig({ DATA_DIR: dataDir });
    await expect(openDatabase(config)).rejects.toThrow(/DATA_DIR: .* in use by PostgreSQL process \d+/);
    // A command line tool beside the running service shares its server and leaves it running.
    const beside = await openDatabase(config, { shareRunningServer: true });
    const marker = randomUUID();
    await beside.pool.query(`INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
      VALUES ('tally-life', 1, $1, 'TallyIncremented', 1, '{"by":1}', '{}')`, [marker]);
    const { account, oneTimePassword } = await bootstrapAdministrator(beside.pool, new CodecEventStore(new PostgresEventStore(beside.pool), await personalDataCodec(config.masterKey, beside.pool)), {
      citizenId: '1101700207030', title: 'นาย', firstName: 'ดำรง', lastName: 'ธรรมา', position: 'LEGAL_OFFICER', officePhone: '023569660',
    });
    await beside.close();
    const token = await signInFirstTime(port, account.citizenId, oneTimePassword!);
    const HISTORY = '{ streamHistory(streamId: "tally-life") { eventId } }';
    expect((await graphql(port, HISTORY, {}, token)).data.streamHistory).toEqual([{ eventId: marker }]);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    await expect(fs.access(path.join(cluster, 'postmaster.pid'))).rejects.toThrow();

    const second = startService(env);
    await second.ready();
    expect((await graphql(port, HISTORY, {}, token)).data.streamHistory).toEqual([{ eventId: marker }]);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });

  it('starts again after the service was killed (kill -9): the server it left running is stopped and started anew, its data intact', async () => {
    const folder = killedDir;
    const port = await freePort();
    const env = { DATA_DIR: folder, PORT: String(port) };
    const first = startService(env);
    await first.ready();
    const config = loadConfig({ DATA_DIR: folder });
    const beside = await openDatabase(config, { shareRunningServer: true });
    const marker = randomUUID();
    await beside.pool.query(`INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
      VALUES ('tally-killed', 1, $1, 'TallyIncremented', 1, '{"by":1}', '{}')`, [marker]);
    await beside.close();
    const orphan = (await postmasterPid(folder))!;
    first.child.kill('SIGKILL');
    await first.exited;
    expect(alive(orphan)).toBe(true); // the server outlives its service

    const second = startService(env);
    await second.ready();
    const answer = await graphql(port, '{ provinces { code } holidays(year: "2568") { date } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data.provinces).toHaveLength(77);
    expect(answer.data.holidays.length).toBeGreaterThan(0);
    expect(await postmasterPid(folder)).not.toBe(orphan);
    const reader = await openDatabase(config, { shareRunningServer: true });
    const { rows } = await reader.pool.query(`SELECT event_id FROM events WHERE stream_id = 'tally-killed'`);
    await reader.close();
    expect(rows).toEqual([{ event_id: marker }]);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    await expect(fs.access(path.join(folder, 'postgres', 'postmaster.pid'))).rejects.toThrow();
  });

  it('listens on the loopback address only unless HOST says otherwise', async () => {
    const db = await createTestDatabase();
    const port = await freePort();
    const service = startService({ DATABASE_URL: db.url, DATABASE_REQUEST_URL: db.requestUrl, PORT: String(port) });
    try {
      await service.ready();
      expect((await graphql(port, '{ provinces { code } }')).data.provinces).toHaveLength(77);
      // Other addresses of this machine's loopback interface are not listened on.
      for (const host of ['127.0.0.2', '::1']) await expect(connectTo(host, port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
      expect(service.output().stdout).toContain(`GraphQL at http://127.0.0.1:${port}/graphql`);
      // A non-superuser owner and a request login: nothing to warn of (pino's warn is level 40).
      const levels = service.output().stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { level: number }).level);
      expect(levels.filter((level) => level >= 40)).toEqual([]);
    } finally {
      service.child.kill('SIGTERM');
      await service.exited;
      await db.drop();
    }
  });

  it('stops with one clear line when DATABASE_URL is bad', async () => {
    const service = startService({ DATABASE_URL: 'mysql://nobody@127.0.0.1/x', PORT: String(await freePort()) });
    expect(await service.exited).toBe(1);
    const lines = service.output().stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Damrong cannot start: DATABASE_URL: scheme "mysql:"/);
  });

  it('stops with one clear line when DATABASE_URL points at no server', async () => {
    const service = startService({ DATABASE_URL: `postgres://postgres@127.0.0.1:${await freePort()}/x`, PORT: String(await freePort()) });
    expect(await service.exited).toBe(1);
    expect(service.output().stderr.trim()).toMatch(/^Damrong cannot start: DATABASE_URL: cannot use the database at postgres:\/\/postgres@127\.0\.0\.1:\d+\/x: .*ECONNREFUSED/);
  });

  it('stops with one clear line when the data folder is unusable', async () => {
    const file = path.join(dataDir, 'not-a-folder');
    await fs.writeFile(file, 'x');
    const service = startService({ DATA_DIR: file, PORT: String(await freePort()) });
    expect(await service.exited).toBe(1);
    expect(service.output().stderr.trim()).toBe(`Damrong cannot start: DATA_DIR: ${file} is not a usable folder (EEXIST)`);
  });
});
