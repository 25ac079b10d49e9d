import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { START_OF_LOG, type EventStore } from '../../../src/eventstore/event-store.port.js';
import { InMemoryEventStore } from '../../../src/eventstore/in-memory/in-memory-event-store.js';
import { postgresCopyCheckpoint, type CopyCheckpoint } from '../../../src/eventstore/log-copy/copy-checkpoint.js';
import { copyLog } from '../../../src/eventstore/log-copy/log-copy.js';
import { LogCopyConflictError } from '../../../src/eventstore/log-copy/log-copy.errors.js';
import { verifyCopy } from '../../../src/eventstore/log-copy/verify-copy.js';
import { PostgresEventStore } from '../../../src/eventstore/postgres/postgres-event-store.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { readWhole, sameAppendPairs, sourceEvent, writeSourceLog } from './source-log.js';

let sourceDb: TestDatabase;
let targetDb: TestDatabase;
let source: PostgresEventStore;
let total: number;
beforeAll(async () => {
  [sourceDb, targetDb] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  source = new PostgresEventStore(sourceDb.pool);
  total = await writeSourceLog(source);
}, 120_000);
afterAll(() => Promise.all([sourceDb?.drop(), targetDb?.drop()]));

const checkpoint = (name: string) => postgresCopyCheckpoint(sourceDb.pool, name);

/** The target as it is, but once a checkpoint is saved, the second append of a later batch throws (the first is stored). */
function stoppingInSecondBatch(target: EventStore, real: CopyCheckpoint): { target: EventStore; checkpoints: CopyCheckpoint } {
  let saved = false;
  let appendsAfter = 0;
  return {
    checkpoints: { read: () => real.read(), save: async (p) => { await real.save(p); saved = true; appendsAfter = 0; } },
    target: {
      appendToStream: (streamId, events, expected) => (saved && ++appendsAfter === 2
        ? Promise.reject(new Error('the target went away')) : target.appendToStream(streamId, events, expected)),
      appendNewStreams: (streams) => target.appendNewStreams(streams),
      readStream: (streamId, options) => target.readStream(streamId, options),
      readAll: (from, batchSize) => target.readAll(from, batchSize),
      head: (from) => target.head(from),
    },
  };
}

describe('copyLog from a PostgreSQL log', () => {
  it('copies into an in-memory store: every event, one append per source append and stream, ids and payloads kept', async () => {
    const target = new InMemoryEventStore();
    const result = await copyLog({ source, target, checkpoints: checkpoint('memory'), batchSize: 4 });
    expect(result).toMatchObject({ from: START_OF_LOG, copied: total, written: total, alreadyStored: 0, total });
    const [from, to] = await Promise.all([readWhole(source), readWhole(target)]);
    expect(to.map((e) => [e.streamId, e.version, e.eventId, e.type, e.schemaVersion, e.data, e.metadata]))
      .toEqual(from.map((e) => [e.streamId, e.version, e.eventId, e.type, e.schemaVersion, e.data, e.metadata]));
    // The 7-event stream of the bulk append is longer than a batch, and still one append there.
    expect(sameAppendPairs(to)).toEqual(sameAppendPairs(from));
    expect(result.appends).toBe(sameAppendPairs(from).filter((same) => !same).length + 1);
    expect(result.position).toEqual(from.at(-1)!.position);
    expect(await checkpoint('memory').read()).toEqual(from.at(-1)!.position);
    const verification = await verifyCopy(source, target, { batchSize: 7 });
    expect(verification).toEqual({ source: verification.target, target: verification.source, identical: true });
    expect(verification.source.events).toBe(total);
    expect(verification.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('copies into PostgreSQL on another database to the same counts and digests', async () => {
    const target = new PostgresEventStore(targetDb.pool);
    const result = await copyLog({ source, target, checkpoints: checkpoint('second-database'), batchSize: 3 });
    expect(result).toMatchObject({ copied: total, written: total, alreadyStored: 0 });
    const verification = await verifyCopy(source, target);
    expect(verification.identical).toBe(true);
    expect(verification.target).toEqual(verification.source);
    expect(verification.source).toEqual((await verifyCopy(source, new InMemoryEventStore())).source);
    expect(sameAppendPairs(await readWhole(target))).toEqual(sameAppendPairs(await readWhole(source)));
  });

  it('resumes after a stop in the middle of a batch, from the checkpoint, with nothing stored twice', async () => {
    const target = new InMemoryEventStore();
    const stopping = stoppingInSecondBatch(target, checkpoint('resumed'));
    await expect(copyLog({ source, target: stopping.target, checkpoints: stopping.checkpoints, batchSize: 5 })).rejects.toThrow('the target went away');
    const stoppedAt = await checkpoint('resumed').read();
    expect(stoppedAt).not.toEqual(START_OF_LOG);
    const copiedBefore = (await readWhole(target)).length;
    const resumed = await copyLog({ source, target, checkpoints: checkpoint('resumed'), batchSize: 5 });
    expect(resumed.from).toEqual(stoppedAt);
    expect(resumed.alreadyStored).toBeGreaterThan(0);
    expect(resumed.written).toBe(total - copiedBefore);
    const copied = await readWhole(target);
    expect(copied).toHaveLength(total);
    expect(new Set(copied.map((e) => e.eventId)).size).toBe(total);
    expect(sameAppendPairs(copied)).toEqual(sameAppendPairs(await readWhole(source)));
    expect((await verifyCopy(source, target)).identical).toBe(true);

    const again = await copyLog({ source, target, checkpoints: checkpoint('resumed'), batchSize: 5 });
    expect(again).toMatchObject({ copied: 0, total: 0, position: resumed.position });
    await checkpoint('resumed').save(START_OF_LOG);
    const whole = await copyLog({ source, target, checkpoints: checkpoint('resumed'), batchSize: 2 });
    expect(whole).toMatchObject({ copied: total, written: 0, alreadyStored: total });
    expect(await readWhole(target)).toHaveLength(total);
  });

  it('stops with LogCopyConflictError naming the stream when the target holds it with other events', async () => {
    const target = new InMemoryEventStore();
    await target.appendToStream('debt-2', [sourceEvent('DebtorRegistered')], 'no-stream');
    const error = await copyLog({ source, target, checkpoints: checkpoint('conflict'), batchSize: 50 }).then(() => undefined, (e: unknown) => e);
    if (!(error instanceof LogCopyConflictError)) throw new Error(`expected LogCopyConflictError, got ${error}`);
    expect({ code: error.code, streamId: error.streamId, version: error.version, field: error.field })
      .toEqual({ code: 'LOG_COPY_TARGET_CONFLICT', streamId: 'debt-2', version: 1, field: 'streamId' });
    expect(error.messageEn).toContain('debt-2');
    expect(error.messageTh).toContain('debt-2');
  });
});

describe('verifyCopy', () => {
  it('names the first event that differs: a payload changed in the target', async () => {
    const target = new PostgresEventStore(targetDb.pool);
    const changed = (await source.readStream('debt-2'))[1];
    const { rowCount } = await targetDb.pool.query(
      `UPDATE events SET data = jsonb_set(data, '{party,given}', '"ดำรงค์"') WHERE stream_id = 'debt-2' AND version = 2`);
    expect(rowCount).toBe(1);
    const verification = await verifyCopy(source, target, { batchSize: 4 });
    const index = (await readWhole(source)).findIndex((e) => e.eventId === changed.eventId) + 1;
    expect(verification).toMatchObject({
      identical: false,
      firstDifference: {
        index,
        source: { streamId: 'debt-2', version: 2, eventId: changed.eventId },
        target: { streamId: 'debt-2', version: 2, eventId: changed.eventId },
        fields: ['data'],
      },
    });
    expect(verification.target.events).toBe(verification.source.events);
    expect(verification.target.sha256).not.toBe(verification.source.sha256);
  });

  it('names the event a log lacks, and counts both', async () => {
    const target = new InMemoryEventStore();
    await copyLog({ source, target, checkpoints: checkpoint('longer'), batchSize: 100 });
    await target.appendToStream('debt-9', [sourceEvent()], 'no-stream');
    const verification = await verifyCopy(source, target);
    expect(verification).toMatchObject({
      source: { events: total }, target: { events: total + 1 }, identical: false,
      firstDifference: { index: total + 1, target: { streamId: 'debt-9', version: 1 } },
    });
    expect(verification.firstDifference!.source).toBeUndefined();
  });
});
