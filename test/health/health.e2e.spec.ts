import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type pg from 'pg';
import { EVENT_STORE, type EventStore } from '../../src/eventstore/event-store.port.js';
import { bootstrapAdministrator } from '../../src/identity/accounts/bootstrap-admin.js';
import { allProjections } from '../../src/projections/projection-list.js';
import { startTestApp, startTestService, type TestApp, type TestService } from '../support/test-app.js';

/** GET /health/live and /health/ready on the whole service, against a real PostgreSQL. */

jest.setTimeout(120_000);

const NAMES = allProjections().map((p) => p.name);
const get = async (t: TestService, path: string) => {
  const response = await fetch(`${t.base}${path}`, { headers: { accept: 'text/html,application/json' } });
  return { status: response.status, body: await response.json() as { status: string; error?: Record<string, any>; details: Record<string, any> } };
};
const until = async (what: string, done: () => Promise<boolean>) => {
  for (const end = Date.now() + 20_000; !(await done());) {
    if (Date.now() > end) throw new Error(`${what}: not within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers live and ready on a caught-up service, naming every indicator', async () => {
    await t.caughtUp();
    await expect(get(t, '/health/live')).resolves.toEqual({ status: 200, body: { status: 'ok', info: {}, error: {}, details: {} } });
    const ready = await get(t, '/health/ready');
    expect(ready.status).toBe(200);
    expect(Object.keys(ready.body.details).sort()).toEqual(['database', 'migrations', ...NAMES.map((n) => `projection:${n}`)].sort());
    expect(ready.body.details['projection:debt-cases']).toEqual({ status: 'up', state: 'RUNNING', lagEvents: 0, maxLagEvents: 10_000 });
  });

  it('answers 503 naming a failed projection, without its error, and 200 again once it is restarted', async () => {
    await t.db.pool.query('ALTER TABLE stream_catalogue RENAME TO stream_catalogue_away');
    await t.signInAs({ level: 'CENTRAL' });
    await until('stream-catalogue fails', async () => (await get(t, '/health/ready')).status === 503);
    const { body } = await get(t, '/health/ready');
    expect(body.status).toBe('error');
    expect(Object.keys(body.error!)).toEqual(['projection:stream-catalogue']);
    expect(body.error!['projection:stream-catalogue']).toMatchObject({ status: 'down', state: 'FAILED' });
    expect(JSON.stringify(body)).not.toMatch(/42P01|stream_catalogue|DatabaseError|\bat /);
    await expect(get(t, '/health/live')).resolves.toMatchObject({ status: 200 });

    await t.db.pool.query('ALTER TABLE stream_catalogue_away RENAME TO stream_catalogue');
    const restarted = await t.admin.graphql('mutation { restartProjection(input: { name: "stream-catalogue" }) }');
    expect(restarted.errors).toBeUndefined();
    await until('stream-catalogue runs again', async () => (await get(t, '/health/ready')).status === 200);
  });

  it('answers 503 while a migration found has not run, naming its version', async () => {
    const { rows } = await t.db.pool.query('DELETE FROM schemaversion WHERE version = (SELECT max(version) FROM schemaversion) RETURNING *');
    try {
      const { status, body } = await get(t, '/health/ready');
      expect(status).toBe(503);
      expect(body.error).toEqual({ migrations: { status: 'down', pending: [Number(rows[0].version)] } });
    } finally {
      const [row] = rows;
      await t.db.pool.query('INSERT INTO schemaversion (version, name, md5, run_at) VALUES ($1, $2, $3, $4)', [row.version, row.name, row.md5, row.run_at]);
    }
    await expect(get(t, '/health/ready')).resolves.toMatchObject({ status: 200 });
  });
});

describe('health: lag', () => {
  let t: TestService;
  let holder: pg.PoolClient;
  beforeAll(async () => {
    // Another process holds the stream catalogue's lock: here it stands by, and nobody applies the log to it.
    t = await startTestService({
      env: { READY_MAX_LAG_EVENTS: '0' },
      async beforeStart(db) {
        holder = await db.pool.connect();
        await holder.query("SELECT pg_advisory_lock(hashtext('projection:stream-catalogue'))");
      },
    });
  });
  afterAll(async () => {
    holder?.release(true);
    await t?.close();
  });

  it('is ready with a projection standing by while it trails by no more than READY_MAX_LAG_EVENTS, and not ready past it', async () => {
    await until('projections started', async () => (await get(t, '/health/ready')).status === 200);
    expect((await get(t, '/health/ready')).body.details['projection:stream-catalogue'])
      .toEqual({ status: 'up', state: 'STANDBY', lagEvents: 0, maxLagEvents: 0 });

    await bootstrapAdministrator(t.db.pool, t.app.get<EventStore>(EVENT_STORE), {
      citizenId: '1101700203450', title: 'นาย', firstName: 'ดำรง', lastName: 'ธรรมา', position: 'LEGAL_OFFICER', officePhone: '023569660',
    });
    // The others catch up (with a bound of 0 they are not ready either until they have); this one cannot.
    let body: Awaited<ReturnType<typeof get>>['body'] | undefined;
    await until('only the lag of the stream catalogue is left', async () => {
      const answer = await get(t, '/health/ready');
      body = answer.body;
      return answer.status === 503 && Object.keys(body.error!).join() === 'projection:stream-catalogue';
    });
    expect(body!.error!['projection:stream-catalogue']).toMatchObject({ status: 'down', state: 'STANDBY', maxLagEvents: 0 });
    expect(body!.error!['projection:stream-catalogue'].lagEvents).toBeGreaterThan(0);

    // The lock is let go: this process takes the projection over, catches up and is ready again.
    await holder.query("SELECT pg_advisory_unlock(hashtext('projection:stream-catalogue'))");
    await until('taken over and caught up', async () => (await get(t, '/health/ready')).status === 200);
  });
});
