import { Inject, Optional } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PinoLogger } from 'nestjs-pino';
import type { Decider, DomainEvent } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { errorLogLine } from '../shared/error-log-line.js';
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

  /** Absent where no LoggingModule is (benches that build the write side alone). */
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, @Optional() private readonly log?: PinoLogger) {
    log?.setContext('Command');
  }

  /**
   * Handles the command with its correlation and command ids on every line logged meanwhile (beside the
   * request's id, in a request), and logs one line of what it did: its type, the stream, and the events stored
   * or the refusal's code. Never the command's values.
   */
  execute(command: CaseCommand): Promise<CommandResult<DomainEvent, unknown>> {
    const { commandId, correlationId = commandId } = command.context;
    if (!this.log) return this.handle(command);
    return this.log.runInContext(() => this.handle(command), { bindings: { correlationId, commandId }, inherit: true });
  }

  private async handle(command: CaseCommand): Promise<CommandResult<DomainEvent, unknown>> {
    const started = performance.now();
    const what = `${(command.command as { type?: string }).type ?? 'command'} on ${command.streamId}`;
    const took = () => `in ${Math.round(performance.now() - started)} ms`;
    try {
      const result = await handleCommand(this.store, command.streamId, command.decider, command.command, command.context, {
        cache: this.cache, access: command.access,
      });
      const events = result.events.map((e) => e.type).join(', ') || 'no events';
      this.log?.info(`${what}: ${result.alreadyHandled ? 'handled before, ' : ''}${events}, version ${result.version} ${took()}`);
      return result;
    } catch (error) {
      if (error instanceof DomainError) this.log?.info(`${what}: refused, ${errorLogLine(error)} ${took()}`);
      // The error itself is logged once, where it is answered (the API's error formatter).
      else this.log?.warn(`${what}: failed (${error instanceof Error ? error.constructor.name : typeof error}) ${took()}`);
      throw error;
    }
  }
}
