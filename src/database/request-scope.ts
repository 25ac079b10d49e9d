import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';

/** The database role every staff and public request reads as: not the tables' owner, no BYPASSRLS. */
export const REQUEST_ROLE = 'damrong_request';

export const SCOPE_LEVELS = ['DISTRICT', 'PROVINCE', 'CENTRAL', 'AUDITOR', 'TAMBON_TEAM', 'LOCAL', 'PUBLIC'] as const;
export type ScopeLevel = (typeof SCOPE_LEVELS)[number];

/**
 * What the row-level security policies read, as transaction-local settings: `damrong.scope_level`,
 * `damrong.scope_province` (a province account's province), `damrong.scope_district` (a district account's
 * district, and a tambon team's), `damrong.scope_subdistrict` (a tambon team's subdistrict), `damrong.scope_authority`
 * (a LOCAL account's 7-digit authority code), `damrong.account_id` and `damrong.office` (who reads, for the personal-data read log).
 */
export interface ScopeSettings {
  level: ScopeLevel;
  province?: string;
  district?: string;
  subdistrict?: string;
  authority?: string;
  accountId?: string;
  office?: string;
}

const PUBLIC: ScopeSettings = Object.freeze({ level: 'PUBLIC' });
const SAFE = /^[A-Za-z0-9:._-]{0,100}$/;
const IN_FAILED_TRANSACTION = '25P02';

function settingsSql(settings: ScopeSettings): string {
  const values: [string, string][] = [
    ['damrong.scope_level', settings.level], ['damrong.scope_province', settings.province ?? ''],
    ['damrong.scope_district', settings.district ?? ''], ['damrong.scope_subdistrict', settings.subdistrict ?? ''],
    ['damrong.scope_authority', settings.authority ?? ''],
    ['damrong.account_id', settings.accountId ?? ''],
    ['damrong.office', settings.office ?? ''],
  ];
  for (const [name, value] of values) if (!SAFE.test(value)) throw new Error(`${name}: ${JSON.stringify(value)} is not a scope value`);
  return `SELECT ${values.map(([name, value]) => `set_config('${name}', ${pg.escapeLiteral(value)}, true)`).join(', ')}`;
}

/**
 * Holds what is written on `client`'s socket until the statements issued in this turn of the event loop are
 * written too (`BEGIN` and the scope, then the resolvers' first reads): one write to the server instead of one a
 * statement, each of which costs a system call and a wake-up of the server's process.
 */
function holdWrites(client: pg.PoolClient): void {
  const { stream } = (client as unknown as pg.Client).connection;
  stream.cork();
  process.nextTick(() => stream.uncork());
}

/** Work to do in the request's transaction just before it commits (the personal-data read log). */
export type BeforeCommit = () => string | undefined;

/**
 * One HTTP request's database transaction, opened on first use on a connection of the request pool, whose
 * connections are REQUEST_ROLE for their whole life (so that nothing on them ever runs as the owner) and
 * pipelined (createRequestPool): `BEGIN; SELECT set_config(…, true) …` is written together with the first reads
 * (in one write to the socket: holdWrites), without waiting for its answer, so they cost one round trip; every later read of the request goes on that
 * one connection, in the order issued, and `COMMIT` when the request is answered. A statement that fails ends
 * the transaction; the next read begins a new one with the same scope.
 */
export class RequestScope {
  private settings: ScopeSettings = PUBLIC;
  private connection?: Promise<pg.PoolClient>;
  private client?: pg.PoolClient;
  private begun?: Promise<unknown>;
  private readonly beforeCommit: BeforeCommit[] = [];
  private finished?: Promise<void>;

  constructor(private readonly pool: pg.Pool) {}

  get scope(): ScopeSettings {
    return this.settings;
  }

  /** The signed-in reader's scope; a transaction already open takes it before its next statement. */
  setScope(settings: ScopeSettings): void {
    const sql = settingsSql(settings);
    this.settings = settings;
    const { begun, client } = this;
    // Written at once: the pipeline keeps it ahead of every statement issued after this call.
    if (begun && client) this.begun = Promise.all([begun, client.query(sql)]);
  }

  /** Statements (literal SQL) to run right before COMMIT, in the same round trip. */
  onBeforeCommit(hook: BeforeCommit): void {
    this.beforeCommit.push(hook);
  }

  async query(...args: unknown[]): Promise<pg.QueryResult> {
    if (this.finished) throw new Error('the request has been answered: its database transaction is over');
    for (let attempt = 1; ; attempt++) {
      const [client, begun] = await this.begin();
      try {
        const [, result] = await Promise.all([begun, (client.query as (...a: unknown[]) => Promise<pg.QueryResult>)(...args)]);
        return result;
      } catch (error) {
        // The first failure of a transaction ends it; statements queued behind it fail as "aborted" and run again.
        if (this.begun === begun) {
          this.begun = undefined;
          void client.query('ROLLBACK').catch(() => undefined);
        }
        if ((error as { code?: string }).code !== IN_FAILED_TRANSACTION || attempt > 1) throw error;
      }
    }
  }

  /** The connection, with `BEGIN` and the scope written on it if the transaction is not open (not awaited: pipelined). */
  private async begin(): Promise<[pg.PoolClient, Promise<unknown>]> {
    if (!this.client) {
      this.connection ??= this.pool.connect();
      const client = await this.connection;
      this.client ??= client;
    }
    const client = this.client;
    if (!this.begun) {
      holdWrites(client);
      const begun = client.query(`BEGIN; ${settingsSql(this.settings)}`);
      begun.catch(() => undefined); // awaited by each statement behind it
      this.begun = begun;
    }
    return [client, this.begun];
  }

  /** Runs the before-commit work and commits, once; releases the connection whatever happens. */
  finish(): Promise<void> {
    this.finished ??= this.commit();
    return this.finished;
  }

  private async commit(): Promise<void> {
    const statements = this.beforeCommit.map((hook) => hook()).filter((sql): sql is string => Boolean(sql));
    if (!this.connection && statements.length === 0) return;
    let client: pg.PoolClient | undefined;
    let failure: unknown;
    try {
      let begun: Promise<unknown>;
      [client, begun] = await this.begin();
      await Promise.all([begun, client.query([...statements, 'COMMIT'].join(';\n'))]);
    } catch (error) {
      failure = error;
      await client?.query('ROLLBACK').catch(() => undefined);
    } finally {
      client?.release(failure instanceof Error ? failure : undefined);
    }
    if (failure) throw failure;
  }
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** Runs `work` (an HTTP request's handling) with its own RequestScope. */
export function withRequestScope<T>(scope: RequestScope, work: () => T): T {
  return scopes.run(scope, work);
}

/**
 * Runs `work` as if outside any request: for background work a request starts (a projection restarted),
 * which must not keep the request's scope for the rest of its life.
 */
export function outsideRequestScope<T>(work: () => T): T {
  return scopes.exit(work);
}

/** The scope of the request being handled, or undefined outside any request (projections, timers, CLI). */
export function currentRequestScope(): RequestScope | undefined {
  return scopes.getStore();
}

/**
 * A name for what the current reader may see, for caches shared between requests: every reader with the
 * same key sees the same rows. `OWNER` outside requests (the service's own work sees everything).
 */
export function scopeKey(): string {
  const scope = currentRequestScope()?.scope;
  if (!scope) return 'OWNER';
  switch (scope.level) {
    case 'CENTRAL':
    case 'AUDITOR': return 'ALL';
    case 'PROVINCE': return `PROVINCE:${scope.province}`;
    case 'DISTRICT': return `DISTRICT:${scope.district}`;
    case 'TAMBON_TEAM': return `TAMBON_TEAM:${scope.subdistrict}`;
    case 'LOCAL': return `LOCAL:${scope.authority}`;
    case 'PUBLIC': return 'PUBLIC';
  }
}
