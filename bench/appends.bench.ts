import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { EventMetadata, EventStore } from '../src/eventstore/event-store.port.js';
import { handleCommand } from '../src/eventstore/handle-command.js';
import { StreamStateCache } from '../src/eventstore/stream-state-cache.js';
import { burstDecider } from './burst.decider.js';
import { now, sample, type Sample } from './measure.js';

export const WRITERS = 32;
/** Each writer works through its own streams, ten commands a stream: cases of a realistic length. */
const COMMANDS_PER_STREAM = 10;
const times = (w: number, j: number) => (((w + j) % 3) + 1) as 1 | 2 | 3;

export interface AppendSample { calls: Sample; events: Sample }

let nextStream = 0;

export interface WriterOptions {
  /** Concurrent writers: WRITERS unless told. */
  writers?: number;
  /** How stream ids begin (`tally-` unless told): a KurrentDB server keeps the streams of earlier runs. */
  streamPrefix?: string;
}

/** Runs `count` operations split over the writers, each on streams no other writer touches. */
async function writers(
  count: number, work: (streamId: string, w: number, j: number) => Promise<number>, { writers: n = WRITERS, streamPrefix = 'tally-' }: WriterOptions = {},
): Promise<AppendSample> {
  const perWriter = (w: number) => Math.floor(count / n) + (w < count % n ? 1 : 0);
  const base = nextStream;
  nextStream += n * Math.ceil(perWriter(0) / COMMANDS_PER_STREAM);
  const startedAt = now();
  const events = await Promise.all(Array.from({ length: n }, async (_, w) => {
    let c = 0;
    for (let j = 0; j < perWriter(w); j++) {
      c += await work(`${streamPrefix}${base + w + n * Math.floor(j / COMMANDS_PER_STREAM)}`, w, j);
    }
    return c;
  }));
  const total = events.reduce((a, b) => a + b, 0);
  return { calls: sample(count, startedAt), events: sample(total, startedAt) };
}

/**
 * Commands through handleCommand as the CommandBus handler runs them: the stream's state from the
 * process's cache when it wrote the stream last (else read and folded), decide, append with the version.
 */
export function commandRun(store: EventStore, commands: number): Promise<AppendSample> {
  const cache = new StreamStateCache();
  return writers(commands, async (streamId, w, j) => {
    const result = await handleCommand(store, streamId, burstDecider, { kind: 'increment', times: times(w, j) },
      { commandId: randomUUID(), actor: `bench:writer-${w}` }, { cache });
    return result.events.length;
  });
}

/** appendToStream alone, each writer knowing its streams' versions (no read before the write). */
export function appendRun(store: EventStore, calls: number, options: WriterOptions = {}): Promise<AppendSample> {
  const versions = new Map<string, number>();
  return writers(calls, async (streamId, w, j) => {
    const commandId = randomUUID();
    const metadata: EventMetadata = { actor: `bench:writer-${w}`, commandId, correlationId: commandId, causationId: commandId };
    const events = Array.from({ length: times(w, j) }, (_, i) => ({
      eventId: randomUUID(), type: 'TallyIncremented', schemaVersion: 1, data: { by: i + 1 }, metadata,
    }));
    const version = versions.get(streamId) ?? 0;
    const result = await store.appendToStream(streamId, events, version === 0 ? 'no-stream' : version);
    versions.set(streamId, result.nextVersion);
    return events.length;
  }, options);
}

export const NAIVE_EVENTS_TABLE = `CREATE TABLE naive_events (
  id bigserial PRIMARY KEY, stream_id text NOT NULL, type text NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL)`;

/** Baseline: one autocommitted single-row INSERT per event into a plain bigserial table. */
export function naiveInsertRun(pool: pg.Pool, events: number): Promise<AppendSample> {
  return writers(events, async (streamId, w) => {
    const commandId = randomUUID();
    await pool.query('INSERT INTO naive_events (stream_id, type, data, metadata) VALUES ($1, $2, $3, $4)', [
      streamId, 'TallyIncremented', JSON.stringify({ by: 1 }),
      JSON.stringify({ actor: `bench:writer-${w}`, commandId, correlationId: commandId, causationId: commandId }),
    ]);
    return 1;
  });
}
