import type { EventStore } from './event-store.port.js';

/**
 * Reads streams for showing their history to a reader: on PostgreSQL through PG_POOL, so inside a request the
 * `events` table answers in the reader's area scope (row-level security); a stream out of scope reads as
 * empty, like one that does not exist. Command handling keeps reading through EVENT_STORE, as the owner.
 */
export const HISTORY_READER = Symbol('HistoryReader');
export type HistoryReader = Pick<EventStore, 'readStream'>;
