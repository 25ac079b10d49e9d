import { createHash } from 'node:crypto';
import { START_OF_LOG, type EventStore, type LogPosition, type StoredEvent } from '../event-store.port.js';
import { type ComparedField, COMPARED_FIELDS, canonicalFields, canonicalLine } from './canonical-event.js';

/** One log's side of a verification: its events and the SHA-256 (hex) of their canonical lines in global order. */
export interface LogDigest {
  events: number;
  sha256: string;
}

/** An event as the difference names it. */
export interface EventName {
  streamId: string;
  version: number;
  eventId: string;
}

/** The first place, in global order, where the two logs differ: the n-th event (1 first) of each, and what differs. */
export interface FirstDifference {
  index: number;
  /** Absent when that log has no n-th event. */
  source?: EventName;
  target?: EventName;
  fields: ComparedField[];
}

export interface CopyVerification {
  source: LogDigest;
  target: LogDigest;
  identical: boolean;
  firstDifference?: FirstDifference;
}

export interface VerifyCopyOptions {
  batchSize?: number;
  /** Only the source's events up to this position (what a copy reached while writers went on); the target whole. */
  sourceUpTo?: LogPosition;
}

const after = (a: LogPosition, b: LogPosition) =>
  a.transactionId > b.transactionId || (a.transactionId === b.transactionId && a.globalPosition > b.globalPosition);

async function* wholeLog(store: EventStore, batchSize: number, upTo?: LogPosition): AsyncGenerator<StoredEvent> {
  for (let from = START_OF_LOG; ;) {
    const batch = await store.readAll(from, batchSize);
    for (const event of batch) {
      if (upTo && after(event.position, upTo)) return;
      yield event;
    }
    if (batch.length < batchSize) return;
    from = batch[batch.length - 1].position;
  }
}

const nameOf = (e: StoredEvent): EventName => ({ streamId: e.streamId, version: e.version, eventId: e.eventId });

/**
 * Reads both logs whole in global order, side by side, and compares their counts and the SHA-256 of each event's
 * stream, version, id, type, schema version, data and metadata (canonical JSON, keys sorted); names the first
 * event that differs.
 */
export async function verifyCopy(source: EventStore, target: EventStore, options: VerifyCopyOptions = {}): Promise<CopyVerification> {
  const batchSize = options.batchSize ?? 5_000;
  const logs = [wholeLog(source, batchSize, options.sourceUpTo), wholeLog(target, batchSize)];
  const hashes = [createHash('sha256'), createHash('sha256')];
  const counts = [0, 0];
  let firstDifference: FirstDifference | undefined;
  for (;;) {
    const [a, b] = await Promise.all(logs.map((log) => log.next()));
    if (a.done && b.done) break;
    const sides = [a.done ? undefined : a.value, b.done ? undefined : b.value];
    const fields = sides.map((e) => (e ? canonicalFields(e) : undefined));
    sides.forEach((e, i) => {
      if (!e) return;
      counts[i]++;
      hashes[i].update(canonicalLine(fields[i]!));
    });
    if (!firstDifference) {
      const differing = COMPARED_FIELDS.filter((f) => fields[0]?.[f] !== fields[1]?.[f]);
      if (differing.length > 0) {
        firstDifference = {
          index: Math.max(...counts),
          ...(sides[0] ? { source: nameOf(sides[0]) } : {}),
          ...(sides[1] ? { target: nameOf(sides[1]) } : {}),
          fields: differing,
        };
      }
    }
  }
  const [sourceDigest, targetDigest] = counts.map((events, i) => ({ events, sha256: hashes[i].digest('hex') }));
  return { source: sourceDigest, target: targetDigest, identical: firstDifference === undefined, ...(firstDifference ? { firstDifference } : {}) };
}
