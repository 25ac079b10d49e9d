import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { WrongExpectedVersionError, type RecordedEvent } from '@kurrent/kurrentdb-client';
import { ConcurrencyError, IdempotencyConflictError } from '../event-store.errors.js';
import { START_OF_LOG, type NewEvent, type StoredEvent } from '../event-store.port.js';
import {
  actualVersionOf, concurrencyError, earlierAppendOf, eventDataOf, isAfter, logPositionOf, readPositionOf, storedEventOf, streamStateOf,
  versionOf,
} from './kurrentdb-mapping.js';

const newEvent = (data: unknown = { by: 1 }): NewEvent => ({
  eventId: randomUUID(),
  type: 'TallyIncremented',
  schemaVersion: 2,
  data,
  metadata: { actor: 'account:7', actorOffice: 'DISTRICT:1001', correlationId: 'c', causationId: 'k', commandId: 'k', commandFingerprint: 'f' },
});

/** What a read hands back for an event written from `eventDataOf(event)` at `revision`, `position`. */
function recorded(event: NewEvent, overrides: Partial<RecordedEvent> = {}): RecordedEvent {
  const data = eventDataOf(event);
  return {
    streamId: 'tally-1', id: data.id, isJson: true, revision: 4n, type: data.type, created: new Date('2025-03-07T08:00:00.123Z'),
    data: JSON.parse(JSON.stringify(data.data)), metadata: JSON.parse(JSON.stringify(data.metadata)),
    position: { commit: 9_000n, prepare: 9_100n }, ...overrides,
  } as RecordedEvent;
}

const stored = (eventId: string, version: number): StoredEvent => ({
  ...newEvent(), eventId, streamId: 'tally-1', version, position: { transactionId: BigInt(version * 10), globalPosition: BigInt(version * 10 + 1) },
  recordedAt: new Date(0),
});

describe('KurrentDB mapping: versions and revisions', () => {
  it('expects revision n − 1 for version n, no stream for version 0 or no-stream, anything for any', () => {
    expect(streamStateOf('no-stream')).toBe('no_stream');
    expect(streamStateOf(0)).toBe('no_stream');
    expect(streamStateOf('any')).toBe('any');
    expect(streamStateOf(1)).toBe(0n);
    expect(streamStateOf(37)).toBe(36n);
    expect(versionOf(0n)).toBe(1);
    expect(versionOf(36n)).toBe(37);
  });

  it('turns a WrongExpectedVersionError into a ConcurrencyError with the version the stream is at', () => {
    const stale = new WrongExpectedVersionError(undefined, { streamName: 'tally-1', expected: 0n, current: 1n });
    const error = concurrencyError('tally-1', 1, stale.actualState);
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error).toMatchObject({ code: 'CONCURRENCY_CONFLICT', streamId: 'tally-1', expected: 1, actual: 2 });
    const missing = new WrongExpectedVersionError(undefined, { streamName: 'tally-9', expected: 2n, current: 'no_stream' });
    expect(concurrencyError('tally-9', 3, missing.actualState)).toMatchObject({ expected: 3, actual: 0 });
    expect(concurrencyError('tally-9', 'no-stream', 4n)).toMatchObject({ expected: 'no-stream', actual: 5 });
    expect(actualVersionOf('no_stream')).toBe(0);
  });
});

describe('KurrentDB mapping: positions', () => {
  it('keeps commit and prepare as the checkpoint pair, both ways, exactly, even past 2^53', () => {
    const far = { commit: 2n ** 62n + 7n, prepare: 2n ** 62n + 9n };
    const position = logPositionOf(far);
    expect(position).toEqual({ transactionId: 2n ** 62n + 7n, globalPosition: 2n ** 62n + 9n });
    expect(readPositionOf(position)).toEqual(far);
    expect(readPositionOf(START_OF_LOG)).toBe('start');
    expect(readPositionOf({ transactionId: 0n, globalPosition: 5n })).toEqual({ commit: 0n, prepare: 5n });
  });

  it("orders positions by commit, then prepare, as $all does", () => {
    expect(isAfter({ transactionId: 2n, globalPosition: 1n }, { transactionId: 1n, globalPosition: 9n })).toBe(true);
    expect(isAfter({ transactionId: 2n, globalPosition: 3n }, { transactionId: 2n, globalPosition: 2n })).toBe(true);
    expect(isAfter({ transactionId: 2n, globalPosition: 2n }, { transactionId: 2n, globalPosition: 2n })).toBe(false);
    expect(isAfter({ transactionId: 1n, globalPosition: 9n }, { transactionId: 2n, globalPosition: 1n })).toBe(false);
  });
});

describe('KurrentDB mapping: events', () => {
  it('writes our event id, type and data as JSON, with our metadata and the schema version in its metadata', () => {
    const event = newEvent({ amount: '12.50', parts: [1, 2] });
    expect(eventDataOf(event)).toEqual({
      id: event.eventId, contentType: 'application/json', type: 'TallyIncremented', data: { amount: '12.50', parts: [1, 2] },
      metadata: { ...event.metadata, schemaVersion: 2 },
    });
  });

  it('reads an event back as it went in: version from the revision, position from $all, recorded time from created', () => {
    const event = newEvent({ amount: '12.50' });
    expect(storedEventOf(recorded(event))).toEqual({
      ...event, streamId: 'tally-1', version: 5, position: { transactionId: 9_000n, globalPosition: 9_100n },
      recordedAt: new Date('2025-03-07T08:00:00.123Z'),
    });
  });

  it('keeps the instant a copied event was first recorded, and reads it back as its recorded time', () => {
    const event = { ...newEvent({ amount: '1.00' }), recordedAt: new Date('2024-11-29T07:59:59.999Z') };
    expect(eventDataOf(event).metadata).toEqual({ ...event.metadata, schemaVersion: 2, recordedAt: '2024-11-29T07:59:59.999Z' });
    expect(storedEventOf(recorded(event))?.recordedAt).toEqual(new Date('2024-11-29T07:59:59.999Z'));
    expect(storedEventOf(recorded(event))?.metadata).toEqual(event.metadata);
  });

  it("skips what is not the log's: system streams, binary events, JSON without our metadata", () => {
    const event = newEvent();
    expect(storedEventOf(undefined)).toBeUndefined();
    expect(storedEventOf(recorded(event, { streamId: '$ce-tally' }))).toBeUndefined();
    expect(storedEventOf(recorded(event, { isJson: false, data: new Uint8Array([1]) } as Partial<RecordedEvent>))).toBeUndefined();
    expect(storedEventOf(recorded(event, { metadata: { actor: 'someone' } }))).toBeUndefined();
    expect(storedEventOf(recorded(event, { metadata: undefined }))).toBeUndefined();
  });

  it('refuses an event of ours without a log position (a server before 22.6)', () => {
    expect(() => storedEventOf(recorded(newEvent(), { position: undefined }))).toThrow('needs a server of version 22.6 or later');
  });
});

describe('KurrentDB mapping: an append met again', () => {
  const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
  const tail = [stored(randomUUID(), 1), stored(a, 2), stored(b, 3), stored(randomUUID(), 4)];

  it('finds nothing when none of the ids is stored', () => {
    expect(earlierAppendOf('tally-1', [c], tail)).toBeUndefined();
  });

  it('answers the first result when all are stored as one append, in order, whatever the case of the ids', () => {
    expect(earlierAppendOf('tally-1', [a.toUpperCase(), b], tail)).toEqual({
      nextVersion: 3, position: { transactionId: 30n, globalPosition: 31n }, alreadyStored: true,
    });
  });

  it('refuses ids stored by a different append: some only, in another order, or apart', () => {
    expect(() => earlierAppendOf('tally-1', [c, a], tail)).toThrow(IdempotencyConflictError);
    expect(() => earlierAppendOf('tally-1', [b, a], tail)).toThrow(IdempotencyConflictError);
    const apart = [stored(a, 2), stored(randomUUID(), 3), stored(b, 4)];
    let refusal: unknown;
    try {
      earlierAppendOf('tally-1', [a, b], apart);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'DUPLICATE_EVENT_ID', eventIds: [a, b] });
  });
});
