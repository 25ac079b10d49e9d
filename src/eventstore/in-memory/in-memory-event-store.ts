import { validateAppend } from '../append-validation.js';
import { ConcurrencyError, IdempotencyConflictError } from '../event-store.errors.js';
import type {
  AppendResult, EventStore, ExpectedVersion, LogHead, LogPosition, NewEvent, NewStream, NewStreamsResult, ReadStreamOptions, StoredEvent,
} from '../event-store.port.js';

const after = (a: LogPosition, b: LogPosition) =>
  a.transactionId > b.transactionId || (a.transactionId === b.transactionId && a.globalPosition > b.globalPosition);

/** Stored events are plain JSON: what comes back must not share objects with what went in. */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const copyOf = (e: StoredEvent): StoredEvent => ({ ...e, data: clone(e.data), metadata: clone(e.metadata) });

/** The same contract in memory, for fast decider and handler tests; nothing survives the process. */
export class InMemoryEventStore implements EventStore {
  private readonly log: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly byId = new Map<string, StoredEvent>();
  private appends = 0n;

  constructor(private readonly clock: () => Date = () => new Date()) {}

  async appendToStream(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    validateAppend(streamId, events);
    const stored = events.map((e) => this.byId.get(e.eventId.toLowerCase())).filter((e) => e !== undefined);
    if (stored.length > 0) return this.earlierAppend(streamId, events, stored);
    const stream = this.streams.get(streamId) ?? [];
    const current = stream.length;
    const wanted = expected === 'no-stream' ? 0 : expected;
    if (wanted !== 'any' && wanted !== current) throw new ConcurrencyError(streamId, expected as number, current);
    if (events.length === 0) {
      return { nextVersion: current, position: stream.at(-1)?.position ?? { transactionId: 0n, globalPosition: 0n }, alreadyStored: false };
    }
    const transactionId = ++this.appends;
    const recordedAt = this.clock();
    for (const [i, event] of events.entries()) {
      const storedEvent: StoredEvent = {
        ...clone(event),
        eventId: event.eventId.toLowerCase(),
        streamId,
        version: current + i + 1,
        position: { transactionId, globalPosition: BigInt(this.log.length + 1) },
        recordedAt,
      };
      this.log.push(storedEvent);
      stream.push(storedEvent);
      this.byId.set(storedEvent.eventId, storedEvent);
    }
    this.streams.set(streamId, stream);
    const last = stream[stream.length - 1];
    return { nextVersion: last.version, position: last.position, alreadyStored: false };
  }

  async appendNewStreams(streams: readonly NewStream[]): Promise<NewStreamsResult> {
    for (const { streamId, events } of streams) {
      validateAppend(streamId, events);
      const elsewhere = events.map((e) => this.byId.get(e.eventId.toLowerCase())).filter((e) => e && e.streamId !== streamId);
      if (elsewhere.length > 0) throw new IdempotencyConflictError(streamId, elsewhere.map((e) => e!.eventId));
    }
    const result: NewStreamsResult = { created: [], existing: [] };
    for (const { streamId, events } of streams.filter((s) => s.events.length > 0)) {
      if (this.streams.has(streamId)) {
        result.existing.push(streamId);
        continue;
      }
      await this.appendToStream(streamId, events, 'no-stream');
      result.created.push(streamId);
    }
    return result;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    return (this.streams.get(streamId) ?? [])
      .filter((e) => (options.toVersion === undefined || e.version <= options.toVersion)
        && (options.asOf === undefined || e.recordedAt <= options.asOf))
      .map(copyOf);
  }

  async readAll(from: LogPosition, batchSize: number): Promise<StoredEvent[]> {
    const start = this.log.findIndex((e) => after(e.position, from));
    return start < 0 ? [] : this.log.slice(start, start + batchSize).map(copyOf);
  }

  async head(from: LogPosition): Promise<LogHead> {
    const pending = this.log.filter((e) => after(e.position, from));
    return { position: this.log.at(-1)?.position ?? from, eventsAfter: pending.length, oldestAfter: pending[0]?.recordedAt };
  }

  private earlierAppend(streamId: string, events: readonly NewEvent[], stored: StoredEvent[]): AppendResult {
    const sameAppend = stored.length === events.length && stored.every((e) => e.streamId === streamId)
      && new Set(stored.map((e) => e.position.transactionId)).size === 1;
    if (!sameAppend) throw new IdempotencyConflictError(streamId, stored.map((e) => e.eventId));
    const last = stored.reduce((a, b) => (a.version > b.version ? a : b));
    return { nextVersion: last.version, position: last.position, alreadyStored: true };
  }
}
