import type pg from 'pg';
import type { AppConfig } from '../config/config.js';
import type { EventStore } from './event-store.port.js';
import { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';

/** The service's event log as a command of `npm run cli` opens it, and how the command lets it go. */
export interface CommandLineLog {
  store: EventStore;
  close(): Promise<void>;
}

/**
 * KurrentDB when the service keeps its log there (EVENT_STORE=kurrentdb), else the `events` table of `pool`'s
 * database (EVENT_STORE=memory keeps nothing a command could share).
 */
export function openCommandLineLog(config: AppConfig, pool: pg.Pool): CommandLineLog {
  if (config.eventStore !== 'kurrentdb') return { store: new PostgresEventStore(pool), close: async () => undefined };
  const store = KurrentDbEventStore.fromConnectionString(config.kurrentdbUrl!);
  return { store, close: () => store.close() };
}
