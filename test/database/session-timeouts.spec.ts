import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Test } from '@nestjs/testing';
import type pg from 'pg';
import { loadConfig } from '../../src/config/config.js';
import { createPool, openDatabase } from '../../src/database/database.js';
import { DatabaseModule, REQUEST_POOL } from '../../src/database/database.module.js';
import { migrate } from '../../src/database/migrate.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const TIGHT = { statementMs: 200, idleInTransactionMs: 300 };

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

describe('the service\'s statement and idle-transaction timeouts', () => {
  it('are the configured ones on the service\'s own pool and on the request pool it wires; command line tools go without', async () => {
    const config = loadConfig({
      DATABASE_URL: db.url, DATABASE_REQUEST_URL: db.requestUrl, DATABASE_STATEMENT_TIMEOUT_MS: '๑๕๐๐๐', DATABASE_IDLE_TRANSACTION_TIMEOUT_MS: '45000',
    });
    const settings = 'SELECT current_setting($1) AS statement, current_setting($2) AS idle';
    const names = ['statement_timeout', 'idle_in_transaction_session_timeout'];
    const service = await openDatabase(config, { sessionTimeouts: config.sessionTimeouts });
    const nest = await Test.createTestingModule({ imports: [DatabaseModule.forRoot(service, config)] }).compile();
    const requests = nest.get<pg.Pool>(REQUEST_POOL);
    const tool = await openDatabase(config, { shareRunningServer: true });
    try {
      expect((await service.pool.query(settings, names)).rows).toEqual([{ statement: '15s', idle: '45s' }]);
      expect((await requests.query(settings, names)).rows).toEqual([{ statement: '15s', idle: '45s' }]);
      expect((await requests.query('SELECT current_user AS role')).rows).toEqual([{ role: 'damrong_request' }]);
      expect((await tool.pool.query(settings, names)).rows).toEqual([{ statement: '0', idle: '0' }]);
    } finally {
      await nest.close();
      await Promise.all([service.close(), tool.close()]);
    }
  });

  it('cancel a statement that runs too long and end a transaction left idle too long', async () => {
    const pool = createPool(db.url, 2, TIGHT);
    try {
      await expect(pool.query('SELECT pg_sleep(5)')).rejects.toMatchObject({ code: '57014' }); // query_canceled
      const client = await pool.connect();
      const ended = new Promise<{ code?: string }>((resolve) => client.once('error', resolve));
      await client.query('BEGIN');
      expect(await ended).toMatchObject({ code: '25P03' }); // idle_in_transaction_session_timeout
      client.release(true);
    } finally {
      await pool.end();
    }
  });

  it('do not cut migrations, and are in force again after them', async () => {
    const pool = createPool(db.url, 1, TIGHT);
    try {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'damrong-slow-migration-'));
      fs.writeFileSync(path.join(dir, '9001.do.slow.sql'), 'SELECT pg_sleep(0.5)');
      expect(await migrate(pool, { pattern: path.join(dir, '*.sql') })).toEqual([9001]);
      fs.rmSync(dir, { recursive: true, force: true });
      expect((await pool.query('SHOW statement_timeout')).rows).toEqual([{ statement_timeout: '200ms' }]);
    } finally {
      await pool.end();
    }
  });
});
