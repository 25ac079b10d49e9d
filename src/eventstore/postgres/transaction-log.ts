import type pg from 'pg';
import { CodecEventStore, codecOf } from '../event-codec.js';
import type { EventStore } from '../event-store.port.js';
import { PostgresEventStore } from './postgres-event-store.js';

/**
 * The PostgreSQL log inside the caller's transaction (PostgresEventStore.within), through the codec of the service's
 * log when it has one: what a command appends there is sealed as any other append is, and what it reads is opened,
 * the codec's own statements (the personal data keys) made on the transaction's connection.
 */
export async function transactionLog(store: EventStore, client: pg.ClientBase): Promise<EventStore> {
  const log = await PostgresEventStore.within(client);
  const codec = codecOf(store);
  return codec ? new CodecEventStore(log, codec.within?.(client) ?? codec) : log;
}
