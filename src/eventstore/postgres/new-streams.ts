import type pg from 'pg';
import { validateAppend } from '../append-validation.js';
import { IdempotencyConflictError } from '../event-store.errors.js';
import type { NewStream, NewStreamsResult } from '../event-store.port.js';
import { APPEND_NEW_STREAMS } from './event-log.sql.js';

const MAX_ATTEMPTS = 3;

/**
 * One INSERT for many new streams, in a transaction. A stream that another writer started between the
 * statement's snapshot and its insert would be written in part: the transaction is then rolled back and
 * the whole call tried again, when that stream counts as existing.
 */
export async function appendNewStreams(pool: pg.Pool, streams: readonly NewStream[]): Promise<NewStreamsResult> {
  const wanted = new Map<string, number>();
  for (const { streamId, events } of streams) {
    validateAppend(streamId, events);
    if (events.length > 0) wanted.set(streamId, (wanted.get(streamId) ?? 0) + events.length);
  }
  const rows = streams.flatMap(({ streamId, events }) => events.map((e, i) => ({
    stream_id: streamId, version: i + 1, event_id: e.eventId, type: e.type, schema_version: e.schemaVersion, data: e.data, metadata: e.metadata,
  })));
  const values = [JSON.stringify(rows)];
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await client.query<[string]>({ ...APPEND_NEW_STREAMS, values, rowMode: 'array' });
      const written = new Map<string, number>();
      for (const [streamId] of result.rows) written.set(streamId, (written.get(streamId) ?? 0) + 1);
      const partial = [...written].filter(([streamId, n]) => n !== wanted.get(streamId)).map(([streamId]) => streamId);
      if (partial.length > 0) {
        await client.query('ROLLBACK');
        await refuseEventIdsStoredElsewhere(client, streams.filter((s) => partial.includes(s.streamId)));
        if (attempt < MAX_ATTEMPTS) continue;
        throw new Error(`streams ${partial.join(', ')} kept being started by another writer during a bulk append`);
      }
      await client.query('COMMIT');
      const ids = [...wanted.keys()];
      return { created: ids.filter((id) => written.has(id)), existing: ids.filter((id) => !written.has(id)) };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

/** A stream written in part because some of its event ids belong to another stream: a caller's bug. */
async function refuseEventIdsStoredElsewhere(client: pg.ClientBase, streams: readonly NewStream[]): Promise<void> {
  for (const { streamId, events } of streams) {
    const { rows } = await client.query<{ event_id: string }>(
      'SELECT event_id FROM events WHERE event_id = ANY($1::uuid[]) AND stream_id <> $2', [events.map((e) => e.eventId), streamId]);
    if (rows.length > 0) throw new IdempotencyConflictError(streamId, rows.map((r) => r.event_id));
  }
}
