import type pg from 'pg';
import type {
  AppendResult, EventStore, ExpectedVersion, LogHead, LogPosition, NewEvent, NewStream, NewStreamsResult, ReadAllOptions,
  ReadStreamOptions, StoredEvent,
} from './event-store.port.js';

/**
 * What the log stores of an event's data, and how its readers get it back: the sealing of personal data (issue 17,
 * src/personal-data/keys) provides one. Whatever log is configured, its events pass through the codec on the way in
 * and out, so deciders, projections, histories, exports and the import see the data as written, or erased.
 */
export interface EventDataCodec {
  /** The streams' events as they are to be stored; events it has nothing to do with come back as they were. */
  encode(streams: readonly NewStream[]): Promise<NewStream[]>;
  /** The stored events as their readers see them; the same array when none needed opening. */
  decode<E extends Pick<StoredEvent, 'eventId' | 'type' | 'data'>>(events: E[]): Promise<E[]>;
  /** The streams encode gave were appended and committed (not within a caller's transaction still open). */
  committed?(streams: readonly NewStream[]): void;
  /** The codec of a log inside a caller's transaction (PostgresEventStore.within), when it reads or writes the database itself. */
  within?(tx: pg.ClientBase): EventDataCodec;
  /**
   * How many times this process has learnt that data it decoded may no longer be readable (keys destroyed, here or
   * elsewhere): a state folded before a later count may hold what was erased, and is folded again from the log.
   */
  erasures?(): number;
}

/** Injection token of the codec; without one the log stores events as they are. */
export const EVENT_DATA_CODEC = Symbol('EventDataCodec');

/** A log whose events go through a codec: everything else is the inner log's. */
export class CodecEventStore implements EventStore {
  constructor(readonly inner: EventStore, readonly codec: EventDataCodec) {}

  get withinCallersTransaction(): boolean | undefined {
    return this.inner.withinCallersTransaction;
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    const encoded = await this.codec.encode([{ streamId, events }]);
    const result = await this.inner.appendToStream(streamId, encoded[0].events, expected);
    this.committed(encoded);
    return result;
  }

  async appendNewStreams(streams: readonly NewStream[]): Promise<NewStreamsResult> {
    const encoded = await this.codec.encode(streams);
    const result = await this.inner.appendNewStreams(encoded);
    const created = new Set(result.created);
    this.committed(encoded.filter((stream) => created.has(stream.streamId)));
    return result;
  }

  private committed(streams: readonly NewStream[]): void {
    if (this.codec.committed && !this.inner.withinCallersTransaction && streams.length > 0) this.codec.committed(streams);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    return this.codec.decode(await this.inner.readStream(streamId, options));
  }

  async readAll(from: LogPosition, batchSize: number, options?: ReadAllOptions): Promise<StoredEvent[]> {
    return this.codec.decode(await this.inner.readAll(from, batchSize, options));
  }

  head(from: LogPosition): Promise<LogHead> {
    return this.inner.head(from);
  }
}

/** The log itself under any codec wrapped round it (what a check of the log's kind looks at). */
export const innermostLog = (store: EventStore): EventStore => (store instanceof CodecEventStore ? innermostLog(store.inner) : store);

/** The codec's count of erasures (EventDataCodec.erasures) for the store, 0 without one. */
export const erasuresOf = (store: EventStore): number => codecOf(store)?.erasures?.() ?? 0;

/** The codec the store's events pass through, if any. */
export const codecOf = (store: EventStore): EventDataCodec | undefined => (store instanceof CodecEventStore ? store.codec : undefined);
