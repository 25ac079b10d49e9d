import { fold, type Decider, type DomainEvent } from '../shared/decider.js';
import { eventIdFor } from './event-ids.js';
import { ConcurrencyError } from './event-store.errors.js';
import type { EventMetadata, EventStore, LogPosition, StoredEvent } from './event-store.port.js';

/** Who sends the command; `commandId` identifies it across retries. */
export interface CommandContext {
  commandId: string;
  actor: string;
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

const toDomainEvent = <E extends DomainEvent>(e: StoredEvent) => ({ type: e.type, data: e.data }) as E;

/**
 * Reads the stream, folds it, decides, and appends with the version it read. Another writer in between
 * makes the append fail; it then starts again from the new version, at most `maxAttempts` times.
 */
export async function handleCommand<C, E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  context: CommandContext,
  maxAttempts = 3,
): Promise<CommandResult<E, S>> {
  for (let attempt = 1; ; attempt++) {
    const history = await store.readStream(streamId);
    const past = history.map((e) => toDomainEvent<E>(e));
    const earlier = history.filter((e) => e.metadata.commandId === context.commandId);
    if (earlier.length > 0) {
      const last = earlier[earlier.length - 1];
      return {
        streamId, version: history.length, events: earlier.map((e) => toDomainEvent<E>(e)),
        state: fold(decider, past), position: last.position, alreadyHandled: true,
      };
    }
    const state = fold(decider, past);
    const events = decider.decide(command, state);
    if (events.length === 0) return { streamId, version: history.length, events, state, alreadyHandled: false };
    const metadata: EventMetadata = {
      actor: context.actor,
      commandId: context.commandId,
      correlationId: context.correlationId ?? context.commandId,
      causationId: context.causationId ?? context.commandId,
    };
    try {
      const result = await store.appendToStream(
        streamId,
        events.map((e, i) => ({
          eventId: eventIdFor(context.commandId, i),
          type: e.type,
          schemaVersion: decider.schemaVersions?.[e.type] ?? 1,
          data: e.data,
          metadata,
        })),
        history.length === 0 ? 'no-stream' : history.length,
      );
      return {
        streamId, version: result.nextVersion, events, state: events.reduce((s, e) => decider.evolve(s, e), state),
        position: result.position, alreadyHandled: false,
      };
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attempt >= maxAttempts) throw error;
    }
  }
}
