import type { StoredEvent } from '../event-store.port.js';

/**
 * The columns every read returns, in `rowMode: 'array'` order. Positions come as text (they are int8 and
 * xid8) and the recorded time as epoch milliseconds, which decode much faster than timestamp text.
 * The text columns keep their column names, so an ORDER BY must name `events.` columns to sort by number.
 */
const COLUMNS = `global_position::text, transaction_id::text, stream_id, version, event_id, type, schema_version,
  data, metadata, (extract(epoch FROM recorded_at) * 1000)::float8`;

/** Named statements: PostgreSQL plans each once per connection instead of at every call. */
export interface Statement { name: string; text: string }

const INPUT = `unnest($2::uuid[], $3::text[], $4::int[], $5::jsonb[], $6::jsonb[])
  WITH ORDINALITY AS input(event_id, type, schema_version, data, metadata, n)`;

/**
 * Appends after exact version $7 (0 for a new stream). A stream already past $7 fails on
 * UNIQUE(stream_id, version); a stream short of $7 inserts nothing (the EXISTS guard).
 */
export const APPEND: Statement = {
  name: 'damrong_append',
  text: `INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
SELECT $1, $7::int + input.n, input.event_id, input.type, input.schema_version, input.data, input.metadata
FROM ${INPUT}
WHERE $7::int = 0 OR EXISTS (SELECT FROM events WHERE stream_id = $1 AND version = $7::int)
ORDER BY input.n
RETURNING version, transaction_id::text, global_position::text`,
};

/** Appends after whatever version the stream has; a concurrent writer makes it fail on the unique key. */
export const APPEND_ANY: Statement = {
  name: 'damrong_append_any',
  text: `INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
SELECT $1, (SELECT coalesce(max(version), 0) FROM events WHERE stream_id = $1) + input.n,
       input.event_id, input.type, input.schema_version, input.data, input.metadata
FROM ${INPUT}
ORDER BY input.n
RETURNING version, transaction_id::text, global_position::text`,
};

/**
 * Appends of several streams in one statement and one commit, each after its own exact version (`expected`, 0 for
 * a new stream); `k` numbers a stream's events from 1. A stream short of its version inserts nothing (the guard)
 * and the others go on; a stream already past it fails the whole statement on UNIQUE(stream_id, version). The guard
 * is a scalar subquery, one probe of the (stream_id, version) index per row: as an EXISTS under OR, PostgreSQL may
 * plan it hashed, reading the whole log into a hash at every call, and a statement prepared while the log was small
 * keeps that plan while the log grows (on a database nobody analyzes: 1,000 events/s falling to 450 within 25,000).
 * The events come as one JSON array, as for new streams, in the order they are to be stored.
 */
export const APPEND_GROUP: Statement = {
  name: 'damrong_append_group',
  text: `INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
SELECT input.stream_id, input.expected + input.k, input.event_id, input.type, input.schema_version, input.data, input.metadata
FROM ROWS FROM (jsonb_to_recordset($1::jsonb)
  AS (stream_id text, expected int, k int, event_id uuid, type text, schema_version int, data jsonb, metadata jsonb))
  WITH ORDINALITY AS input(stream_id, expected, k, event_id, type, schema_version, data, metadata, n)
WHERE input.expected = 0 OR (SELECT true FROM events e WHERE e.stream_id = input.stream_id AND e.version = input.expected)
ORDER BY input.n
RETURNING stream_id, version, transaction_id::text, global_position::text`,
};

/**
 * Writes whole new streams, skipping any stream that exists (its version 1 probed by index, as APPEND_GROUP's guard,
 * never an anti-join that could hash the log); ON CONFLICT covers one created meanwhile,
 * and the caller then finds it written in part and rolls the transaction back. The events come as one
 * JSON array of objects keyed by column name, in the order they are to be stored (one text parameter
 * costs the client far less than seven arrays, whose every element pg escapes).
 */
export const APPEND_NEW_STREAMS: Statement = {
  name: 'damrong_append_new_streams',
  text: `INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
SELECT input.stream_id, input.version, input.event_id, input.type, input.schema_version, input.data, input.metadata
FROM ROWS FROM (jsonb_to_recordset($1::jsonb)
  AS (stream_id text, version int, event_id uuid, type text, schema_version int, data jsonb, metadata jsonb))
  WITH ORDINALITY AS input(stream_id, version, event_id, type, schema_version, data, metadata, n)
WHERE (SELECT true FROM events e WHERE e.stream_id = input.stream_id AND e.version = 1) IS NULL
ORDER BY input.n
ON CONFLICT DO NOTHING
RETURNING stream_id`,
};

/**
 * Takes the append lock as the statement trigger on `events` does (migration 0200), at the start of a transaction
 * that writes other rows before its events (a counter locked FOR UPDATE): once it holds the lock, readers of the
 * log wait for the transaction however it begins, so its events need not be its first write.
 */
export const OPEN_APPEND: Statement = {
  name: 'damrong_open_append',
  text: `SELECT pg_advisory_xact_lock_shared(1684106610, 1634758244), set_config('damrong.appending', 'on', true)`,
};

export const STREAM_VERSION: Statement = {
  name: 'damrong_stream_version',
  text: 'SELECT coalesce(max(version), 0) FROM events WHERE stream_id = $1',
};

export const EXISTING: Statement = {
  name: 'damrong_existing',
  text: `SELECT ${COLUMNS} FROM events WHERE event_id = ANY($1::uuid[]) ORDER BY version`,
};

export const READ_STREAM: Statement = {
  name: 'damrong_read_stream',
  text: `SELECT ${COLUMNS} FROM events WHERE stream_id = $1 ORDER BY version`,
};

/** Many streams at once, each in version order: $1 the stream ids. */
export const READ_STREAMS: Statement = {
  name: 'damrong_read_streams',
  text: `SELECT ${COLUMNS} FROM events WHERE stream_id = ANY($1::text[]) ORDER BY events.stream_id, events.version`,
};

export const READ_STREAM_UNTIL: Statement = {
  name: 'damrong_read_stream_until',
  text: `SELECT ${COLUMNS} FROM events
WHERE stream_id = $1 AND ($2::int IS NULL OR version <= $2) AND ($3::timestamptz IS NULL OR recorded_at <= $3)
ORDER BY version`,
};

/**
 * The horizon (see log-horizon.migration.ts): no transaction below it can append any more. Computed in a statement
 * of its own, so that the read after it sees every transaction below it that committed.
 */
export const HORIZON: Statement = {
  name: 'damrong_horizon',
  text: `SELECT horizon::text, held, held_by_pid, held_by_application, held_since FROM event_log_horizon()`,
};

/** Committed events after $1/$2 below horizon $4: nothing can appear below it any more, so none is ever skipped. */
export const READ_ALL: Statement = {
  name: 'damrong_read_all',
  text: `SELECT ${COLUMNS} FROM events
WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
  AND transaction_id < $4::text::xid8
ORDER BY events.transaction_id, events.global_position
LIMIT $3`,
};

/** READ_ALL with data and metadata null for the events whose type is not in $5 (ReadAllOptions.dataOf). */
export const READ_ALL_DATA_OF: Statement = {
  name: 'damrong_read_all_data_of',
  text: READ_ALL.text.replace('data, metadata,', 'CASE WHEN type = ANY($5::text[]) THEN data END, CASE WHEN type = ANY($5::text[]) THEN metadata END,'),
};

/**
 * The last position deliverable below horizon $3; the committed events after $1/$2, how many of them wait behind
 * the horizon, and the oldest of them (index scans only).
 */
export const HEAD: Statement = {
  name: 'damrong_head',
  text: `
SELECT last.transaction_id, last.global_position, after.n AS events_after, after.waiting, after.oldest AS oldest_after
FROM (
  SELECT count(*) AS n, count(*) FILTER (WHERE transaction_id >= $3::text::xid8) AS waiting, min(recorded_at) AS oldest FROM events
  WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
) AS after
LEFT JOIN (
  SELECT events.transaction_id::text AS transaction_id, events.global_position FROM events
  WHERE transaction_id < $3::text::xid8
  ORDER BY events.transaction_id DESC, events.global_position DESC LIMIT 1
) AS last ON true`,
};

/** One row of COLUMNS as `rowMode: 'array'` delivers it. */
export type EventRow = [string, string, string, number, string, string, number, unknown, StoredEvent['metadata'], number];

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    eventId: row[4],
    type: row[5],
    schemaVersion: row[6],
    data: row[7],
    metadata: row[8],
    streamId: row[2],
    version: row[3],
    position: { transactionId: BigInt(row[1]), globalPosition: BigInt(row[0]) },
    recordedAt: new Date(row[9]),
  };
}
