import type pg from 'pg';
import { ConcurrencyError } from '../event-store.errors.js';
import type { AppendResult, NewEvent } from '../event-store.port.js';
import { APPEND_GROUP } from './event-log.sql.js';

/** Statements of grouped appends in flight at once, and the events one statement takes at the most. */
const STATEMENTS_IN_FLIGHT = 4;
const MAX_EVENTS_A_STATEMENT = 2_000;
/** How long a stream whose append met a conflict has its appends made alone, and how many such streams are kept. */
const CONTENDED_FOR_MS = 1_000;
const MAX_CONTENDED = 10_000;
const UNIQUE_VIOLATION = '23505';
/** A unique key broken by an append not found in the error's detail, or a deadlock: each append of the group is made alone. */
const EACH_ALONE_ON = new Set([UNIQUE_VIOLATION, '40P01']);

export interface Pending {
  streamId: string;
  events: readonly NewEvent[];
  expected: number;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/** One append as the store makes it alone: the fall-back for an append its group could not store. */
export type SingleAppend = (streamId: string, events: readonly NewEvent[], expected: number) => Promise<AppendResult>;

/**
 * Group commit: an append at an exact version that finds every statement slot taken waits, and the waiting appends
 * go together as one INSERT and one commit when a slot frees. An append that finds a slot free, or whose stream is
 * in a statement in flight already, goes at once and alone, so one writer waits for nothing and writers racing for
 * one stream race as they always did; so do the appends of a stream that met a conflict in the last second. A group's streams are distinct and sorted, so two groups, of this service or
 * another, take their locks in the same order. When the group statement fails on a stream past its version or on a
 * retried event id, or a stream is short of its version, each such append is made alone, where it gets its usual
 * answer: stored before, or a ConcurrencyError.
 */
export class AppendGroups {
  private readonly queue: Pending[] = [];
  private readonly streamsInFlight = new Map<string, number>();
  /** Streams whose appends lately met a conflict, with when: raced for, so their appends go alone a while. */
  private readonly contended = new Map<string, number>();
  private inFlight = 0;

  constructor(private readonly pool: pg.Pool, private readonly single: SingleAppend) {}

  append(streamId: string, events: readonly NewEvent[], expected: number): Promise<AppendResult> {
    return new Promise<AppendResult>((resolve, reject) => {
      const pending = { streamId, events, expected, resolve, reject };
      if (this.inFlight < STATEMENTS_IN_FLIGHT || this.streamsInFlight.has(streamId) || this.isContended(streamId)) this.start([pending]);
      else this.queue.push(pending);
    });
  }

  private start(group: Pending[]): void {
    this.inFlight++;
    for (const p of group) this.streamsInFlight.set(p.streamId, (this.streamsInFlight.get(p.streamId) ?? 0) + 1);
    void this.run(group).finally(() => {
      this.inFlight--;
      for (const p of group) {
        const n = this.streamsInFlight.get(p.streamId)! - 1;
        if (n === 0) this.streamsInFlight.delete(p.streamId);
        else this.streamsInFlight.set(p.streamId, n);
      }
      while (this.inFlight < STATEMENTS_IN_FLIGHT && this.queue.length > 0) this.start(this.takeGroup());
    });
  }

  /** The waiting appends, one per stream, in arrival order, up to a statement's worth. */
  private takeGroup(): Pending[] {
    const group: Pending[] = [];
    const streams = new Set<string>();
    let events = 0;
    for (let i = 0; i < this.queue.length && events < MAX_EVENTS_A_STATEMENT;) {
      const p = this.queue[i];
      if (streams.has(p.streamId)) { i++; continue; }
      this.queue.splice(i, 1);
      group.push(p);
      streams.add(p.streamId);
      events += p.events.length;
    }
    return group;
  }

  /**
   * The group in one statement; an append whose stream or event id breaks a unique key is taken out and made alone,
   * and the rest tried again together, until a statement stores them or one append is left.
   */
  private async run(group: Pending[]): Promise<void> {
    const alone: Promise<void>[] = [];
    for (let rest = group; ;) {
      if (rest.length === 1) alone.push(this.alone(rest[0]));
      if (rest.length <= 1) break;
      let stored: Map<string, AppendResult>;
      try {
        stored = await insertGroup(this.pool, rest);
      } catch (error) {
        const culprit = culpritOf(error, rest);
        if (culprit) {
          alone.push(this.alone(culprit));
          rest = rest.filter((p) => p !== culprit);
          continue;
        }
        if (EACH_ALONE_ON.has((error as { code?: string }).code ?? '')) alone.push(...rest.map((p) => this.alone(p)));
        else for (const p of rest) p.reject(error);
        break;
      }
      for (const p of rest) {
        const result = stored.get(p.streamId);
        if (result) p.resolve(result);
        else alone.push(this.alone(p));
      }
      break;
    }
    await Promise.all(alone);
  }

  private alone(p: Pending): Promise<void> {
    return this.single(p.streamId, p.events, p.expected).then(p.resolve, (error: unknown) => {
      if (error instanceof ConcurrencyError) this.contend(p.streamId);
      p.reject(error);
    });
  }

  private isContended(streamId: string): boolean {
    const since = this.contended.get(streamId);
    return since !== undefined && Date.now() - since < CONTENDED_FOR_MS;
  }

  private contend(streamId: string): void {
    if (this.contended.size >= MAX_CONTENDED) {
      const now = Date.now();
      for (const [s, since] of this.contended) if (now - since >= CONTENDED_FOR_MS) this.contended.delete(s);
      if (this.contended.size >= MAX_CONTENDED) this.contended.clear();
    }
    this.contended.set(streamId, Date.now());
  }
}

/**
 * The append of the group that broke a unique key, from the error's constraint and detail: `Key (stream_id,
 * version)=(<stream>, <version>) already exists.` or `Key (event_id)=(<id>) already exists.`
 */
export function culpritOf<P extends Pick<Pending, 'streamId' | 'events'>>(error: unknown, group: readonly P[]): P | undefined {
  const { code, constraint, detail } = error as { code?: string; constraint?: string; detail?: string };
  if (code !== UNIQUE_VIOLATION || !detail) return undefined;
  if (constraint === 'events_stream_version_unique') {
    const streamId = /^Key \(stream_id, version\)=\((.*), \d+\) already exists\.$/s.exec(detail)?.[1];
    return group.find((p) => p.streamId === streamId);
  }
  if (constraint === 'events_event_id_unique') {
    const eventId = /^Key \(event_id\)=\(([0-9a-f-]+)\) already exists\.$/.exec(detail)?.[1];
    return group.find((p) => p.events.some((e) => e.eventId === eventId));
  }
  return undefined;
}

/**
 * One statement (APPEND_GROUP) for appends to distinct streams, each after its exact version, in stream-id order:
 * what each stream that was stored answers. A stream short of its version is absent (none of its events written);
 * one past it fails the statement on UNIQUE(stream_id, version).
 */
export async function insertGroup(
  db: Pick<pg.ClientBase, 'query'>, group: readonly Pick<Pending, 'streamId' | 'events' | 'expected'>[],
): Promise<Map<string, AppendResult>> {
  const rows = [...group].sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0))
    .flatMap((p) => p.events.map((e, i) => ({
      stream_id: p.streamId, expected: p.expected, k: i + 1, event_id: e.eventId, type: e.type,
      schema_version: e.schemaVersion, data: e.data, metadata: e.metadata,
    })));
  const result = await db.query<[string, number, string, string]>({ ...APPEND_GROUP, values: [JSON.stringify(rows)], rowMode: 'array' });
  const stored = new Map<string, AppendResult>();
  for (const [streamId, version, transactionId, globalPosition] of result.rows) {
    const before = stored.get(streamId);
    if (before && before.nextVersion > Number(version)) continue;
    stored.set(streamId, {
      nextVersion: Number(version),
      position: { transactionId: BigInt(transactionId), globalPosition: BigInt(globalPosition) },
      alreadyStored: false,
    });
  }
  return stored;
}
