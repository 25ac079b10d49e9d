import { fold, type Decider, type DomainEvent } from '../shared/decider.js';
import { eventIdFor } from './event-ids.js';
import { ConcurrencyError } from './event-store.errors.js';
import type { EventMetadata, EventStore, LogPosition, StoredEvent } from './event-store.port.js';
import type { StreamStateCache } from './stream-state-cache.js';

/** Who sends the command; `commandId` identifies it across retries. */
export interface CommandContext {
  commandId: string;
  actor: string;
  /** The office the acting account works for, recorded beside the actor. */
  actorOffice?: string;
  correlationId?: string;
  causationId?: string;
}

export interface CommandResult<E, S> {
  streamId: string;
  /** The stream's version after the command. */
  version: number;
  /** The events this command produced (the stored ones when it had already been handled). */
  events: E[];
  state: S;
  position?: LogPosition;
  /** True when the same command id had been handled before: nothing new was stored. */
  alreadyHandled: boolean;
}

/**
 * Whether the sender may act on the stream, judged on its state (an account's area scope); each check throws
 * to refuse, before anything is stored.
 */
export interface StreamAccess<S> {
  /** The stream as it stands (empty for a new one), before deciding; also before answering a retried command. */
  mayAct(state: S): void;
  /** The stream as the decided events would leave it, before they are appended; `before` as it stood. */
  mayLeave?(before: S, after: S): void;
}

export interface HandleOptions<S = unknown> {
  /** Attempts in all when other writers keep getting in first. */
  maxAttempts?: number;
  /** Folded states of recently written streams: saves the read before a decision. */
  cache?: StreamStateCache;
  access?: StreamAccess<S>;
}

interface Known<S> { version: number; state: S; commandIds: ReadonlySet<string> }

const toDomainEvent = <E extends DomainEvent>(e: StoredEvent) => ({ type: e.type, data: e.data }) as E;

/**
 * Reads the stream (or takes it from the cache), folds it, decides, and appends with the version it knew.
 * Another writer in between makes the append fail; it then starts again from a fresh read, at most
 * `maxAttempts` times. A command id seen before returns what it did then and stores nothing.
 */
export async function handleCommand<C, E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  context: CommandContext,
  { maxAttempts = 3, cache, access }: HandleOptions<S> = {},
): Promise<CommandResult<E, S>> {
  for (let attempt = 1; ; attempt++) {
    const cached = attempt === 1 ? cache?.get<S>(streamId, decider) : undefined;
    const known: Known<S> | CommandResult<E, S> = cached && !cached.commandIds.has(context.commandId)
      ? cached : await readKnown(store, streamId, decider, context.commandId);
    access?.mayAct(known.state);
    if ('alreadyHandled' in known) return known;
    const events = decider.decide(command, known.state);
    if (events.length === 0) return { streamId, version: known.version, events, state: known.state, alreadyHandled: false };
    const state = events.reduce((s, e) => decider.evolve(s, e), known.state);
    access?.mayLeave?.(known.state, state);
    try {
      const result = await store.appendToStream(streamId, toNewEvents(decider, events, context), known.version || 'no-stream');
      if (result.alreadyStored) {
        cache?.delete(streamId);
        return readKnown(store, streamId, decider, context.commandId) as Promise<CommandResult<E, S>>;
      }
      cache?.set(streamId, { decider, version: result.nextVersion, state, commandIds: new Set([...known.commandIds, context.commandId]) });
      return { streamId, version: result.nextVersion, events, state, position: result.position, alreadyHandled: false };
    } catch (error) {
      cache?.delete(streamId);
      if (!(error instanceof ConcurrencyError) || attempt >= maxAttempts) throw error;
    }
  }
}

/** The stream as stored: its fold, or what an earlier handling of this command id produced. */
async function readKnown<C, E extends DomainEvent, S>(
  store: EventStore, streamId: string, decider: Decider<C, E, S>, commandId: string,
): Promise<Known<S> | CommandResult<E, S>> {
  const history = await store.readStream(streamId);
  const state = fold(decider, history.map((e) => toDomainEvent<E>(e)));
  const earlier = history.filter((e) => e.metadata.commandId === commandId);
  if (earlier.length === 0) {
    return { version: history.length, state, commandIds: new Set(history.map((e) => e.metadata.commandId)) };
  }
  return {
    streamId, version: history.length, events: earlier.map((e) => toDomainEvent<E>(e)), state,
    position: earlier[earlier.length - 1].position, alreadyHandled: true,
  };
}

function toNewEvents<E extends DomainEvent>(decider: Decider<unknown, E, unknown>, events: E[], context: CommandContext) {
  const metadata: EventMetadata = {
    actor: context.actor,
    ...(context.actorOffice ? { actorOffice: context.actorOffice } : {}),
    commandId: context.commandId,
    correlationId: context.correlationId ?? context.commandId,
    causationId: context.causationId ?? context.commandId,
  };
  return events.map((e, i) => ({
    eventId: eventIdFor(context.commandId, i),
    type: e.type,
    schemaVersion: decider.schemaVersions?.[e.type] ?? 1,
    data: e.data,
    metadata,
  }));
}
