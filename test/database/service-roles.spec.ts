import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { loadConfig } from '../../src/config/config.js';
import { createPool, createRequestPool, openDatabase, type Database } from '../../src/database/database.js';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { migrate } from '../../src/database/migrate.js';
import { RequestScope, withRequestScope } from '../../src/database/request-scope.js';
import { ScopedPool } from '../../src/database/scoped-pool.js';
import { requestLoginUnfit } from '../../src/database/service-roles.js';
import { adminUrl, createTestDatabase, type TestDatabase } from '../support/test-database.js';

const INSUFFICIENT_PRIVILEGE = '42501';

/** Runs `work` in a request's transaction on the request pool, with a central reader's scope, as a request would. */
async function asRequest<T>(requestPool: pg.Pool, work: (query: (sql: string) => Promise<pg.QueryResult>) => Promise<T>): Promise<T> {
  const scope = new RequestScope(requestPool);
  const facade = new ScopedPool(requestPool);
  try {
    return await withRequestScope(scope, () => {
      scope.setScope({ level: 'CENTRAL' });
      return work((sql) => facade.query(sql));
    });
  } finally {
    await scope.finish();
  }
}

/**
 * The request connection can become no other role, and gives up its role only for a login with nothing of its
 * own; the owner's login is no superuser, may create no roles or databases, and can become none of the
 * superusers or pg_* roles.
 */
function confinementSpecs(get: () => { owner: pg.Pool; requestUrl: string }) {
  let requestPool: pg.Pool;
  let superusers: string[];
  let ownerName: string;
  beforeAll(async () => {
    requestPool = createRequestPool(get().requestUrl, 1);
    superusers = (await get().owner.query(`SELECT rolname FROM pg_roles WHERE rolsuper`)).rows.map((r) => r.rolname);
    ownerName = (await get().owner.query('SELECT session_user AS name')).rows[0].name;
  });
  afterAll(() => requestPool.end());

  it('a request\'s transaction cannot become the superuser, the owner or anyone else', async () => {
    expect(superusers.length).toBeGreaterThan(0);
    await asRequest(requestPool, async (query) => {
      expect((await query('SELECT current_user AS role')).rows).toEqual([{ role: 'damrong_request' }]);
      for (const role of [...superusers, ownerName, 'pg_read_server_files', 'pg_execute_server_program']) {
        await expect(query(`SET ROLE "${role}"`)).rejects.toMatchObject({ code: INSUFFICIENT_PRIVILEGE });
        await expect(query(`SET SESSION AUTHORIZATION "${role}"`)).rejects.toMatchObject({ code: INSUFFICIENT_PRIVILEGE });
      }
    });
  });

  it('RESET ROLE and SET SESSION AUTHORIZATION DEFAULT keep the request role; SET ROLE NONE leaves a login with nothing', async () => {
    const login = new URL(get().requestUrl).username;
    for (const reset of ['RESET ROLE', 'SET SESSION AUTHORIZATION DEFAULT']) {
      await asRequest(requestPool, async (query) => {
        await query(reset);
        expect((await query('SELECT session_user AS login, current_user AS role')).rows).toEqual([{ login, role: 'damrong_request' }]);
      });
    }
    await asRequest(requestPool, async (query) => {
      // A statement that fails ends the transaction, and with it what was set in it: given up again each time.
      for (const table of ['events', 'staff_credentials', 'debt_cases']) {
        await query('SET ROLE NONE');
        expect((await query('SELECT current_user AS role')).rows).toEqual([{ role: login }]);
        await expect(query(`SELECT FROM ${table} LIMIT 1`)).rejects.toMatchObject({ code: INSUFFICIENT_PRIVILEGE });
      }
    });
  });

  it('the owner\'s login is no superuser, may not create roles or databases, and reaches no role but the request role', async () => {
    const { rows } = await get().owner.query(`SELECT r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolreplication, r.rolbypassrls,
        ARRAY(SELECT o.rolname FROM pg_roles o WHERE o.oid <> r.oid AND pg_has_role(r.oid, o.oid, 'MEMBER') ORDER BY 1)::text[] AS reaches
      FROM pg_roles r WHERE r.rolname = session_user`);
    expect(rows).toEqual([{ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolreplication: false, rolbypassrls: false,
      reaches: ['damrong_request', 'pg_database_owner'] }]);
    const client = await get().owner.connect();
    try {
      for (const role of superusers) await expect(client.query(`SET ROLE "${role}"`)).rejects.toMatchObject({ code: INSUFFICIENT_PRIVILEGE });
      await expect(client.query('CREATE ROLE damrong_intruder SUPERUSER')).rejects.toMatchObject({ code: INSUFFICIENT_PRIVILEGE });
      await expect(client.query('GRANT pg_execute_server_program TO CURRENT_USER')).rejects.toMatchObject({ code: INSUFFICIENT_PRIVILEGE });
    } finally {
      client.release();
    }
  });

  it('the start-up check takes the request login and refuses the owner\'s in its place', async () => {
    expect(await requestLoginUnfit(requestPool)).toBeUndefined();
    const asOwner = createRequestPool(get().owner.options.connectionString!, 1);
    try {
      expect(await requestLoginUnfit(asOwner)).toBe(`${ownerName} owns the database`);
    } finally {
      await asOwner.end();
    }
  });
}

describe('the roles of a database the superuser made for the tests', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());
  confinementSpecs(() => ({ owner: db.pool, requestUrl: db.requestUrl }));

  it('a superuser DATABASE_URL, or none for the requests, is told at start in one line each', async () => {
    const superuser = new URL(adminUrl());
    superuser.pathname = new URL(db.url).pathname;
    const opened = await openDatabase(loadConfig({ DATABASE_URL: superuser.toString() }));
    await opened.close();
    expect(opened.warnings).toEqual([
      expect.stringMatching(/^DATABASE_URL logs in as the superuser \S+: give the URL of a login that owns the database and is no superuser/),
      expect.stringMatching(/^DATABASE_REQUEST_URL is unset: requests log in as the owner/),
    ]);
    const proper = await openDatabase(loadConfig({ DATABASE_URL: db.url, DATABASE_REQUEST_URL: db.requestUrl }));
    await proper.close();
    expect(proper.warnings).toEqual([]);
    await expect(openDatabase(loadConfig({ DATABASE_URL: db.url, DATABASE_REQUEST_URL: db.url })))
      .rejects.toThrow(/^DATABASE_REQUEST_URL: the request login at .* will not do: damrong_test_owner owns the database$/);
  });
});

describe('the embedded server: its superuser only makes the owner\'s login, the request login and the database', () => {
  let dataDir: string;
  let database: Database;
  let marker: string;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-roles-'));
    // A cluster as an earlier version left it: the service's tables in `postgres`, owned by the superuser.
    const earlier = await startEmbeddedPostgres({ dataDir, ephemeral: true });
    const admin = createPool(earlier.adminUrl, 2);
    await admin.query('DROP DATABASE damrong WITH (FORCE)');
    await migrate(admin);
    // ... and recorded by the runner before Postgrator, in schema_migrations (migrate takes it over).
    await admin.query(`CREATE TABLE schema_migrations AS SELECT version::integer, name, run_at AS applied_at FROM schemaversion;
      DROP TABLE schemaversion`);
    marker = (await admin.query(`INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
      VALUES ('tally-earlier', 1, gen_random_uuid(), 'TallyIncremented', 1, '{"by":1}', '{}') RETURNING event_id`)).rows[0].event_id;
    await admin.end();
    await earlier.stop();
    database = await openDatabase(loadConfig({ DATA_DIR: dataDir }));
  });
  afterAll(async () => {
    await database.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });
  confinementSpecs(() => ({ owner: database.pool, requestUrl: database.requestUrl }));

  it('keeps the logins\' generated passwords beside the cluster, readable by the service\'s user only', async () => {
    for (const file of ['postgres-password', 'damrong-password', 'damrong-request-login-password']) {
      expect((await fs.stat(path.join(dataDir, file))).mode & 0o777).toBe(0o600);
    }
    expect((await database.pool.query('SELECT session_user AS login, current_database() AS name')).rows).toEqual([{ login: 'damrong', name: 'damrong' }]);
  });

  it('hands an earlier cluster\'s tables and functions to the owner, data and all', async () => {
    expect((await database.pool.query(`SELECT event_id FROM events WHERE stream_id = 'tally-earlier'`)).rows).toEqual([{ event_id: marker }]);
    const { rows } = await database.pool.query(`SELECT
      (SELECT array_agg(DISTINCT pg_get_userbyid(relowner))::text[] FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'v', 'S')) AS tables,
      (SELECT array_agg(DISTINCT pg_get_userbyid(proowner))::text[] FROM pg_proc WHERE proname IN ('complaint_public_status', 'daily_report_body_in_scope')) AS definers,
      (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'damrong') AS database`);
    expect(rows).toEqual([{ tables: ['damrong'], definers: ['damrong'], database: 'damrong' }]);
    await database.pool.query(`INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
      VALUES ('tally-earlier', 2, gen_random_uuid(), 'TallyIncremented', 1, '{"by":1}', '{}')`);
  });
});
