import pg from 'pg';
import type { AppConfig } from '../config/config.js';
import { ConfigError } from '../config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { migrate } from './migrate.js';

export interface Database {
  pool: pg.Pool;
  /** Where the service is connected (the password masked), for the start-up line. */
  describe: string;
  close(): Promise<void>;
}

export function createPool(url: string, max = 20): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'damrong' });
  // An idle connection the server closes (restart, shutdown) must not bring the process down.
  pool.on('error', () => undefined);
  return pool;
}

export interface OpenOptions {
  /** A command line tool beside the running service: use the service's embedded server rather than refuse. */
  shareRunningServer?: boolean;
}

/** Connects to DATABASE_URL, or starts the embedded server; then brings the schema up to date. */
export async function openDatabase(config: AppConfig, options: OpenOptions = {}): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, ...options });
  const url = config.databaseUrl ?? embedded!.url;
  const pool = createPool(url);
  try {
    await pool.query('SELECT 1');
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    await embedded?.stop();
    const variable = config.databaseUrl ? 'DATABASE_URL' : 'DATA_DIR';
    throw new ConfigError(variable, `cannot use the database at ${mask(url)}: ${(error as Error).message}`);
  }
  return {
    pool,
    describe: embedded ? `embedded PostgreSQL in ${config.dataDir}` : mask(url),
    async close() {
      await pool.end();
      await embedded?.stop();
    },
  };
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
