import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Logger } from 'nestjs-pino';
import type pino from 'pino';
import { AppModule } from '../../src/app.module.js';
import { loadConfig } from '../../src/config/config.js';
import { loadIdentityConfig } from '../../src/config/identity-config.js';
import { CLOCK } from '../../src/database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../src/eventstore/event-store.port.js';
import { bootstrapAdministrator } from '../../src/identity/accounts/bootstrap-admin.js';
import { IDENTITY_SETTINGS, identitySettings, type IdentitySettings } from '../../src/identity/identity-settings.js';
import type { StaffPosition } from '../../src/identity/scope/staff-authority.js';
import type { StaffLevel } from '../../src/identity/scope/staff-office.js';
import { createLog } from '../../src/logging/log.js';
import { ReadModelChanges } from '../../src/projections/runner/read-model-changes.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { projectionStatuses } from '../../src/projections/runner/projection-status.js';
import type { Clock } from '../../src/shared/clock.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface GraphQLAnswer { data?: any; errors?: any[] }

/** A signed-in account of the test app: its session token, and requests sent with it. */
export interface SignedIn {
  accountId: string;
  citizenId: string;
  level: StaffLevel;
  /** DISTRICT:4901, PROVINCE:49, CENTRAL. */
  officeKey: string;
  token: string;
  graphql(query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer>;
  /** A GET of a REST route (report downloads) with the session's Bearer token. */
  get(path: string): Promise<Response>;
}

/** The kind of account a test needs: a level, an office (district or province code; none for the centre), a position. */
export interface AccountKind {
  level: StaffLevel;
  office?: string;
  position?: StaffPosition;
  administrator?: boolean;
}

/** The service on a test database, with no account made: what a new installation is before its bootstrap. */
export interface TestService {
  app: INestApplication;
  db: TestDatabase;
  /** http://127.0.0.1:<port> */
  base: string;
  /** POSTs a GraphQL request over HTTP, anonymously or with `token`, and returns the parsed JSON body. */
  graphql(query: string, variables?: Record<string, unknown>, caller?: { token?: string }): Promise<GraphQLAnswer>;
  /** Resolves once every projection has applied the whole log; fails on a stopped projection or after 20 s. */
  caughtUp(): Promise<void>;
  close(): Promise<void>;
}

export interface TestApp extends TestService {
  /** The central administrator the bootstrap made, signed in, past its one-time password. */
  admin: SignedIn;
  /**
   * A new account of that kind, registered by the level above it (a tambon team member, office its subdistrict code, by
   * an administrator of its district), signed in and past its one-time password.
   */
  signInAs(kind: AccountKind): Promise<SignedIn>;
}

export interface TestAppOptions {
  /** CLOCK_START: the service's clock starts here. */
  clockStart?: Date;
  /** Runs on the migrated database before the service starts (events its start-up should find). */
  beforeStart?(db: TestDatabase): Promise<void>;
  /** NODE_ENV=production: no introspection, no GraphiQL page. */
  production?: boolean;
  /** The loopback port to listen on (a free one when absent): when the service's own address must be known before it starts. */
  port?: number;
  /** More of the environment the configuration is read from (READY_MAX_LAG_EVENTS, METRICS_TOKEN, …). */
  env?: Record<string, string>;
  /** Sign-in settings in place of the defaults (a lockout policy a test can reach quickly). */
  identity?: Partial<IdentitySettings>;
  /**
   * Where the service's log goes, from level info; without it, errors only, on stdout as the service writes them.
   * nestjs-pino keeps one root logger per process: the first app a test file starts decides for every later one.
   */
  logs?: pino.DestinationStream;
}

/** 12 digits made a valid citizen id with their check digit. */
function withCheckDigit(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return `${first12}${(11 - (sum % 11)) % 10}`;
}

/** The password every account of the test app sets in place of its one-time password. */
export const OWN_PASSWORD = 'บัญชีทดสอบของระบบดำรงธรรม';
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`;
const CHANGE_PASSWORD = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';
const CREATE = `mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { oneTimePassword account { id citizenId } } }`;

/** POSTs a GraphQL request to the service at `base` from client address `from` (behind the one trusted proxy). */
async function post(base: string, query: string, variables: Record<string, unknown> | undefined, token: string | undefined, from: string) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json() as Promise<GraphQLAnswer>;
}

/**
 * The service on a database of its own, listening on a free port, behind one trusted proxy, with no account:
 * a new installation (startTestApp adds the bootstrap administrator).
 */
export async function startTestService(options: TestAppOptions = {}): Promise<TestService> {
  const db = await createTestDatabase();
  await options.beforeStart?.(db);
  // Production needs the master key of personal data given: a new one for each service started so.
  const production = options.production ? { NODE_ENV: 'production', PERSONAL_DATA_MASTER_KEY: randomBytes(32).toString('base64') } : {};
  const env = { PROJECTION_POLL_MS: '20', RETENTION_RUN_AT: 'off', ...production, ...options.env };
  const config = { ...loadConfig(env), databaseUrl: db.url, clockStart: options.clockStart };
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(
      { pool: db.pool, requestUrl: db.requestUrl, describe: 'test', close: async () => undefined }, config,
      createLog(options.logs ? 'info' : 'error', options.logs),
    )],
  }).overrideProvider(IDENTITY_SETTINGS).useValue({ ...identitySettings(loadIdentityConfig({})), trustProxyHops: 1, ...options.identity }).compile();
  const app = moduleRef.createNestApplication({ logger: moduleRef.get(Logger) });
  await app.listen(options.port ?? 0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const store = app.get<EventStore>(EVENT_STORE);
  return {
    app,
    db,
    base,
    graphql: (query, variables, caller = {}) => post(base, query, variables, caller.token, '192.0.2.1'),
    async caughtUp() {
      const runner = app.get(ProjectionRunner);
      for (const until = Date.now() + 20_000; ;) {
        const statuses = await projectionStatuses(db.pool, store, runner);
        const failed = statuses.find((s) => s.state === 'FAILED');
        if (failed) throw new Error(`projection ${failed.name} failed: ${failed.lastError}`);
        // …and the notices of their last batches are in: no cached read of the read models predates them.
        if (statuses.every((s) => s.lagEvents === 0 && s.state === 'RUNNING')) return app.get(ReadModelChanges).settled();
        if (Date.now() > until) throw new Error(`projections not caught up: ${JSON.stringify(statuses)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/**
 * The whole service on a database of its own, listening on a free port, behind one trusted proxy (each
 * account sends from an address of its own, so sign-in budgets per address never run out in a suite).
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const service = await startTestService(options);
  const { app, db, base } = service;

  let serial = 0;
  const nextCitizenId = () => withCheckDigit(`5${String(++serial).padStart(11, '0')}`);
  const address = () => `203.0.113.${serial % 250}`;
  const ok = async (query: string, variables: Record<string, unknown>, token: string | undefined, from: string) => {
    const answer = await post(base, query, variables, token, from);
    if (answer.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  };

  /** Signs in with the one-time password and sets the account's own. */
  const takeOver = async (accountId: string, citizenId: string, oneTimePassword: string, level: StaffLevel, officeKey: string) => {
    const from = address();
    const { signIn } = await ok(SIGN_IN, { input: { citizenId, password: oneTimePassword } }, undefined, from);
    await ok(CHANGE_PASSWORD, { input: { currentPassword: oneTimePassword, newPassword: OWN_PASSWORD } }, signIn.token, from);
    const token = signIn.token as string;
    return {
      accountId, citizenId, level, officeKey, token,
      graphql: (query: string, variables?: Record<string, unknown>) => post(base, query, variables, token, from),
      get: (path: string) => fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': from } }),
    } satisfies SignedIn;
  };

  const store = app.get<EventStore>(EVENT_STORE);
  const { account, oneTimePassword } = await bootstrapAdministrator(db.pool, store, {
    citizenId: nextCitizenId(), title: 'นาย', firstName: 'ดำรง', lastName: 'ธรรมา', position: 'LEGAL_OFFICER', officePhone: '023569660',
  }, app.get<Clock>(CLOCK));
  const admin = await takeOver(account.accountId, account.citizenId, oneTimePassword!, 'CENTRAL', 'CENTRAL');

  const register = async (by: SignedIn, kind: AccountKind): Promise<SignedIn> => {
    const input = {
      citizenId: nextCitizenId(), title: 'นางสาว', firstName: 'สมศรี', lastName: `ทดสอบ${serial}`,
      position: kind.position ?? (kind.level === 'LOCAL' ? 'REVENUE_TECHNICAL_OFFICER' : 'ADMINISTRATIVE_OFFICER'), level: kind.level, officeCode: kind.office ?? null,
      administrator: kind.administrator ?? null, officePhone: '021234567',
    };
    const { createStaffAccount } = await ok(CREATE, { input }, by.token, address());
    const officeKind = { DISTRICT: 'DISTRICT', TAMBON_TEAM: 'SUBDISTRICT', LOCAL: 'AUTHORITY' }[kind.level as string] ?? 'PROVINCE';
    const officeKey = kind.office ? `${officeKind}:${kind.office}` : 'CENTRAL';
    return takeOver(createStaffAccount.account.id, createStaffAccount.account.citizenId, createStaffAccount.oneTimePassword, kind.level, officeKey);
  };
  const provinceAdmins = new Map<string, Promise<SignedIn>>();
  const provinceAdmin = (province: string) => {
    if (!provinceAdmins.has(province)) provinceAdmins.set(province, register(admin, { level: 'PROVINCE', office: province, administrator: true }));
    return provinceAdmins.get(province)!;
  };

  const districtAdmins = new Map<string, Promise<SignedIn>>();
  const districtAdmin = async (district: string) => {
    if (!districtAdmins.has(district)) {
      districtAdmins.set(district, register(await provinceAdmin(district.slice(0, 2)), { level: 'DISTRICT', office: district, administrator: true }));
    }
    return districtAdmins.get(district)!;
  };

  return {
    ...service,
    admin,
    async signInAs(kind) {
      if (kind.level === 'TAMBON_TEAM') return register(await districtAdmin(kind.office!.slice(0, 4)), kind);
      const by = kind.level === 'DISTRICT' ? await provinceAdmin(kind.office!.slice(0, 2)) : admin;
      return register(by, kind);
    },
  };
}
