import { describe, expect, it } from '@jest/globals';
import { START_OF_LOG, type LogPosition } from '../../src/eventstore/event-store.port.js';
import { InMemoryEventStore } from '../../src/eventstore/in-memory/in-memory-event-store.js';
import { SharedLogReader } from '../../src/projections/runner/shared-log-reader.js';
import { newEvent } from '../eventstore/event-store.contract.js';

class CountingStore extends InMemoryEventStore {
  reads = 0;

  override async readAll(from: LogPosition, batchSize: number) {
    this.reads++;
    return super.readAll(from, batchSize);
  }
}

async function logOf(events: number): Promise<CountingStore> {
  const store = new CountingStore();
  for (let i = 0; i < events; i++) await store.appendToStream(`tally-${i % 3}`, [newEvent()], 'any');
  return store;
}

describe('SharedLogReader', () => {
  it('reads a full batch once for every projection that asks for it, even while it is being read', async () => {
    const store = await logOf(10);
    const reader = new SharedLogReader(store);
    const [a, b] = await Promise.all([reader.readAll(START_OF_LOG, 4), reader.readAll(START_OF_LOG, 4)]);
    expect(a).toBe(b);
    const next = await reader.readAll(a[3].position, 4);
    expect(await reader.readAll(a[3].position, 4)).toBe(next);
    expect(store.reads).toBe(2);
  });

  it('reads the tail of the log again, since it grows', async () => {
    const store = await logOf(3);
    const reader = new SharedLogReader(store);
    expect(await reader.readAll(START_OF_LOG, 4)).toHaveLength(3);
    await store.appendToStream('tally-9', [newEvent()], 'any');
    expect(await reader.readAll(START_OF_LOG, 4)).toHaveLength(4);
    expect(store.reads).toBe(2);
  });

  it('keeps only the last batches it read', async () => {
    const store = await logOf(6);
    const reader = new SharedLogReader(store, 2);
    const first = await reader.readAll(START_OF_LOG, 1);
    let from = first[0].position;
    for (let i = 0; i < 3; i++) from = (await reader.readAll(from, 1))[0].position;
    expect(await reader.readAll(START_OF_LOG, 1)).not.toBe(first);
    expect(store.reads).toBe(5);
  });
});
