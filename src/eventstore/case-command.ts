import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Decider, DomainEvent } from '../shared/decider.js';
import { EVENT_STORE, type EventStore } from './event-store.port.js';
import { handleCommand, type CommandContext, type CommandResult, type StreamAccess } from './handle-command.js';
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

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: CaseCommand): Promise<CommandResult<DomainEvent, unknown>> {
    return handleCommand(this.store, command.streamId, command.decider, command.command, command.context, {
      cache: this.cache, access: command.access,
    });
  }
}
