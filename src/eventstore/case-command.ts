import { Inject, Optional } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Decider, DomainEvent } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { ConcurrencyError } from './event-store.errors.js';
import { EVENT_STORE, type EventStore } from './event-store.port.js';
import { handleCommand, type CommandContext, type CommandResult, type StreamAccess } from './handle-command.js';
import { COMMAND_OBSERVER, type CommandObserver, type CommandOutcome } from './observers.js';
import { StreamStateCache } from './stream-state-cache.js';

/**
 * A command for one case stream, decided by that case type's decider; sent through the CommandBus. `access`
 * judges whether the sender may act on the stream as it stands (see StreamAccess).
 */
export class CaseCommand<C = unknown, E extends DomainEvent = DomainEvent, S = unknown> extends Command<CommandResult<E, S>> {
  constructor(
    readonly streamId: string,
    readonly decider: Decider<C, E, S>,
    readonly command: C,
    readonly context: CommandContext,
    readonly access?: StreamAccess<S>,
  ) {
    super();
  }
}

@CommandHandler(CaseCommand)
export class CaseCommandHandler implements ICommandHandler<CaseCommand> {
  /** This process's memory of the streams it wrote last; the expected version keeps it honest. */
  private readonly cache = new StreamStateCache();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(COMMAND_OBSERVER) private readonly observer?: CommandObserver,
  ) {}

  async execute(command: CaseCommand): Promise<CommandResult<DomainEvent, unknown>> {
    const started = performance.now();
    const told = (outcome: CommandOutcome) =>
      this.observer?.commandHandled(commandTypeOf(command.command), outcome, (performance.now() - started) / 1000);
    try {
      const result = await handleCommand(this.store, command.streamId, command.decider, command.command, command.context, {
        cache: this.cache, access: command.access,
      });
      told(result.alreadyHandled ? 'already_handled' : result.events.length === 0 ? 'unchanged' : 'accepted');
      return result;
    } catch (error) {
      told(error instanceof ConcurrencyError ? 'conflict' : error instanceof DomainError ? 'refused' : 'failed');
      throw error;
    }
  }
}

/** A command's `type` (every case command has one, a name from the code); "unknown" otherwise. */
const commandTypeOf = (command: unknown): string => {
  const type = (command as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type : 'unknown';
};
