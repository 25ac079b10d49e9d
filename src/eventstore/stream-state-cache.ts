import type { LogPosition } from './event-store.port.js';

/** What a process remembers of a stream it wrote last: enough to decide the next command without a read. */
export interface CachedStream<S = unknown> {
  decider: object;
  version: number;
  /** Where the stream's last event stands in the log. */
  position?: LogPosition;
  state: S;
  /** Keys (actor and command id, see commandKeyOf) of the commands whose events the stream holds, to recognise a retry. */
  commandIds: ReadonlySet<string>;
  /** The log codec's count of erasures when the state was folded (erasuresOf): an entry of an older count is not used. */
  erasures?: number;
}

/**
 * The folded state of recently written streams, least recently used dropped first. An entry may be stale
 * (another process appended since): the append at its version then fails on the expected version and the
 * command starts again from a fresh read, so the cache saves reads and never decides on old facts.
 */
export class StreamStateCache {
  private readonly entries = new Map<string, CachedStream>();

  constructor(readonly capacity = 10_000) {}

  get<S>(streamId: string, decider: object): CachedStream<S> | undefined {
    const entry = this.entries.get(streamId);
    if (!entry || entry.decider !== decider) return undefined;
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    return entry as CachedStream<S>;
  }

  set<S>(streamId: string, entry: CachedStream<S>): void {
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(streamId: string): void {
    this.entries.delete(streamId);
  }

  /** Forgets every stream (their states were folded from values that can no longer be read: an erasure). */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
