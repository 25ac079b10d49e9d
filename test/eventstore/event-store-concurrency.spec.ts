import { randomUUID } from 'node:crypto';
import { expect, it } from '@jest/globals';
import { ConcurrencyError } from '../../src/eventstore/event-store.errors.js';
import { START_OF_LOG, type EventStore, type ExpectedVersion, type LogPosition, type StoredEvent } from '../../src/eventstore/event-store.port.js';
import { describeEachTarget } from '../support/event-store-targets.js';
import { newEvent } from './event-store.contract.js';

const isAfter = (a: LogPosition, b: LogPosition) =>
  a.transactionId > b.transactionId || (a.transactionId === b.transactionId && a.globalPosition > b.globalPosition);

/** The streams as the store gives them back, checked to hold contiguous versions from 1. */
async function storedIds(store: EventStore, streams: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const stream of streams) {
    const events = await store.readStream(stream);
    expect(events.map((e) => e.version)).toEqual(events.map((_, i) => i + 1));
    ids.push(...events.map((e) => e.eventId));
  }
  return ids;
}

describeEachTarget('concurrent writers', (opened) => {
  it('8 writers: stores exactly the acknowledged appends, with contiguous versions, and every loser gets ConcurrencyError', async () => {
    const { store } = opened();
    const run = randomUUID().slice(0, 8);
    const streams = ['a', 'b', 'c'].map((s) => `tally-race-${s}${run}`);
    const acknowledged: string[] = [];
    let losses = 0;
    const writer = async (w: number) => {
      const known = new Map<string, ExpectedVersion>(streams.map((s) => [s, 'no-stream']));
      for (let i = 0; i < 1000; i++) {
        const stream = streams[(w + i) % streams.length];
        const event = newEvent('TallyIncremented', { by: 1, writer: w, attempt: i });
        try {
          const result = await store.appendToStream(stream, [event], known.get(stream)!);
          known.set(stream, result.nextVersion);
          acknowledged.push(event.eventId);
        } catch (error) {
          if (!(error instanceof ConcurrencyError)) throw error;
          losses++;
          known.set(stream, error.actual === 0 ? 'no-stream' : error.actual);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));

    expect(acknowledged.length + losses).toBe(8000);
    expect(losses).toBeGreaterThan(0);
    const stored = await storedIds(store, streams);
    expect(stored).toHaveLength(acknowledged.length);
    expect(new Set(stored)).toEqual(new Set(acknowledged));
  }, 300_000);

  // What the late-commit test (postgres-late-commit.spec.ts) guards, as the port states it: a reader that follows the
  // log from its last position, as a projection does, while appends go on, gets every event once, in the log's order.
  it('a reader following the log while 4 writers append gets each acknowledged event exactly once, in order', async () => {
    const { store } = opened();
    const run = randomUUID().slice(0, 8);
    const { position: start } = await store.head(START_OF_LOG);
    let writing = true;
    const acknowledged = new Set<string>();
    const writer = async (w: number) => {
      for (let s = 0; s < 10; s++) {
        let version: ExpectedVersion = 'no-stream';
        for (let i = 0; i < 8; i++) {
          const events = Array.from({ length: 1 + ((w + i) % 3) }, () => newEvent());
          version = (await store.appendToStream(`tally-follow-${run}w${w}s${s}`, events, version)).nextVersion;
          events.forEach((e) => acknowledged.add(e.eventId));
        }
      }
    };
    const seen: StoredEvent[] = [];
    const follower = async () => {
      for (let position = start; ;) {
        const done = !writing; // every append had been acknowledged before this read began
        const batch = await store.readAll(position, 7);
        if (batch.length === 0 && done) return;
        seen.push(...batch);
        if (batch.length > 0) position = batch[batch.length - 1].position;
      }
    };
    const following = follower();
    await Promise.all(Array.from({ length: 4 }, (_, w) => writer(w)));
    writing = false;
    await following;

    const ids = seen.map((e) => e.eventId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(acknowledged);
    expect(seen.every((e, i) => i === 0 || isAfter(e.position, seen[i - 1].position))).toBe(true);
    const streams = [...new Set(seen.map((e) => e.streamId))];
    expect(streams).toHaveLength(40);
    for (const stream of streams) {
      const versions = seen.filter((e) => e.streamId === stream).map((e) => e.version);
      expect(versions).toEqual(versions.map((_, i) => i + 1));
    }
  }, 300_000);
});
