import { describe, expect, it } from '@jest/globals';
import type { StoredEvent } from '../event-store.port.js';
import { appendGroups, asNewEvent, expectedVersion, lastGroupLength } from './append-groups.js';

let position = 0n;
const stored = (streamId: string, version: number, transactionId: number): StoredEvent => ({
  eventId: `00000000-0000-4000-8000-${String(++position).padStart(12, '0')}`, type: 'T', schemaVersion: 1, data: { v: version },
  metadata: { actor: 'a', correlationId: 'c', causationId: 'k', commandId: 'm' }, streamId, version,
  position: { transactionId: BigInt(transactionId), globalPosition: position }, recordedAt: new Date(0),
});

const shape = (groups: readonly (readonly StoredEvent[])[]) => groups.map((g) => g.map((e) => `${e.streamId}@${e.version}`));

describe('append groups', () => {
  it('keeps together the consecutive events of one stream and one source append', () => {
    const log = [stored('debt-1', 1, 7), stored('debt-1', 2, 7), stored('debt-2', 1, 7), stored('debt-2', 2, 7), stored('debt-1', 3, 8),
      stored('debt-1', 4, 9), stored('debt-1', 5, 9)];
    expect(shape(appendGroups(log))).toEqual([['debt-1@1', 'debt-1@2'], ['debt-2@1', 'debt-2@2'], ['debt-1@3'], ['debt-1@4', 'debt-1@5']]);
  });

  it('splits a run of one append whose versions are not contiguous', () => {
    expect(shape(appendGroups([stored('debt-1', 1, 3), stored('debt-1', 3, 3)]))).toEqual([['debt-1@1'], ['debt-1@3']]);
  });

  it('measures the last group, which a full batch may have cut', () => {
    expect(lastGroupLength([])).toBe(0);
    expect(lastGroupLength([stored('debt-1', 1, 1), stored('debt-2', 1, 1), stored('debt-2', 2, 1)])).toBe(2);
    expect(lastGroupLength([stored('debt-1', 1, 1), stored('debt-1', 2, 1)])).toBe(2);
    expect(lastGroupLength([stored('debt-1', 1, 1), stored('debt-1', 2, 2)])).toBe(1);
  });

  it('expects the version before the first event, or no stream, and appends only what the writer gave', () => {
    expect(expectedVersion([stored('debt-1', 1, 1)])).toBe('no-stream');
    expect(expectedVersion([stored('debt-1', 4, 1), stored('debt-1', 5, 1)])).toBe(3);
    const e = stored('debt-1', 1, 1);
    expect(asNewEvent(e)).toEqual({ eventId: e.eventId, type: 'T', schemaVersion: 1, data: { v: 1 }, metadata: e.metadata, recordedAt: new Date(0) });
  });
});
