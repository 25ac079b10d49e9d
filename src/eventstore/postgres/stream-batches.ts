import type pg from 'pg';
import { validateAppend } from '../append-validation.js';
import { ConcurrencyError, IdempotencyConflictError } from '../event-store.errors.js';
import type { AppendResult, NewEvent, StoredEvent } from '../event-store.port.js';
import { culpritOf, insertGroup } from './append-groups.js';
import { type EventRow, READ_STREAMS, STREAM_VERSION, toStoredEvent } from './event-log.sql.js';

/** Streams a read statement takes, and events an append statement writes, at the most. */
const STREAMS_A_READ = 5_000;
const EVENTS_AN_APPEND = 10_000;

/** Events for one stream, after the exact version its writer read (0 for a new stream). */
export interface StreamAppend {
  streamId: string;
  events: readonly NewEvent[];
  expected: number;
}

type Queryable = Pick<pg.ClientBase, 'query'>;

/** Many streams read in a few statements (5,000 a statement): each one's events in version order, none for a stream not begun. */
export async function readStreams(db: Queryable, streamIds: readonly string[]): Promise<Map<string, StoredEvent[]>> {
  const streams = new Map<string, StoredEvent[]>(streamIds.map((id) => [id, []]));
  const ids = [...streams.keys()];
  for (let at = 0; at < ids.length; at += STREAMS_A_READ) {
    const { rows } = await db.query<EventRow>({ ...READ_STREAMS, values: [ids.slice(at, at + STREAMS_A_READ)], rowMode: 'array' });
    for (const row of rows) streams.get(row[2])!.push(toStoredEvent(row));
  }
  return streams;
}

/**
 * Appends to many streams in a few statements (10,000 events a statement), each stream after its own exact version:
 * a stream another writer moved on is a ConcurrencyError, an event id stored before an IdempotencyConflictError. The
 * statements before the failing one stand, so `client` must be in a transaction its caller rolls back on any error.
 * The streams are written in stream-id order, as grouped appends take them, so writers lock them in one order.
 */
export async function appendToStreams(client: Queryable, appends: readonly StreamAppend[]): Promise<Map<string, AppendResult>> {
  const sorted = [...appends].filter((a) => a.events.length > 0).sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0));
  for (const [i, a] of sorted.entries()) {
    validateAppend(a.streamId, a.events);
    if (i > 0 && sorted[i - 1].streamId === a.streamId) throw new Error(`stream ${a.streamId} is named twice in one append`);
  }
  const results = new Map<string, AppendResult>();
  for (let at = 0; at < sorted.length;) {
    const page: StreamAppend[] = [];
    for (let events = 0; at < sorted.length && (page.length === 0 || events + sorted[at].events.length <= EVENTS_AN_APPEND); at++) {
      page.push(sorted[at]);
      events += sorted[at].events.length;
    }
    for (const [streamId, result] of await appendPage(client, page)) results.set(streamId, result);
  }
  return results;
}

async function appendPage(client: Queryable, page: readonly StreamAppend[]): Promise<Map<string, AppendResult>> {
  let results: Map<string, AppendResult>;
  try {
    results = await insertGroup(client, page);
  } catch (error) {
    const culprit = culpritOf(error, page);
    if (!culprit) throw error;
    // Past its version: another writer appended to it since it was read (the transaction is aborted; its version is unknown here).
    if ((error as { constraint?: string }).constraint === 'events_stream_version_unique') {
      throw new ConcurrencyError(culprit.streamId, culprit.expected || 'no-stream', culprit.expected + 1);
    }
    throw new IdempotencyConflictError(culprit.streamId, culprit.events.map((e) => e.eventId));
  }
  // Short of its version: the stream has fewer events than its writer read (the EXISTS guard wrote none of them).
  const short = page.find((a) => !results.has(a.streamId));
  if (short) {
    const [[actual]] = (await client.query<[number]>({ ...STREAM_VERSION, values: [short.streamId], rowMode: 'array' })).rows;
    throw new ConcurrencyError(short.streamId, short.expected || 'no-stream', Number(actual));
  }
  return results;
}
