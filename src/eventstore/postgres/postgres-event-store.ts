import type pg from 'pg';
import { validateAppend } from '../append-validation.js';
import { ConcurrencyError, IdempotencyConflictError } from '../event-store.errors.js';
import type {
  AppendResult, EventStore, ExpectedVersion, LogPosition, NewEvent, ReadStreamOptions, StoredEvent,
} from '../event-store.port.js';
import { APPEND_SQL, EXISTING_SQL, HEAD_SQL, READ_ALL_SQL, READ_STREAM_SQL, type EventRow, toStoredEvent } from './event-log.sql.js';

const UNIQUE_VIOLATION = '23505';
const MAX_ANY_RETRIES = 10;

/** The default event log: one PostgreSQL table, appended to in one statement per append. */
export class PostgresEventStore implements EventStore {
  constructor(private readonly pool: pg.Pool) {}

  async appendToStream(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    validateAppend(streamId, events);
    const ids = events.map((e) => e.eventId);
    const params = [
      streamId,
      ids,
      events.map((e) => e.type),
      events.map((e) => e.schemaVersion),
      events.map((e) => JSON.stringify(e.data)),
      events.map((e) => JSON.stringify(e.metadata)),
      expected === 'any' ? null : expected === 'no-stream' ? 0 : expected,
    ];
    for (let attempt = 1; ; attempt++) {
      try {
        const { rows } = await this.pool.query(APPEND_SQL, params);
        const row = rows[0];
        if (Number(row.already_stored) > 0) return this.earlierAppend(streamId, ids);
        if (Number(row.inserted) === 0 && events.length > 0) {
          throw new ConcurrencyError(streamId, expected as number | 'no-stream', Number(row.current_version));
        }
        if (events.length === 0) return this.emptyAppend(streamId, expected, Number(row.current_version));
        return {
          nextVersion: Number(row.last_version),
          position: { transactionId: BigInt(row.last_transaction_id), globalPosition: BigInt(row.last_global_position) },
        };
      } catch (error) {
        const constraint = (error as { code?: string; constraint?: string }).code === UNIQUE_VIOLATION
          ? (error as { constraint?: string }).constraint : undefined;
        if (constraint === 'events_event_id_unique') return this.earlierAppend(streamId, ids);
        if (constraint !== 'events_stream_version_unique') throw error;
        if (expected !== 'any' || attempt >= MAX_ANY_RETRIES) {
          throw new ConcurrencyError(streamId, expected === 'any' ? 'no-stream' : expected, await this.version(streamId));
        }
      }
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<EventRow>(READ_STREAM_SQL, [
      streamId, options.toVersion ?? null, options.asOf ?? null,
    ]);
    return rows.map(toStoredEvent);
  }

  async readAll(from: LogPosition, batchSize: number): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<EventRow>(READ_ALL_SQL, [
      from.transactionId.toString(), from.globalPosition.toString(), batchSize,
    ]);
    return rows.map(toStoredEvent);
  }

  async head(from: LogPosition) {
    const { rows } = await this.pool.query(HEAD_SQL, [from.transactionId.toString(), from.globalPosition.toString()]);
    const row = rows[0];
    const position = row.transaction_id === null ? from
      : { transactionId: BigInt(row.transaction_id), globalPosition: BigInt(row.global_position) };
    return { position, eventsAfter: Number(row.events_after), oldestAfter: row.oldest_after ?? undefined };
  }

  private async version(streamId: string): Promise<number> {
    const { rows } = await this.pool.query('SELECT coalesce(max(version), 0) AS v FROM events WHERE stream_id = $1', [streamId]);
    return Number(rows[0].v);
  }

  private async emptyAppend(streamId: string, expected: ExpectedVersion, current: number): Promise<AppendResult> {
    const wanted = expected === 'no-stream' ? 0 : expected;
    if (wanted !== 'any' && wanted !== current) throw new ConcurrencyError(streamId, expected as number, current);
    const last = (await this.readStream(streamId)).at(-1);
    return { nextVersion: current, position: last?.position ?? { transactionId: 0n, globalPosition: 0n } };
  }

  /** A retried append: the first result if it is the same append, otherwise a conflict. */
  private async earlierAppend(streamId: string, ids: string[]): Promise<AppendResult> {
    const { rows } = await this.pool.query<EventRow>(EXISTING_SQL, [ids]);
    const sameAppend = rows.length === ids.length && rows.every((r) => r.stream_id === streamId)
      && new Set(rows.map((r) => r.transaction_id)).size === 1;
    if (!sameAppend) throw new IdempotencyConflictError(streamId, rows.map((r) => r.event_id));
    const last = toStoredEvent(rows[rows.length - 1]);
    return { nextVersion: last.version, position: last.position };
  }
}
