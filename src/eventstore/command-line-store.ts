import type pg from 'pg';
import type { AppConfig } from '../config/config.js';
import type { EventStore } from './event-store.port.js';
import { requirePostgresLog } from './log-features.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';

/**
 * The event log a command-line command reads and appends to: the configured one, as the service has it. The
 * `events` table of the database the command opened with EVENT_STORE=postgres; any other log is refused
 * (NEEDS_POSTGRESQL_LOG) rather than the command reading or writing an `events` table the service does not use
 * (a memory log lives in the service's process and no other process can open it).
 */
export function commandLineEventStore(config: Pick<AppConfig, 'eventStore'>, pool: pg.Pool): EventStore {
  requirePostgresLog(config, 'COMMAND_LINE_LOG');
  return new PostgresEventStore(pool);
}
