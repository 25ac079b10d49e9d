import type pg from 'pg';
import { DAILY_MEDIATION_REPORTS_MIGRATION, MEDIATION_REPORT_LEDGER_MIGRATION } from '../reporting/ledger/report-ledger.migration.js';
import { GOVERNMENT_HOLIDAYS_MIGRATION } from '../calendar/holidays.migration.js';
import { EVENT_LOG_MIGRATION } from '../eventstore/postgres/event-log.migration.js';
import { LOG_HORIZON_MIGRATION } from '../eventstore/postgres/log-horizon.migration.js';
import { DISTRICT_COUNTS_MIGRATION } from '../projections/district-counts/district-counts.migration.js';
import { PROJECTION_CHECKPOINTS_MIGRATION } from '../projections/runner/checkpoints.migration.js';
import { COMPLAINT_LIST_MIGRATION } from '../projections/complaint-list/complaint-list.migration.js';
import {
  COMPLAINT_STATISTICS_BY_HOLDER_MIGRATION, COMPLAINT_STATISTICS_MIGRATION, COMPLAINT_STATISTICS_ROLLUPS_MIGRATION,
  COMPLAINT_STATISTICS_SOLVED_MIGRATION,
} from '../projections/complaint-statistics/complaint-statistics.migration.js';
import { COMPLAINT_NEWS_MIGRATION } from '../projections/complaint-news/complaint-news.migration.js';
import { STREAM_CATALOGUE_MIGRATION } from '../projections/stream-catalogue/stream-catalogue.migration.js';
import { DEBT_CASES_MIGRATION } from '../projections/debt-cases/debt-cases.migration.js';
import { SIGN_IN_LIMITS_MIGRATION, STAFF_ACCOUNTS_MIGRATION, STAFF_SESSIONS_MIGRATION } from '../identity/identity.migration.js';
import { AREA_SCOPE_MIGRATION } from './area-scope.migration.js';
import { READ_MODEL_SCOPE_MIGRATION, ROLLUP_SCOPE_MIGRATION, ROLLUP_SCOPE_AGAIN_MIGRATION } from '../projections/read-model-scope.migration.js';
import { REPORT_SCOPE_MIGRATION } from '../reporting/report-scope.migration.js';
import { HOLIDAY_CHANGES_MIGRATION } from '../calendar/holiday-changes.migration.js';
import { PERSONAL_DATA_READS_MIGRATION } from '../identity/personal-data-reads.migration.js';
import { CASE_HANDOVERS_MIGRATION } from '../projections/case-handovers/case-handovers.migration.js';
import { PROJECTION_RESTARTS_MIGRATION } from '../projections/runner/projection-restarts.migration.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Append only: a migration that has run is never edited; a change is a new version. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'event log', sql: EVENT_LOG_MIGRATION },
  { version: 2, name: 'projection checkpoints', sql: PROJECTION_CHECKPOINTS_MIGRATION },
  { version: 3, name: 'stream catalogue', sql: STREAM_CATALOGUE_MIGRATION },
  { version: 20, name: 'government holidays', sql: GOVERNMENT_HOLIDAYS_MIGRATION },
  { version: 100, name: 'debt case list', sql: DEBT_CASES_MIGRATION },
  { version: 110, name: 'district counts', sql: DISTRICT_COUNTS_MIGRATION },
  { version: 120, name: 'complaint list', sql: COMPLAINT_LIST_MIGRATION },
  { version: 130, name: 'complaint statistics', sql: COMPLAINT_STATISTICS_MIGRATION },
  { version: 131, name: 'district news', sql: COMPLAINT_NEWS_MIGRATION },
  { version: 132, name: 'complaint statistics roll-ups', sql: COMPLAINT_STATISTICS_ROLLUPS_MIGRATION },
  { version: 133, name: 'complaint statistics by the office holding each complaint', sql: COMPLAINT_STATISTICS_BY_HOLDER_MIGRATION },
  { version: 134, name: 'complaint statistics: solved and set aside', sql: COMPLAINT_STATISTICS_SOLVED_MIGRATION },
  { version: 140, name: 'mediation report ledger', sql: MEDIATION_REPORT_LEDGER_MIGRATION },
  { version: 141, name: 'daily mediation reports', sql: DAILY_MEDIATION_REPORTS_MIGRATION },
  { version: 160, name: 'staff accounts and credentials', sql: STAFF_ACCOUNTS_MIGRATION },
  { version: 161, name: 'staff sessions', sql: STAFF_SESSIONS_MIGRATION },
  { version: 162, name: 'sign-in limits', sql: SIGN_IN_LIMITS_MIGRATION },
  { version: 180, name: 'request role and area scope', sql: AREA_SCOPE_MIGRATION },
  { version: 181, name: 'area scope of the read models', sql: READ_MODEL_SCOPE_MIGRATION },
  { version: 182, name: 'area scope of the reports', sql: REPORT_SCOPE_MIGRATION },
  { version: 183, name: 'staff accounts in scope and the personal-data read log', sql: PERSONAL_DATA_READS_MIGRATION },
  { version: 184, name: 'case handovers', sql: CASE_HANDOVERS_MIGRATION },
  { version: 185, name: 'who changed a holiday', sql: HOLIDAY_CHANGES_MIGRATION },
  { version: 186, name: 'who restarted a projection', sql: PROJECTION_RESTARTS_MIGRATION },
  { version: 187, name: 'area scope of the complaint statistics roll-ups', sql: ROLLUP_SCOPE_MIGRATION },
  { version: 188, name: 'area scope of the complaint statistics roll-ups, whatever the order', sql: ROLLUP_SCOPE_AGAIN_MIGRATION },
  { version: 200, name: 'the log horizon held back by open appends only', sql: LOG_HORIZON_MIGRATION },
];

const LOCK_KEY = 'damrong:migrations';

/**
 * Runs the migrations this database has not seen, each in its own transaction, under an advisory lock
 * so that replicas starting together run each one once. Safe to call any number of times.
 */
export async function migrate(pool: pg.Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`);
      }
      applied.push(migration.version);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [LOCK_KEY]).catch(() => undefined);
    client.release();
  }
  return applied;
}
