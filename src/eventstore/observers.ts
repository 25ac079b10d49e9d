import type { NewStream, NewStreamsResult } from './event-store.port.js';

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

/** Runs an append, telling `observer` (when there is one) its time and the events it stored (`storedBy` its result). */
export async function observeAppend<R>(observer: AppendObserver | undefined, work: () => Promise<R>, storedBy: (result: R) => number): Promise<R> {
  if (!observer) return work();
  const started = performance.now();
  let events = 0;
  try {
    const result = await work();
    events = storedBy(result);
    return result;
  } finally {
    observer.appended((performance.now() - started) / 1000, events);
  }
}

/** The events of the streams a bulk append created (those that existed were left as they were). */
export function storedEvents(streams: readonly NewStream[], result: NewStreamsResult): number {
  const created = new Set(result.created);
  return streams.reduce((sum, stream) => sum + (created.has(stream.streamId) ? stream.events.length : 0), 0);
}
