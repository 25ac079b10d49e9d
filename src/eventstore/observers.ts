/** How a command ended: stored events, decided nothing, answered an earlier handling, refused, or failed. */
export type CommandOutcome = 'accepted' | 'unchanged' | 'already_handled' | 'refused' | 'conflict' | 'failed';

/** Told of every command the CommandBus handles: its type (the command's `type`), how it ended, how long it took. */
export interface CommandObserver {
  commandHandled(command: string, outcome: CommandOutcome, seconds: number): void;
}

/** Injection token of the CommandObserver (the metrics); the handler goes without one when none is provided. */
export const COMMAND_OBSERVER = Symbol('CommandObserver');

/** Told of every append to the log: how long it took, and how many events it stored (0 when none, or when it failed). */
export interface AppendObserver {
  appended(seconds: number, events: number): void;
}

/** Injection token of the AppendObserver (the metrics, which provide it); the store goes without one when none is. */
export const APPEND_OBSERVER = Symbol('AppendObserver');
