import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { ConcurrencyError } from '../../src/eventstore/event-store.errors.js';
import type { EventStore, ExpectedVersion, NewEvent } from '../../src/eventstore/event-store.port.js';
import { handleCommand } from '../../src/eventstore/handle-command.js';
import { InMemoryEventStore } from '../../src/eventstore/in-memory/in-memory-event-store.js';
import { StreamStateCache } from '../../src/eventstore/stream-state-cache.js';
import type { RecordedFact } from '../../src/shared/decider.js';
import { DomainError } from '../../src/shared/domain-error.js';
import { given } from '../support/decider-spec.js';
import { tallyDecider, type TallyCommand, type TallyEvent, type TallyState } from '../support/counter.decider.js';
import { newEvent } from './event-store.contract.js';

const context = () => ({ commandId: randomUUID(), actor: 'officer:1001' });

/** A real in-memory store with another writer that gets in first, `times` times. */
class RacedStore extends InMemoryEventStore {
  constructor(private times: number) {
    super();
  }

  override async appendToStream(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion) {
    if (this.times-- > 0) await super.appendToStream(streamId, [newEvent('TallyIncremented', { by: 100 })], 'any');
    return super.appendToStream(streamId, events, expected);
  }
}

describe('handleCommand', () => {
  it('reads, folds, decides and appends with the metadata of the command', async () => {
    const store: EventStore = new InMemoryEventStore();
    await handleCommand(store, 'tally-1', tallyDecider, { kind: 'increment', by: 2 }, context());
    const ctx = context();
    const result = await handleCommand(store, 'tally-1', tallyDecider, { kind: 'increment', by: 3 }, ctx);
    expect(result).toMatchObject({ version: 2, state: { total: 5, closed: false }, alreadyHandled: false });
    const [, second] = await store.readStream('tally-1');
    expect(second.metadata).toEqual({
      actor: 'officer:1001', commandId: ctx.commandId, commandFingerprint: expect.any(String), correlationId: ctx.commandId, causationId: ctx.commandId,
    });
    const acting = { ...context(), actorOffice: 'DISTRICT:1001' };
    await handleCommand(store, 'tally-1', tallyDecider, { kind: 'increment', by: 1 }, acting);
    expect((await store.readStream('tally-1'))[2].metadata).toMatchObject({ actor: 'officer:1001', actorOffice: 'DISTRICT:1001' });
  });

  it('handles a retried command once: same command id, nothing new stored', async () => {
    const store = new InMemoryEventStore();
    const ctx = context();
    const first = await handleCommand(store, 'tally-2', tallyDecider, { kind: 'increment', by: 2 }, ctx);
    const again = await handleCommand(store, 'tally-2', tallyDecider, { kind: 'increment', by: 2 }, ctx);
    expect(again).toMatchObject({ alreadyHandled: true, version: first.version, events: first.events });
    expect(await store.readStream('tally-2')).toHaveLength(1);
  });

  it('starts again from the new version when another writer got in first', async () => {
    const store = new RacedStore(2);
    const result = await handleCommand(store, 'tally-3', tallyDecider, { kind: 'increment', by: 1 }, context());
    expect(result.state.total).toBe(201);
    expect(result.version).toBe(3);
  });

  it('gives up with ConcurrencyError after a bounded number of attempts', async () => {
    const store = new RacedStore(10);
    await expect(handleCommand(store, 'tally-4', tallyDecider, { kind: 'increment', by: 1 }, context(), { maxAttempts: 3 }))
      .rejects.toBeInstanceOf(ConcurrencyError);
    expect(await store.readStream('tally-4')).toHaveLength(3);
  });

  it('stores nothing when the decider refuses', async () => {
    const store = new InMemoryEventStore();
    await handleCommand(store, 'tally-5', tallyDecider, { kind: 'close' }, context());
    await expect(handleCommand(store, 'tally-5', tallyDecider, { kind: 'increment', by: 1 }, context()))
      .rejects.toMatchObject({ code: 'TALLY_CLOSED' });
    expect(await store.readStream('tally-5')).toHaveLength(1);
  });
});

describe('handleCommand and command ids', () => {
  const increment = (by: number, at = new Date().toISOString()) => ({ kind: 'increment', by, at }) as TallyCommand;

  it('takes command ids per actor: another account may use the same id for a command of its own', async () => {
    const store = new InMemoryEventStore();
    const first = await handleCommand(store, 'tally-k1', tallyDecider, increment(2), { commandId: 'K', actor: 'account:a' });
    const other = await handleCommand(store, 'tally-k1', tallyDecider, increment(3), { commandId: 'K', actor: 'account:b' });
    expect(other).toMatchObject({ alreadyHandled: false, version: 2, state: { total: 5 } });
    const stored = await store.readStream('tally-k1');
    expect(stored.map((e) => e.metadata.actor)).toEqual(['account:a', 'account:b']);
    expect(stored[0].eventId).not.toBe(stored[1].eventId);
    expect(first.alreadyHandled).toBe(false);
  });

  it('answers a retry of the same command as handled, whatever time the server stamped on it or looked up for it', async () => {
    const store = new InMemoryEventStore();
    const ctx = { commandId: 'K', actor: 'account:a' };
    await handleCommand(store, 'tally-k2', tallyDecider, increment(2, '2025-01-01T00:00:00.000Z'), ctx);
    const again = await handleCommand(store, 'tally-k2', tallyDecider, increment(2, '2025-01-01T00:05:00.000Z'), ctx);
    expect(again).toMatchObject({ alreadyHandled: true, version: 1 });
    const asked = { ...ctx, commandId: 'L', request: { asked: 'two' } };
    await handleCommand(store, 'tally-k2', tallyDecider, increment(2), asked);
    expect(await handleCommand(store, 'tally-k2', tallyDecider, increment(7), asked)).toMatchObject({ alreadyHandled: true, version: 2 });
    expect(await store.readStream('tally-k2')).toHaveLength(2);
  });

  it('refuses the same id with another command, on the same stream or another, and stores nothing (COMMAND_ID_REUSED)', async () => {
    const store = new InMemoryEventStore();
    const cache = new StreamStateCache();
    const ctx = { commandId: 'K', actor: 'account:a' };
    await handleCommand(store, 'tally-k3', tallyDecider, increment(2), ctx, { cache });
    const reused = { code: 'COMMAND_ID_REUSED', field: 'commandId', messageTh: expect.any(String) };
    await expect(handleCommand(store, 'tally-k3', tallyDecider, increment(5), ctx, { cache })).rejects.toMatchObject(reused);
    await expect(handleCommand(store, 'tally-k3', tallyDecider, increment(5), ctx)).rejects.toMatchObject(reused);
    await expect(handleCommand(store, 'tally-k4', tallyDecider, increment(2), ctx, { cache })).rejects.toMatchObject(reused);
    expect(await store.readStream('tally-k3')).toHaveLength(1);
    expect(await store.readStream('tally-k4')).toEqual([]);
  });

  it('takes events stored before fingerprints were recorded for the command they name', async () => {
    const store = new InMemoryEventStore();
    const old = newEvent('TallyIncremented', { by: 4 });
    await store.appendToStream('tally-k5', [{ ...old, metadata: { actor: 'account:a', commandId: 'K', correlationId: 'K', causationId: 'K' } }], 'no-stream');
    const retried = await handleCommand(store, 'tally-k5', tallyDecider, increment(4), { commandId: 'K', actor: 'account:a' });
    expect(retried).toMatchObject({ alreadyHandled: true, version: 1, state: { total: 4 } });
    expect(await store.readStream('tally-k5')).toHaveLength(1);
  });
});

describe('handleCommand on a stream holding an event it cannot read', () => {
  const strict = {
    ...tallyDecider,
    read: (e: RecordedFact) => (e.type === 'TallyClosed' || (e.type === 'TallyIncremented' && typeof (e.data as { by?: unknown })?.by === 'number')
      ? { type: e.type, data: e.data } as TallyEvent : undefined),
  };

  it('refuses every command, a retry of an earlier one too, with CASE_UNREADABLE, and stores nothing', async () => {
    const store = new InMemoryEventStore();
    const first = context();
    await handleCommand(store, 'tally-u1', strict, { kind: 'increment', by: 1 }, first);
    await store.appendToStream('tally-u1', [newEvent('TallyIncremented', { by: 'lots' })], 1);
    for (const [command, ctx] of [[{ kind: 'increment', by: 1 }, context()], [{ kind: 'close' }, context()], [{ kind: 'increment', by: 1 }, first]] as const) {
      await expect(handleCommand(store, 'tally-u1', strict, command, ctx)).rejects.toMatchObject({ code: 'CASE_UNREADABLE', version: 2 });
    }
    expect(await store.readStream('tally-u1')).toHaveLength(2);
  });

  it('answers a sender who may not act on the stream as before, without telling that it cannot be read', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('tally-u2', [newEvent('TallyIncremented', { by: 1 }), newEvent('Unheard', {})], 'no-stream');
    const access = { mayAct: () => { throw new DomainError('TALLY_NOT_FOUND', 'ไม่พบ', 'No such tally'); } };
    await expect(handleCommand(store, 'tally-u2', strict, { kind: 'close' }, context(), { access })).rejects.toMatchObject({ code: 'TALLY_NOT_FOUND' });
    expect(await store.readStream('tally-u2')).toHaveLength(2);
  });
});

/** Counts the stream reads handleCommand makes. */
class CountingStore extends InMemoryEventStore {
  reads = 0;

  override async readStream(...args: Parameters<InMemoryEventStore['readStream']>) {
    this.reads++;
    return super.readStream(...args);
  }
}

describe('handleCommand with a stream state cache', () => {
  it('decides the next command on a stream it wrote without reading it again', async () => {
    const store = new CountingStore();
    const cache = new StreamStateCache();
    await handleCommand(store, 'tally-c1', tallyDecider, { kind: 'increment', by: 2 }, context(), { cache });
    const result = await handleCommand(store, 'tally-c1', tallyDecider, { kind: 'increment', by: 3 }, context(), { cache });
    expect(result).toMatchObject({ version: 2, state: { total: 5 }, alreadyHandled: false });
    expect(store.reads).toBe(1);
  });

  it('answers a command that decides nothing with the position of the stream\'s last event, read or cached', async () => {
    /** The tally, deciding nothing for an increment by zero. */
    const quiet = { ...tallyDecider, decide: (c: TallyCommand, s: TallyState) => (c.kind === 'increment' && c.by === 0 ? [] : tallyDecider.decide(c, s)) };
    const store = new CountingStore();
    const cache = new StreamStateCache();
    const written = await handleCommand(store, 'tally-p', quiet, { kind: 'increment', by: 2 }, context(), { cache });
    expect(written.position).toBeDefined();
    const cached = await handleCommand(store, 'tally-p', quiet, { kind: 'increment', by: 0 }, context(), { cache });
    expect(store.reads).toBe(1);
    const read = await handleCommand(store, 'tally-p', quiet, { kind: 'increment', by: 0 }, context());
    expect(store.reads).toBe(2);
    expect([cached, read].map((r) => [r.events.length, r.position])).toEqual([[0, written.position], [0, written.position]]);
  });

  it('starts again from a fresh read when another process appended since', async () => {
    const store = new CountingStore();
    const cache = new StreamStateCache();
    await handleCommand(store, 'tally-c2', tallyDecider, { kind: 'increment', by: 2 }, context(), { cache });
    await handleCommand(store, 'tally-c2', tallyDecider, { kind: 'increment', by: 40 }, context()); // another process
    const result = await handleCommand(store, 'tally-c2', tallyDecider, { kind: 'increment', by: 1 }, context(), { cache });
    expect(result).toMatchObject({ version: 3, state: { total: 43 } });
    expect((await store.readStream('tally-c2')).map((e) => e.version)).toEqual([1, 2, 3]);
  });

  it('recognises a command another process handled, storing nothing new', async () => {
    const store = new InMemoryEventStore();
    const cache = new StreamStateCache();
    await handleCommand(store, 'tally-c3', tallyDecider, { kind: 'increment', by: 2 }, context(), { cache });
    const ctx = context();
    const elsewhere = await handleCommand(store, 'tally-c3', tallyDecider, { kind: 'increment', by: 5 }, ctx);
    const retried = await handleCommand(store, 'tally-c3', tallyDecider, { kind: 'increment', by: 5 }, ctx, { cache });
    expect(retried).toMatchObject({ alreadyHandled: true, version: 2, events: elsewhere.events, state: { total: 7 } });
    expect(await store.readStream('tally-c3')).toHaveLength(2);
  });

  it('does not decide a refused command differently: a refusal leaves the cache as it was', async () => {
    const store = new InMemoryEventStore();
    const cache = new StreamStateCache();
    await handleCommand(store, 'tally-c4', tallyDecider, { kind: 'close' }, context(), { cache });
    await expect(handleCommand(store, 'tally-c4', tallyDecider, { kind: 'increment', by: 1 }, context(), { cache }))
      .rejects.toMatchObject({ code: 'TALLY_CLOSED' });
    expect(await store.readStream('tally-c4')).toHaveLength(1);
  });

  it('forgets the least recently used stream beyond its capacity', () => {
    const cache = new StreamStateCache(2);
    const entry = { decider: tallyDecider, version: 1, state: {}, commandIds: new Set<string>() };
    cache.set('a', entry);
    cache.set('b', entry);
    cache.get('a', tallyDecider);
    cache.set('c', entry);
    expect([cache.get('a', tallyDecider), cache.get('b', tallyDecider), cache.get('c', tallyDecider)].map(Boolean)).toEqual([true, false, true]);
    expect(cache.get('a', {})).toBeUndefined();
  });
});

describe('the given/when/then decider helper', () => {
  it('checks produced events and typed rejections', () => {
    given(tallyDecider).when({ kind: 'increment', by: 2 }).then([{ type: 'TallyIncremented', data: { by: 2 } }]);
    given(tallyDecider, [{ type: 'TallyClosed', data: {} }]).when({ kind: 'increment', by: 2 }).thenRejects('TALLY_CLOSED');
    given(tallyDecider).when({ kind: 'increment', by: 0 }).thenRejects('TALLY_NOT_POSITIVE', 'by');
    expect(() => given(tallyDecider).when({ kind: 'increment', by: 0 }).then([])).toThrow('Increment by more than zero');
  });
});
