import {
  BACKWARDS, END, FORWARDS, KurrentDBClient, NO_STREAM, START, StreamNotFoundError, WrongExpectedVersionError,
  type Direction, type RecordedEvent,
} from '@kurrent/kurrentdb-client';
import { validateAppend } from '../append-validation.js';
import { ConcurrencyError } from '../event-store.errors.js';
import {
  START_OF_LOG,
  type AppendResult, type EventStore, type ExpectedVersion, type LogHead, type LogPosition, type NewEvent, type NewStream,
  type NewStreamsResult, type ReadStreamOptions, type StoredEvent,
} from '../event-store.port.js';
import { observeAppend, storedEvents, type AppendObserver } from '../observers.js';
import {
  concurrencyError, earlierAppendOf, eventDataOf, isAfter, logPositionOf, readPositionOf, storedEventOf, streamStateOf, versionOf,
} from './kurrentdb-mapping.js';

/**
 * How far back in a stream an append looks for its own event ids (KurrentDB keeps no index of event ids): a retry
 * finds its first append among the stream's last TAIL events, and an id another append of the stream stored there
 * is refused. An id stored further back, or in another stream, goes unnoticed.
 */
const TAIL = 200;
/**
 * head() counts the events after a position by reading them: at most this many, so a projection further behind
 * shows this lag (above READY_MAX_LAG_EVENTS' default, so readiness still turns down) and a rebuild's total stops here.
 */
const COUNT_CAP = 20_000;
/** Records of $all read in one request, at most; system records between ours are read and dropped. */
const MAX_PAGE = 4_096;
/** Streams appendNewStreams writes at once. */
const NEW_STREAMS_AT_ONCE = 16;

/**
 * The event log in KurrentDB: one KurrentDB stream per stream, an append one KurrentDB append with the expected
 * revision, the global order $all's. An append reads the stream's tail before writing (its own event ids, see
 * TAIL) and its last event after (the position). KurrentDB makes each append visible whole and in the order of $all,
 * so readAll holds nothing back.
 */
export class KurrentDbEventStore implements EventStore {
  constructor(private readonly client: KurrentDBClient, private readonly observer?: AppendObserver) {}

  /** A `kurrentdb://`, `kurrentdb+discover://`, `esdb://` or `esdb+discover://` connection string. */
  static fromConnectionString(url: string, observer?: AppendObserver): KurrentDbEventStore {
    return new KurrentDbEventStore(KurrentDBClient.connectionString(url), observer);
  }

  close(): Promise<void> {
    return this.client.dispose();
  }

  appendToStream(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    return observeAppend(this.observer, () => this.append(streamId, events, expected), (result) => (result.alreadyStored ? 0 : events.length));
  }

  appendNewStreams(streams: readonly NewStream[]): Promise<NewStreamsResult> {
    return observeAppend(this.observer, () => this.newStreams(streams), (result) => storedEvents(streams, result));
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    if (options.toVersion !== undefined && options.toVersion < 1) return [];
    const events = (await this.recorded(streamId, FORWARDS, options.toVersion)).map(storedEventOf).filter((e) => e !== undefined);
    return options.asOf ? events.filter((e) => e.recordedAt <= options.asOf!) : events;
  }

  async readAll(from: LogPosition, batchSize: number): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    if (batchSize < 1) return events;
    for await (const event of this.scan(FORWARDS, from, batchSize + 1)) {
      if (events.push(event) === batchSize) break;
    }
    return events;
  }

  async head(from: LogPosition): Promise<LogHead> {
    let last: LogPosition | undefined;
    for await (const event of this.scan(BACKWARDS, undefined, 32)) {
      last = event.position;
      break;
    }
    let eventsAfter = 0;
    let oldestAfter: Date | undefined;
    if (last && isAfter(last, from)) {
      for await (const event of this.scan(FORWARDS, from, MAX_PAGE)) {
        if (isAfter(event.position, last)) break;
        oldestAfter ??= event.recordedAt;
        if (++eventsAfter === COUNT_CAP) break;
      }
    }
    return { position: last ?? from, eventsAfter, oldestAfter };
  }

  private async append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    validateAppend(streamId, events);
    if (events.length === 0) return this.emptyAppend(streamId, expected);
    const ids = events.map((e) => e.eventId);
    const earlier = earlierAppendOf(streamId, ids, await this.tail(streamId, TAIL));
    if (earlier) return earlier;
    let revision: bigint;
    try {
      const result = await this.client.appendToStream(streamId, events.map(eventDataOf), { streamState: streamStateOf(expected) });
      revision = result.nextExpectedRevision;
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      // Another writer got in first, or these very events did since the tail was read (then this is their retry).
      const meanwhile = earlierAppendOf(streamId, ids, await this.tail(streamId, TAIL));
      if (meanwhile) return meanwhile;
      throw concurrencyError(streamId, expected, error.actualState);
    }
    return { nextVersion: versionOf(revision), position: await this.positionAt(streamId, revision), alreadyStored: false };
  }

  private async emptyAppend(streamId: string, expected: ExpectedVersion): Promise<AppendResult> {
    const [last] = await this.tail(streamId, 1);
    const current = last?.version ?? 0;
    const wanted = expected === 'no-stream' ? 0 : expected;
    if (wanted !== 'any' && wanted !== current) throw new ConcurrencyError(streamId, expected as number | 'no-stream', current);
    return { nextVersion: current, position: last?.position ?? START_OF_LOG, alreadyStored: false };
  }

  private async newStreams(streams: readonly NewStream[]): Promise<NewStreamsResult> {
    for (const { streamId, events } of streams) validateAppend(streamId, events);
    const wanted = streams.filter((s) => s.events.length > 0);
    const created: boolean[] = [];
    for (let i = 0; i < wanted.length; i += NEW_STREAMS_AT_ONCE) {
      created.push(...await Promise.all(wanted.slice(i, i + NEW_STREAMS_AT_ONCE).map((s) => this.newStream(s))));
    }
    return {
      created: wanted.filter((_, i) => created[i]).map((s) => s.streamId),
      existing: wanted.filter((_, i) => !created[i]).map((s) => s.streamId),
    };
  }

  /**
   * Writes a stream whole in one append that expects no stream: true, or false when it exists (left alone). It is
   * looked for first, since KurrentDB would take these events again at NO_STREAM as a retry and answer success.
   */
  private async newStream({ streamId, events }: NewStream): Promise<boolean> {
    if ((await this.recorded(streamId, BACKWARDS, 1)).length > 0) return false;
    try {
      await this.client.appendToStream(streamId, events.map(eventDataOf), { streamState: NO_STREAM });
      return true;
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) return false;
      throw error;
    }
  }

  /** The stream's last `count` events of ours, oldest first. */
  private async tail(streamId: string, count: number): Promise<StoredEvent[]> {
    return (await this.recorded(streamId, BACKWARDS, count)).map(storedEventOf).filter((e) => e !== undefined).reverse();
  }

  /** The position of the stream's event at `revision`, as a read gives it (the append's answer leaves it unsaid). */
  private async positionAt(streamId: string, revision: bigint): Promise<LogPosition> {
    for await (const { event } of this.client.readStream(streamId, { fromRevision: revision, maxCount: 1 })) {
      if (event?.position) return logPositionOf(event.position);
    }
    throw new Error(`KurrentDB gave no log position for ${streamId}@${revision} just appended`);
  }

  /** Up to `maxCount` recorded events of a stream from its start or end; none when it does not exist. */
  private async recorded(streamId: string, direction: Direction, maxCount?: number): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      const read = this.client.readStream(streamId, { direction, fromRevision: direction === FORWARDS ? START : END, maxCount });
      for await (const { event } of read) if (event) events.push(event);
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return events;
  }

  /**
   * Our events in $all strictly after `from` (forwards) or before it (backwards; from the end when undefined), read in
   * pages of `page` records. A read from a position includes the record there, so records at or beyond the cursor
   * are dropped; a page shorter than asked for is the end of the log.
   */
  private async *scan(direction: Direction, from: LogPosition | undefined, page: number): AsyncGenerator<StoredEvent> {
    const size = Math.min(Math.max(page, 32), MAX_PAGE);
    const beyond = (position: LogPosition, cursor: LogPosition) =>
      (direction === FORWARDS ? isAfter(position, cursor) : isAfter(cursor, position));
    let cursor = from && (from.transactionId > 0n || from.globalPosition > 0n) ? from : undefined;
    for (;;) {
      const fromPosition = cursor ? readPositionOf(cursor) : direction === FORWARDS ? START : END;
      let read = 0;
      let last: LogPosition | undefined;
      for await (const { event } of this.client.readAll({ direction, fromPosition, maxCount: size })) {
        read++;
        if (!event) continue;
        const position = logPositionOf(event.position);
        if (cursor && !beyond(position, cursor)) continue;
        last = position;
        const stored = storedEventOf(event);
        if (stored) yield stored;
      }
      if (read < size || !last) return;
      cursor = last;
    }
  }
}
