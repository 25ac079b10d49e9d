import {
  ANY, jsonEvent, NO_STREAM, START,
  type AppendStreamState, type CurrentStreamState, type EventData, type JSONType, type Position, type ReadPosition, type RecordedEvent,
} from '@kurrent/kurrentdb-client';
import { ConcurrencyError, IdempotencyConflictError } from '../event-store.errors.js';
import type { AppendResult, EventMetadata, ExpectedVersion, LogPosition, NewEvent, StoredEvent } from '../event-store.port.js';

/** Our versions count from 1, KurrentDB's stream revisions from 0. */
export const versionOf = (revision: bigint): number => Number(revision) + 1;

/** What KurrentDB checks for an expected version: version n is revision n − 1, and version 0 a stream not there yet. */
export function streamStateOf(expected: ExpectedVersion): AppendStreamState {
  if (expected === 'any') return ANY;
  if (expected === 'no-stream' || expected === 0) return NO_STREAM;
  return BigInt(expected - 1);
}

/** A stream's version as a WrongExpectedVersionError states it: 0 when the stream does not exist. */
export const actualVersionOf = (state: CurrentStreamState): number => (state === NO_STREAM ? 0 : versionOf(state));

/** KurrentDB's WrongExpectedVersionError as the port's ConcurrencyError, with the version the stream is at. */
export function concurrencyError(streamId: string, expected: ExpectedVersion, actual: CurrentStreamState): ConcurrencyError {
  return new ConcurrencyError(streamId, expected === 'any' ? 'no-stream' : expected, actualVersionOf(actual));
}

/** A place in $all: its commit position is the ordering key, its prepare position the record's own place. */
export const logPositionOf = (position: Position): LogPosition => ({ transactionId: position.commit, globalPosition: position.prepare });

/** Where a read of $all starts for a position of ours: START for START_OF_LOG, else the very same pair. */
export const readPositionOf = (position: LogPosition): ReadPosition =>
  (position.transactionId === 0n && position.globalPosition === 0n ? START : { commit: position.transactionId, prepare: position.globalPosition });

/** Whether `a` lies after `b` in $all's order. */
export const isAfter = (a: LogPosition, b: LogPosition): boolean =>
  a.transactionId > b.transactionId || (a.transactionId === b.transactionId && a.globalPosition > b.globalPosition);

/**
 * The metadata JSON KurrentDB keeps beside an event: ours, with the event's schema version, and the instant the source
 * log recorded it when the event came by a copy (ISO 8601).
 */
type StoredMetadata = EventMetadata & { schemaVersion: number; recordedAt?: string };

/** An event as KurrentDB stores it: our event id, its type, its data as JSON, ours and the schema version as metadata. */
export function eventDataOf(event: NewEvent): EventData {
  const metadata: StoredMetadata = {
    ...event.metadata, schemaVersion: event.schemaVersion, ...(event.recordedAt ? { recordedAt: event.recordedAt.toISOString() } : {}),
  };
  return jsonEvent({ id: event.eventId, type: event.type, data: event.data as JSONType, metadata });
}

const isStoredMetadata = (value: unknown): value is StoredMetadata =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
  && Number.isInteger((value as { schemaVersion?: unknown }).schemaVersion);

/**
 * A recorded event as the log's: undefined for what is not ours — KurrentDB's own (streams starting with `$`: links,
 * stream metadata, statistics), events that are not JSON, and JSON events another writer stored without our metadata.
 */
export function storedEventOf(recorded: RecordedEvent | undefined): StoredEvent | undefined {
  const stored: unknown = recorded?.metadata;
  if (!recorded || !recorded.isJson || recorded.streamId.startsWith('$') || !isStoredMetadata(stored)) return undefined;
  if (!recorded.position) {
    throw new Error(`KurrentDB gave no log position for ${recorded.streamId}@${recorded.revision}: it needs a server of version 22.6 or later`);
  }
  const { schemaVersion, recordedAt, ...metadata } = stored;
  return {
    eventId: recorded.id,
    type: recorded.type,
    schemaVersion,
    data: recorded.data,
    metadata,
    streamId: recorded.streamId,
    version: versionOf(recorded.revision),
    position: logPositionOf(recorded.position),
    recordedAt: typeof recordedAt === 'string' ? new Date(recordedAt) : recorded.created,
  };
}

/**
 * The first result when `ids` are stored already among `stored` (a stream's last events, oldest first) as one whole
 * append — contiguous versions in the order given; a conflict when only some are, or otherwise; undefined when none is.
 */
export function earlierAppendOf(streamId: string, ids: readonly string[], stored: readonly StoredEvent[]): AppendResult | undefined {
  const wanted = ids.map((id) => id.toLowerCase());
  const found = stored.filter((e) => wanted.includes(e.eventId.toLowerCase()));
  if (found.length === 0) return undefined;
  const sameAppend = found.length === wanted.length
    && found.every((e, i) => e.eventId.toLowerCase() === wanted[i] && e.version === found[0].version + i);
  if (!sameAppend) throw new IdempotencyConflictError(streamId, found.map((e) => e.eventId));
  const last = found[found.length - 1];
  return { nextVersion: last.version, position: last.position, alreadyStored: true };
}
