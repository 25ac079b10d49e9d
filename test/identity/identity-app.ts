import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Logger } from 'nestjs-pino';
import { AppModule } from '../../src/app.module.js';
import { loadConfig } from '../../src/config/config.js';
import { loadIdentityConfig } from '../../src/config/identity-config.js';
import { CLOCK } from '../../src/database/database.module.js';
import { createLog } from '../../src/logging/log.js';
import { IDENTITY_SETTINGS, identitySettings, type IdentitySettings } from '../../src/identity/identity-settings.js';
import type { Clock } from '../../src/shared/clock.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { nextCitizenId } from './staff-fixtures.js';

/** A clock the test moves by hand: waits and locks are asserted as states, never as wall time. */
export class ManualClock implements Clock {
  private at = new Date();
  now(): Date {
    return new Date(this.at);
  }
  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

export interface GraphQLAnswer { status: number; data?: any; errors?: any[] }
export interface Caller { token?: string; address?: string }

export interface IdentityApp {
  app: INestApplication;
  db: TestDatabase;
  clock: ManualClock;
  url: string;
  /** POSTs an operation as the caller: its session token as a Bearer header, its address as X-Forwarded-For. */
  graphql(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<GraphQLAnswer>;
  close(): Promise<void>;
}

let addresses = 0;
/** A fresh client address, so that the per-address budget of one test never spills into another. */
export const nextAddress = () => `198.51.${Math.floor(++addresses / 250)}.${addresses % 250}`;

/** The whole service on a database of its own, behind one trusted proxy, on a hand-moved clock. */
export async function startIdentityApp(options: { production?: boolean; settings?: Partial<IdentitySettings> } = {}): Promise<IdentityApp> {
  const db = await createTestDatabase();
  const config = { ...loadConfig({ PROJECTION_POLL_MS: '20' }), databaseUrl: db.url, production: options.production ?? false };
  const clock = new ManualClock();
  const settings = { ...identitySettings(loadIdentityConfig({})), trustProxyHops: 1, ...options.settings };
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ pool: db.pool, requestUrl: db.requestUrl, describe: 'test', close: async () => undefined }, config, createLog('error'))],
  }).overrideProvider(CLOCK).useValue(clock).overrideProvider(IDENTITY_SETTINGS).useValue(settings).compile();
  const app = moduleRef.createNestApplication({ logger: moduleRef.get(Logger) });
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  return {
    app, db, clock, url,
    async graphql(query, variables, caller = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': caller.address ?? nextAddress(),
          ...(caller.token ? { authorization: `Bearer ${caller.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...(await response.json() as { data?: any; errors?: any[] }) };
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

const run = promisify(execFile);

/** `npm run cli -- admin create …` against the test database, as an operator runs it. */
export async function adminCreate(db: TestDatabase, citizenId = nextCitizenId()): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = ['--import', '@swc-node/register/esm-register', 'src/cli.ts', 'admin', 'create', '--citizen-id', citizenId,
    '--title', 'นาย', '--first-name', 'ดำรง', '--last-name', 'ธรรมา', '--position', 'LEGAL_OFFICER', '--office-phone', '02 356 9660'];
  try {
    const { stdout, stderr } = await run(process.execPath, args, { env: { ...process.env, DATABASE_URL: db.url } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The one-time password `admin create` printed. */
export const printedPassword = (stdout: string) => /One-time password[^:]*: (\S+)/.exec(stdout)?.[1];
