import { foldRecorded, type Decider, type DomainEvent } from '../shared/decider.js';
import { commandKeyOf } from './event-ids.js';
import type { EventStore, LogPosition, StoredEvent } from './event-store.port.js';

/** A stream as a command handler knows it before deciding. */
export interface Known<S> {
  version: number;
  /** Where the stream's last event stands in the log, when the stream has one. */
  position?: LogPosition;
  /** The fold of the stream, or of its events before the first unreadable one. */
  state: S;
  /** Keys (see commandKeyOf) of the commands whose events the stream holds. */
  commandIds: ReadonlySet<string>;
  /** The version of the first event the decider cannot read or fold, if any. */
  unreadableAt?: number;
  /** The events an earlier handling of the command being handled stored here, if any. */
  earlier?: StoredEvent[];
}

/** Reads and folds the stream, and finds what an earlier handling of the command with this key stored in it. */
export async function readKnown<S>(
  store: EventStore, streamId: string, decider: Decider<unknown, DomainEvent, S>, key: string,
): Promise<Known<S>> {
  const history = await store.readStream(streamId);
  const { state, unreadableAt } = foldRecorded(decider, history);
  const commandIds = new Set(history.map((e) => commandKeyOf(e.metadata.actor, e.metadata.commandId)));
  const earlier = history.filter((e) => commandKeyOf(e.metadata.actor, e.metadata.commandId) === key);
  return { version: history.length, position: history.at(-1)?.position, state, commandIds, unreadableAt, ...(earlier.length > 0 ? { earlier } : {}) };
}
