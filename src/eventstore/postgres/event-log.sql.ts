import type { StoredEvent } from '../event-store.port.js';

const COLUMNS = `global_position, transaction_id::text AS transaction_id, stream_id, version, event_id,
  type, schema_version, data, metadata, recorded_at`;

/**
 * One round trip: reads the stream's version, checks the expectation and the event ids, inserts.
 * A concurrent writer of the same version loses on UNIQUE(stream_id, version).
 */
export const APPEND_SQL = `
WITH current AS (
  SELECT coalesce(max(version), 0) AS version FROM events WHERE stream_id = $1
), already AS (
  SELECT count(*) AS n FROM events WHERE event_id = ANY($2::uuid[])
), inserted AS (
  INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
  SELECT $1, current.version + input.n, input.event_id, input.type, input.schema_version, input.data, input.metadata
  FROM unnest($2::uuid[], $3::text[], $4::int[], $5::jsonb[], $6::jsonb[])
         WITH ORDINALITY AS input(event_id, type, schema_version, data, metadata, n)
  CROSS JOIN current CROSS JOIN already
  WHERE already.n = 0 AND ($7::int IS NULL OR current.version = $7::int)
  ORDER BY input.n
  RETURNING version, transaction_id, global_position
)
SELECT (SELECT version FROM current) AS current_version,
       (SELECT n FROM already) AS already_stored,
       (SELECT count(*) FROM inserted) AS inserted,
       (SELECT max(version) FROM inserted) AS last_version,
       (SELECT max(transaction_id)::text FROM inserted) AS last_transaction_id,
       (SELECT max(global_position) FROM inserted) AS last_global_position`;

export const EXISTING_SQL = `SELECT ${COLUMNS} FROM events WHERE event_id = ANY($1::uuid[]) ORDER BY version`;

export const READ_STREAM_SQL = `
SELECT ${COLUMNS} FROM events
WHERE stream_id = $1 AND ($2::int IS NULL OR version <= $2) AND ($3::timestamptz IS NULL OR recorded_at <= $3)
ORDER BY version`;

/** Below the oldest transaction still open, nothing can appear any more: no event is ever skipped. */
export const READ_ALL_SQL = `
SELECT ${COLUMNS} FROM events
WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
  AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
ORDER BY events.transaction_id, events.global_position
LIMIT $3`;

export const HEAD_SQL = `
WITH visible AS (
  SELECT transaction_id, global_position, recorded_at FROM events
  WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())
), after AS (
  SELECT count(*) AS n, min(recorded_at) AS oldest FROM visible
  WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
), last AS (
  SELECT v.transaction_id::text AS xid, v.global_position FROM visible v ORDER BY v.transaction_id DESC, v.global_position DESC LIMIT 1
)
SELECT last.xid AS transaction_id, last.global_position, after.n AS events_after, after.oldest AS oldest_after
FROM after LEFT JOIN last ON true`;

export interface EventRow {
  global_position: string;
  transaction_id: string;
  stream_id: string;
  version: number;
  event_id: string;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: StoredEvent['metadata'];
  recorded_at: Date;
}

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    version: row.version,
    position: { transactionId: BigInt(row.transaction_id), globalPosition: BigInt(row.global_position) },
    recordedAt: row.recorded_at,
  };
}
