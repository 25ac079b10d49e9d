import { Inject, Optional } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PinoLogger } from 'nestjs-pino';
import type { Decider, DomainEvent } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { errorLogLine } from '../shared/error-log-line.js';
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

  /** The logger and the observer are absent where no LoggingModule or metrics are (benches that build the write side alone). */
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() private readonly log?: PinoLogger,
    @Optional() @Inject(COMMAND_OBSERVER) private readonly observer?: CommandObserver,
  ) {
    log?.setContext('Command');
  }

  /**
   * Forgets the states kept of the streams written last: after an erasure (issue 17) they hold personal data that the
   * log no longer opens, which no decision may use again and this process must not keep.
   */
  forgetStates(): void {
    this.cache.clear();
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
    const type = commandTypeOf(command.command);
    const what = `${type} on ${command.streamId}`;
    const took = () => `in ${Math.round(performance.now() - started)} ms`;
    const told = (outcome: CommandOutcome) => this.observer?.commandHandled(type, outcome, (performance.now() - started) / 1000);
    try {
      const result = await handleCommand(this.store, command.streamId, command.decider, command.command, command.context, {
        cache: this.cache, access: command.access,
      });
      told(result.alreadyHandled ? 'already_handled' : result.events.length === 0 ? 'unchanged' : 'accepted');
      const events = result.events.map((e) => e.type).join(', ') || 'no events';
      this.log?.info(`${what}: ${result.alreadyHandled ? 'handled before, ' : ''}${events}, version ${result.version} ${took()}`);
      return result;
    } catch (error) {
      told(error instanceof ConcurrencyError ? 'conflict' : error instanceof DomainError ? 'refused' : 'failed');
      if (error instanceof DomainError) this.log?.info(`${what}: refused, ${errorLogLine(error)} ${took()}`);
      // The error itself is logged once, where it is answered (the API's error formatter).
      else this.log?.warn(`${what}: failed (${error instanceof Error ? error.constructor.name : typeof error}) ${took()}`);
      throw error;
    }
  }
}

/** A command's `type` (every case command has one, a name from the code); "unknown" otherwise. */
const commandTypeOf = (command: unknown): string => {
  const type = (command as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type : 'unknown';
};
