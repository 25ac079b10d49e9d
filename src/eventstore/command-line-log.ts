import type pg from 'pg';
import type { AppConfig } from '../config/config.js';
import { CodecEventStore, type EventDataCodec } from './event-codec.js';
import type { EventStore } from './event-store.port.js';
import { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store.js';
import { requirePostgresLog } from './log-features.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';

/** The service's event log as a command of `npm run cli` opens it (through the codec given, as the service's), and how the command lets it go. */
export interface CommandLineLog {
  store: EventStore;
  close(): Promise<void>;
}

/**
 * The configured log, as the service has it: KurrentDB with EVENT_STORE=kurrentdb, the `events` table of `pool`'s
 * database with EVENT_STORE=postgres. A memory log lives in the service's process and no other process can open
 * it: refused (NEEDS_POSTGRESQL_LOG) rather than the command reading or writing an `events` table nobody uses.
 */
export function openCommandLineLog(config: Pick<AppConfig, 'eventStore' | 'kurrentdbUrl'>, pool: pg.Pool, codec?: EventDataCodec): CommandLineLog {
  requirePostgresLog(config, 'COMMAND_LINE_LOG');
  const coded = (log: EventStore) => (codec ? new CodecEventStore(log, codec) : log);
  if (config.eventStore !== 'kurrentdb') return { store: coded(new PostgresEventStore(pool)), close: async () => undefined };
  const store = KurrentDbEventStore.fromConnectionString(config.kurrentdbUrl!);
  return { store: coded(store), close: () => store.close() };
}
