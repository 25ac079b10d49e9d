import type pg from 'pg';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import type { Projection } from '../runner/projection.js';

/** Every stream (case) in the log with its type, version and dates: the auditors' index of cases. */
export class StreamCatalogueProjection implements Projection {
  readonly tables: readonly string[];
  /** Stream, version, type and time only: no event's data. */
  readonly dataOf: readonly string[] = [];

  constructor(readonly name = 'stream-catalogue', private readonly table = 'stream_catalogue') {
    this.tables = [table];
  }

  async apply(events: readonly StoredEvent[], tx: pg.ClientBase): Promise<void> {
    const latest = new Map<string, StoredEvent & { first: Date }>();
    for (const event of events) {
      const seen = latest.get(event.streamId);
      latest.set(event.streamId, { ...event, first: seen?.first ?? event.recordedAt });
    }
    const rows = [...latest.values()];
    await tx.query(
      `INSERT INTO ${this.table} AS c (stream_id, case_type, version, last_event_type, first_recorded_at, last_recorded_at)
       SELECT s, split_part(s, '-', 1), v, t, f, l
       FROM unnest($1::text[], $2::int[], $3::text[], $4::timestamptz[], $5::timestamptz[]) AS u(s, v, t, f, l)
       ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, last_event_type = excluded.last_event_type,
         last_recorded_at = excluded.last_recorded_at
       WHERE c.version < excluded.version`,
      [
        rows.map((r) => r.streamId), rows.map((r) => r.version), rows.map((r) => r.type),
        rows.map((r) => r.first), rows.map((r) => r.recordedAt),
      ],
    );
  }
}
