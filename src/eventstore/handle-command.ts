import type { Decider, DomainEvent } from '../shared/decider.js';
import { CaseUnreadableError, CommandIdReusedError } from './command.errors.js';
import { commandFingerprint } from './command-fingerprint.js';
import { erasuresOf } from './event-codec.js';
import { commandKeyOf, eventIdFor } from './event-ids.js';
import { ConcurrencyError, IdempotencyConflictError } from './event-store.errors.js';
import type { EventMetadata, EventStore, LogPosition } from './event-store.port.js';
import { readKnown, type Known } from './known-stream.js';
import type { StreamStateCache } from './stream-state-cache.js';

/** Who sends the command; `commandId` identifies it across retries, among the commands of its actor. */
export interface CommandContext {
  commandId: string;
  actor: string;
  /** The office the acting account works for, recorded beside the actor. */
  actorOffice?: string;
  correlationId?: string;
  causationId?: string;
  /**
   * What the sender asked, as it asked it, when the handler completes the command with what only the server knows
   * (lookups, generated codes): its fingerprint tells a retry from another command under the same id. Without it
   * the command is fingerprinted without its `at`.
   */
  request?: unknown;
}

export interface CommandResult<E, S> {
  streamId: string;
  /** The stream's version after the command. */
  version: number;
  /** The events this command produced (the stored ones when it had already been handled). */
  events: E[];
  state: S;
  /** Where the command's events (none decided: the stream's last event) stand in the log; absent for a stream still empty. */
  position?: LogPosition;
  /** True when the same command had been handled before under this id: nothing new was stored. */
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

/**
 * Reads the stream (or takes it from the cache), folds it, decides, and appends with the version it knew.
 * Another writer in between makes the append fail; it then starts again from a fresh read, at most
 * `maxAttempts` times. A command id the actor sent before answers what it did then and stores nothing, when it is
 * the same command; another command under it is refused (COMMAND_ID_REUSED), on this stream or another. A stream
 * holding an event the decider cannot read takes no command (CASE_UNREADABLE).
 */
export async function handleCommand<C, E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  context: CommandContext,
  { maxAttempts = 3, cache, access }: HandleOptions<S> = {},
): Promise<CommandResult<E, S>> {
  const key = commandKeyOf(context.actor, context.commandId);
  const fingerprint = commandFingerprint(context.request, command);
  /** The stream as known, once the sender may act on it and it can be read. */
  const checked = (known: Known<S>): Known<S> => {
    access?.mayAct(known.state);
    if (known.unreadableAt !== undefined) throw new CaseUnreadableError(streamId, known.unreadableAt);
    return known;
  };
  const read = async () => checked(await readKnown(store, streamId, decider, key));
  for (let attempt = 1; ; attempt++) {
    // Counted before the read: an erasure during it leaves the entry made from it unused, its fields maybe erased since.
    const erasures = erasuresOf(store);
    const cached = attempt === 1 ? cache?.get<S>(streamId, decider) : undefined;
    const fresh = cached && (cached.erasures ?? 0) === erasures ? cached : undefined;
    const known = fresh && !fresh.commandIds.has(key) ? checked(fresh) : await read();
    if (known.earlier) return answerOfEarlier(decider, streamId, known, fingerprint);
    const events = decider.decide(command, known.state);
    if (events.length === 0) return { streamId, version: known.version, events, state: known.state, position: known.position, alreadyHandled: false };
    const state = events.reduce((s, e) => decider.evolve(s, e), known.state);
    access?.mayLeave?.(known.state, state);
    try {
      const result = await store.appendToStream(streamId, toNewEvents(decider, events, context, key, fingerprint), known.version || 'no-stream');
      if (result.alreadyStored) {
        cache?.delete(streamId);
        return answerOfEarlier(decider, streamId, await read(), fingerprint);
      }
      cache?.set(streamId, {
        decider, version: result.nextVersion, position: result.position, state, commandIds: new Set([...known.commandIds, key]), erasures,
      });
      return { streamId, version: result.nextVersion, events, state, position: result.position, alreadyHandled: false };
    } catch (error) {
      cache?.delete(streamId);
      // Event ids derive from the actor's command id: stored elsewhere, they belong to another command of the actor.
      if (error instanceof IdempotencyConflictError) return answerOfEarlier(decider, streamId, await read(), fingerprint);
      if (!(error instanceof ConcurrencyError) || attempt >= maxAttempts) throw error;
    }
  }
}

/**
 * What the earlier handling of this command stored (as the decider reads it now), when it was the same command;
 * otherwise a refusal. The stream was read whole, so each of its events is readable.
 */
function answerOfEarlier<E extends DomainEvent, S>(
  decider: Decider<unknown, E, S>, streamId: string, known: Known<S>, fingerprint: string,
): CommandResult<E, S> {
  const earlier = known.earlier;
  // Events stored before fingerprints were recorded carry none: they are taken for the same command, as then.
  const stored = earlier?.[0].metadata.commandFingerprint;
  if (!earlier || (stored !== undefined && stored !== fingerprint)) throw new CommandIdReusedError();
  return {
    streamId, version: known.version, events: earlier.map((e) => decider.read?.(e) ?? ({ type: e.type, data: e.data } as E)), state: known.state,
    position: earlier[earlier.length - 1].position, alreadyHandled: true,
  };
}

/** The events a command decided, as the log stores them: ids from the command key, metadata from its context. */
export function toNewEvents<E extends DomainEvent>(
  decider: Decider<unknown, E, unknown>, events: E[], context: CommandContext, key: string, fingerprint: string,
) {
  const metadata: EventMetadata = {
    actor: context.actor,
    ...(context.actorOffice ? { actorOffice: context.actorOffice } : {}),
    commandId: context.commandId,
    commandFingerprint: fingerprint,
    correlationId: context.correlationId ?? context.commandId,
    causationId: context.causationId ?? context.commandId,
  };
  return events.map((e, i) => ({
    eventId: eventIdFor(key, i),
    type: e.type,
    schemaVersion: decider.schemaVersions?.[e.type] ?? 1,
    data: e.data,
    metadata,
  }));
}
