import { ConcurrencyError, IdempotencyConflictError } from '../event-store.errors.js';
import type { EventStore, LogPosition, StoredEvent } from '../event-store.port.js';
import { type AppendGroup, appendGroups, asNewEvent, expectedVersion, lastGroupLength } from './append-groups.js';
import type { CopyCheckpoint } from './copy-checkpoint.js';
import { LogCopyBatchSizeError, LogCopyConflictError } from './log-copy.errors.js';

export const MAX_BATCH_SIZE = 100_000;

/** A batch size as given (`--batch-size 2000`, or a number), checked: a whole number from 1 to MAX_BATCH_SIZE. */
export function batchSizeOf(given: string | number): number {
  const n = typeof given === 'number' ? given : /^\d+$/.test(given.trim()) ? Number(given.trim()) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_BATCH_SIZE) throw new LogCopyBatchSizeError(String(given), MAX_BATCH_SIZE);
  return n;
}

export interface CopyProgress {
  /** Events appended through so far in this run: written, or found stored by an earlier run. */
  copied: number;
  written: number;
  alreadyStored: number;
  /** The events after the checkpoint when the run began (more may come while it runs). */
  total: number;
  /** The source position reached, as the checkpoint now holds it. */
  position: LogPosition;
}

export interface CopyLogOptions {
  source: EventStore;
  target: EventStore;
  checkpoints: CopyCheckpoint;
  batchSize: number;
  onProgress?: (progress: CopyProgress) => void;
}

export interface CopyResult extends CopyProgress {
  /** Where the run began: the checkpoint an earlier run left, or the start of the log. */
  from: LogPosition;
  appends: number;
}

/**
 * Copies the source's log, from the checkpoint on, into the target, one append per group of events one source
 * append wrote to one stream, with the exact expected version and the same event ids: an append the target has
 * already (a run stopped before its checkpoint) stores nothing new. The checkpoint moves after each batch. A stream
 * of the target that the source's events do not fit stops the copy with LogCopyConflictError.
 */
export async function copyLog({ source, target, checkpoints, batchSize, onProgress }: CopyLogOptions): Promise<CopyResult> {
  batchSizeOf(batchSize);
  const from = await checkpoints.read();
  const result: CopyResult = { from, position: from, copied: 0, written: 0, alreadyStored: 0, appends: 0, total: (await source.head(from)).eventsAfter };
  let cursor = from;
  let waiting: StoredEvent[] = [];
  for (;;) {
    const batch = await source.readAll(cursor, batchSize);
    cursor = batch.at(-1)?.position ?? cursor;
    const full = batch.length === batchSize;
    const events = [...waiting, ...batch];
    waiting = full ? events.slice(events.length - lastGroupLength(events)) : [];
    const groups = appendGroups(events.slice(0, events.length - waiting.length));
    for (const group of groups) await copyGroup(target, group, result);
    if (groups.length > 0) {
      result.position = groups[groups.length - 1].at(-1)!.position;
      await checkpoints.save(result.position);
      onProgress?.({ ...result });
    }
    if (!full) return result;
  }
}

async function copyGroup(target: EventStore, group: AppendGroup, result: CopyResult): Promise<void> {
  const { streamId } = group[0];
  const last = group[group.length - 1];
  let appended;
  try {
    appended = await target.appendToStream(streamId, group.map(asNewEvent), expectedVersion(group));
  } catch (error) {
    if (error instanceof ConcurrencyError || error instanceof IdempotencyConflictError) {
      throw new LogCopyConflictError(streamId, group[0].version, error.messageEn);
    }
    throw error;
  }
  if (appended.nextVersion !== last.version) {
    throw new LogCopyConflictError(streamId, group[0].version, `these events are stored there up to version ${appended.nextVersion}, not ${last.version}`);
  }
  result.appends++;
  result.copied += group.length;
  if (appended.alreadyStored) result.alreadyStored += group.length;
  else result.written += group.length;
}
