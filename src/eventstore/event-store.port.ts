/** The event log as the write side and the projections see it, whatever stores it. */

/** Who did it and why: recorded on every event of one append. */
export interface EventMetadata {
  /** The acting account (`account:<id>`), or a system actor such as `system:import`. */
  actor: string;
  /** The office the account acted for (e.g. `DISTRICT:1001`), when a staff account acted. */
  actorOffice?: string;
  /** Ties together everything one user action caused, across streams. */
  correlationId: string;
  /** The event or command that caused this one. */
  causationId: string;
  /** The command that produced the event, as its actor named it; a retried command carries the same id. */
  commandId: string;
  /** What the command meant (see command-fingerprint.ts): the same id with another fingerprint is another command. */
  commandFingerprint?: string;
}

/** An event about to be appended: its id makes a retried append harmless. */
export interface NewEvent {
  eventId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: EventMetadata;
  /**
   * Set by a copy of the log only: when the source recorded the event. KurrentDB keeps it and reads it back as the
   * event's `recordedAt` (the reports, "as of" reads and frozen-report checks date events by it); the PostgreSQL and
   * memory logs record the appending transaction's time whatever it says.
   */
  recordedAt?: Date;
}

/**
 * A place in the global log. PostgreSQL orders by the writing transaction's id, then by the row's
 * position, so the pair is the position; other stores set `transactionId` to their own ordering key.
 */
export interface LogPosition {
  transactionId: bigint;
  globalPosition: bigint;
}

export const START_OF_LOG: LogPosition = Object.freeze({ transactionId: 0n, globalPosition: 0n });

export interface StoredEvent extends NewEvent {
  streamId: string;
  /** 1 for the first event of a stream, contiguous after that. */
  version: number;
  position: LogPosition;
  recordedAt: Date;
}

/** An exact version (the number of events the writer saw), or no stream yet, or anything goes. */
export type ExpectedVersion = number | 'no-stream' | 'any';

export interface AppendResult {
  /** The stream's version after the append. */
  nextVersion: number;
  /** Position of the last event appended. */
  position: LogPosition;
  /** True when these very events had been stored by an earlier append (a retry): nothing new was written. */
  alreadyStored: boolean;
}

/** A whole new stream, as a bulk import writes it. */
export interface NewStream {
  streamId: string;
  events: readonly NewEvent[];
}

export interface NewStreamsResult {
  /** Streams written whole by this call. */
  created: string[];
  /** Streams that existed already (an import run twice): left exactly as they were. */
  existing: string[];
}

/** An append still open: readAll holds the events committed after it back until it ends. */
export interface OpenAppend {
  /** Its database server process, when the store has one. */
  pid: number | null;
  applicationName: string | null;
  /** When its transaction began. */
  startedAt: Date | null;
}

export interface LogHead {
  /** The last event readAll can deliver now. */
  position: LogPosition;
  /** Committed events after `from`: those readAll delivers now and those waiting behind an open append. */
  eventsAfter: number;
  /** When the oldest of them was recorded. */
  oldestAfter?: Date;
  /** How many of them wait, and the open append they wait for; absent when none waits for one. */
  heldBack?: { events: number; by: OpenAppend };
}

export interface ReadStreamOptions {
  /** Only events up to and including this version. */
  toVersion?: number;
  /** Only events recorded at or before this instant. */
  asOf?: Date;
}

export interface ReadAllOptions {
  /**
   * The event types whose data and metadata the reader looks into. A store may deliver the events of other types
   * with data and metadata null (they still count in the batch and carry their position, so the reader's position
   * moves over them); without it every event comes whole.
   */
  dataOf?: readonly string[];
}

export interface EventStore {
  /** True for a log whose appends are part of a caller's transaction, which the caller commits or not afterwards. */
  readonly withinCallersTransaction?: boolean;
  appendToStream(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult>;
  /**
   * Starts many streams in one write (bulk import): each is created whole at versions 1..n, or, when it
   * exists already, left alone and reported. Nothing of a stream is ever written in part.
   */
  appendNewStreams(streams: readonly NewStream[]): Promise<NewStreamsResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  /** Committed events after `from` in the one global order, at most `batchSize`, never past an append still open. */
  readAll(from: LogPosition, batchSize: number, options?: ReadAllOptions): Promise<StoredEvent[]>;
  /** The last event readAll can deliver now, the committed events after `from`, and what holds any of them back. */
  head(from: LogPosition): Promise<LogHead>;
}

/** Injection token for the configured adapter. */
export const EVENT_STORE = Symbol('EventStore');
