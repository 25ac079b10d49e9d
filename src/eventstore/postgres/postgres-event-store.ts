import type pg from 'pg';
import { validateAppend } from '../append-validation.js';
import { ConcurrencyError, IdempotencyConflictError } from '../event-store.errors.js';
import type {
  AppendResult, EventStore, ExpectedVersion, LogHead, LogPosition, NewEvent, NewStream, NewStreamsResult, ReadAllOptions, ReadStreamOptions,
  StoredEvent,
} from '../event-store.port.js';
import { observeAppend, storedEvents, type AppendObserver } from '../observers.js';
import {
  APPEND, APPEND_ANY, EXISTING, HEAD, HORIZON, OPEN_APPEND, READ_ALL, READ_ALL_DATA_OF, READ_STREAM, READ_STREAM_UNTIL, STREAM_VERSION,
  type EventRow, type Statement, toStoredEvent,
} from './event-log.sql.js';
import { AppendGroups } from './append-groups.js';
import { appendNewStreams } from './new-streams.js';
import { appendToStreams, readStreams, type StreamAppend } from './stream-batches.js';
import { inTransaction } from '../../database/transaction.js';

const UNIQUE_VIOLATION = '23505';
const MAX_ANY_RETRIES = 10;
const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === UNIQUE_VIOLATION;

/** The expected version as a ConcurrencyError tells it: a new stream's 0 as `no-stream`. */
const expectedOf = (expected: number | 'any'): number | 'no-stream' => (expected === 'any' || expected === 0 ? 'no-stream' : expected);

interface HorizonRow {
  horizon: string;
  held: boolean;
  held_by_pid: number | null;
  held_by_application: string | null;
  held_since: Date | null;
}

/**
 * The default event log: one PostgreSQL table. An append at an exact version that meets others in flight is
 * grouped with them into one statement and one commit (append-groups.ts); otherwise an append is one statement.
 */
export class PostgresEventStore implements EventStore {
  private readonly groups?: AppendGroups;

  /** Where the statements go: the pool, or one client inside a caller's transaction (`within`). */
  private readonly pool: Pick<pg.ClientBase, 'query'>;
  /** The pool, for what takes a client of its own (new streams' transaction, grouped appends); absent `within`. */
  private readonly ownPool?: pg.Pool;
  readonly withinCallersTransaction: boolean;

  /**
   * `observer` is told of every append that reaches the database: its time, and the events it stored. Without
   * `groupCommit` every append is a statement of its own (the bench's baseline).
   */
  constructor(source: pg.Pool | { client: pg.ClientBase }, private readonly observer?: AppendObserver, options: { groupCommit?: boolean } = {}) {
    this.pool = 'client' in source ? source.client : source;
    this.ownPool = 'client' in source ? undefined : source;
    this.withinCallersTransaction = 'client' in source;
    if (options.groupCommit !== false && this.ownPool) {
      this.groups = new AppendGroups(this.ownPool, (streamId, events, expected) => this.appendAlone(streamId, events, expected));
    }
  }

  /**
   * The log as one transaction of the caller's sees it: reads and appends go through `client`, inside the transaction
   * the caller has just begun (nothing written yet), and count once it commits (a rollback takes them back with
   * everything else it did). It takes the append lock at once (OPEN_APPEND), so the transaction may write other rows
   * before its events: what else it writes (a number taken from a counter) stands or falls with them. Each append is
   * a statement of its own.
   */
  static async within(client: pg.ClientBase, observer?: AppendObserver): Promise<PostgresEventStore> {
    await client.query({ ...OPEN_APPEND, values: [] });
    return new PostgresEventStore({ client }, observer, { groupCommit: false });
  }

  appendToStream(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    return observeAppend(this.observer, () => this.append(streamId, events, expected), (result) => (result.alreadyStored ? 0 : events.length));
  }

  async appendNewStreams(streams: readonly NewStream[]): Promise<NewStreamsResult> {
    const pool = this.ownPool;
    if (!pool) throw new Error('new streams are written in a transaction of their own, not inside a caller\'s');
    return observeAppend(this.observer, () => appendNewStreams(pool, streams), (result) => storedEvents(streams, result));
  }

  /**
   * Appends to many streams in a few statements, each after its exact version (stream-batches.ts): all of them or,
   * on a ConcurrencyError or IdempotencyConflictError, none. Inside a caller's transaction (`within`) "none" is the
   * caller's rollback; otherwise the store writes them in a transaction of its own.
   */
  appendToStreams(appends: readonly StreamAppend[]): Promise<Map<string, AppendResult>> {
    const pool = this.ownPool;
    const write = () => (pool ? inTransaction(pool, (client) => appendToStreams(client, appends)) : appendToStreams(this.pool, appends));
    return observeAppend(this.observer, write, (results) => appends.filter((a) => results.has(a.streamId)).reduce((n, a) => n + a.events.length, 0));
  }

  /** Many streams read in a few statements: each one's events in version order, none for a stream not begun. */
  readStreams(streamIds: readonly string[]): Promise<Map<string, StoredEvent[]>> {
    return readStreams(this.pool, streamIds);
  }

  private async append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    validateAppend(streamId, events);
    if (events.length === 0) return this.emptyAppend(streamId, expected);
    if (expected === 'any') return this.appendAlone(streamId, events, expected);
    const exact = expected === 'no-stream' ? 0 : expected;
    return this.groups ? this.groups.append(streamId, events, exact) : this.appendAlone(streamId, events, exact);
  }

  /** One append in a statement of its own: at an exact version (0 for a new stream), or after whatever is there. */
  private async appendAlone(streamId: string, events: readonly NewEvent[], expected: number | 'any'): Promise<AppendResult> {
    const ids = events.map((e) => e.eventId);
    const exact = expected === 'any' ? undefined : expected;
    const params = [
      streamId, ids, events.map((e) => e.type), events.map((e) => e.schemaVersion),
      events.map((e) => JSON.stringify(e.data)), events.map((e) => JSON.stringify(e.metadata)),
      ...(exact === undefined ? [] : [exact]),
    ];
    for (let attempt = 1; ; attempt++) {
      let rows: string[][];
      try {
        rows = await this.rows<string[]>(exact === undefined ? APPEND_ANY : APPEND, params);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // A retried append meets its own event ids; anything else lost the race for the version.
        const earlier = await this.earlierAppend(streamId, ids);
        if (earlier) return earlier;
        if (exact === undefined && attempt < MAX_ANY_RETRIES) continue;
        throw new ConcurrencyError(streamId, expectedOf(expected), await this.version(streamId));
      }
      if (rows.length === 0) {
        const earlier = await this.earlierAppend(streamId, ids);
        if (earlier) return earlier;
        throw new ConcurrencyError(streamId, expectedOf(expected), await this.version(streamId));
      }
      const [version, transactionId, globalPosition] = rows[rows.length - 1];
      return {
        nextVersion: Number(version),
        position: { transactionId: BigInt(transactionId), globalPosition: BigInt(globalPosition) },
        alreadyStored: false,
      };
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const rows = options.toVersion === undefined && options.asOf === undefined
      ? await this.rows<EventRow>(READ_STREAM, [streamId])
      : await this.rows<EventRow>(READ_STREAM_UNTIL, [streamId, options.toVersion ?? null, options.asOf ?? null]);
    return rows.map(toStoredEvent);
  }

  /** With `dataOf`, the other events' data and metadata are neither sent nor parsed (they come null). */
  async readAll(from: LogPosition, batchSize: number, options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    const { horizon } = await this.horizon();
    const values: unknown[] = [from.transactionId.toString(), from.globalPosition.toString(), batchSize, horizon];
    const rows = options.dataOf === undefined ? await this.rows<EventRow>(READ_ALL, values)
      : await this.rows<EventRow>(READ_ALL_DATA_OF, [...values, options.dataOf]);
    return rows.map(toStoredEvent);
  }

  async head(from: LogPosition): Promise<LogHead> {
    const horizon = await this.horizon();
    const { rows } = await this.pool.query({ ...HEAD, values: [from.transactionId.toString(), from.globalPosition.toString(), horizon.horizon] });
    const row = rows[0];
    const position = row.transaction_id === null ? from
      : { transactionId: BigInt(row.transaction_id), globalPosition: BigInt(row.global_position) };
    const waiting = Number(row.waiting);
    return {
      position,
      eventsAfter: Number(row.events_after),
      oldestAfter: row.oldest_after ?? undefined,
      ...(waiting > 0 && horizon.held ? {
        heldBack: { events: waiting, by: { pid: horizon.held_by_pid, applicationName: horizon.held_by_application, startedAt: horizon.held_since } },
      } : {}),
    };
  }

  /** The horizon, in a statement before the read that uses it (see log-horizon.migration.ts), and the append setting it. */
  private async horizon(): Promise<HorizonRow> {
    return (await this.pool.query<HorizonRow>(HORIZON)).rows[0];
  }

  private async rows<R extends unknown[]>(statement: Statement, values: unknown[]): Promise<R[]> {
    const config: pg.QueryArrayConfig = { ...statement, values, rowMode: 'array' };
    return (await this.pool.query<R>(config)).rows;
  }

  private async version(streamId: string): Promise<number> {
    const [[version]] = await this.rows<[number]>(STREAM_VERSION, [streamId]);
    return Number(version);
  }

  private async emptyAppend(streamId: string, expected: ExpectedVersion): Promise<AppendResult> {
    const current = await this.version(streamId);
    const wanted = expected === 'no-stream' ? 0 : expected;
    if (wanted !== 'any' && wanted !== current) throw new ConcurrencyError(streamId, expected as number, current);
    const last = (await this.readStream(streamId)).at(-1);
    return { nextVersion: current, position: last?.position ?? { transactionId: 0n, globalPosition: 0n }, alreadyStored: false };
  }

  /**
   * The first result when these event ids are stored already as one whole append to this stream; a
   * conflict when some of them are stored otherwise; undefined when none is stored.
   */
  private async earlierAppend(streamId: string, ids: string[]): Promise<AppendResult | undefined> {
    const stored = (await this.rows<EventRow>(EXISTING, [ids])).map(toStoredEvent);
    if (stored.length === 0) return undefined;
    const sameAppend = stored.length === ids.length && stored.every((e) => e.streamId === streamId)
      && new Set(stored.map((e) => e.position.transactionId)).size === 1;
    if (!sameAppend) throw new IdempotencyConflictError(streamId, stored.map((e) => e.eventId));
    const last = stored[stored.length - 1];
    return { nextVersion: last.version, position: last.position, alreadyStored: true };
  }
}
