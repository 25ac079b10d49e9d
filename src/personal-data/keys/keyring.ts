import { type KeyObject, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { blindIndex, dataKeyObject, type MasterKeys, newDataKey, unwrapDataKey, wrapDataKey } from './envelope.js';
import type { KeyWant } from './personal-fields.js';

/** A data key as sealing needs it. */
export interface DataKey {
  keyId: string;
  key: KeyObject;
}

export interface KeyringOptions {
  /**
   * The log is in this same database. A key's row is then committed without waiting for its flush to disk: the
   * append sealed under it commits after it, and waits for the write-ahead log to be flushed up to its own commit,
   * which lies after the key's, so no event is ever durable without its key. Until such an append has committed,
   * the key is not kept for sealing (a crash of the database in between could lose the row), only for opening.
   * Not so for another log (KurrentDB), whose commits do not flush this database's WAL.
   */
  keysDurableWithTheLog?: boolean;
}

/** A stream's want of a key: the subject (blind index, empty for the stream's CASE key) and its role. */
export interface StreamKeyWant {
  streamId: string;
  want: KeyWant;
}

const CACHE_SIZE = 100_000;

/** A Map that forgets the least recently used entry past its size. */
class RecentMap<K, V> extends Map<K, V> {
  constructor(private readonly capacity: number) {
    super();
  }
  override get(key: K): V | undefined {
    const value = super.get(key);
    if (value !== undefined) {
      super.delete(key);
      super.set(key, value);
    }
    return value;
  }
  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    if (super.size > this.capacity) super.delete(super.keys().next().value as K);
    return this;
  }
}

/** Named statements: PostgreSQL parses and plans each once per connection, not at every call. */
const MAKE_KEYS = {
  name: 'damrong_make_keys',
  text: `
INSERT INTO personal_data_keys AS k (key_id, stream_id, subject_index, role, wrapped_key)
SELECT * FROM unnest($1::uuid[], $2::text[], $3::bytea[], $4::text[], $5::bytea[])
ON CONFLICT (stream_id, subject_index) DO UPDATE
  SET role = CASE WHEN excluded.role = 'PRINCIPAL' THEN 'PRINCIPAL' ELSE k.role END
RETURNING key_id::text, stream_id, subject_index, wrapped_key`,
};

/** MAKE_KEYS committed without waiting for the flush (synchronous_commit off for its own transaction alone). */
const MAKE_KEYS_FLUSHED_WITH_THE_LOG = {
  name: 'damrong_make_keys_flushed_with_the_log',
  text: MAKE_KEYS.text.replace(
    'SELECT * FROM unnest($1::uuid[], $2::text[], $3::bytea[], $4::text[], $5::bytea[])',
    `SELECT made.* FROM unnest($1::uuid[], $2::text[], $3::bytea[], $4::text[], $5::bytea[]) AS made,
     (SELECT set_config('synchronous_commit', 'off', true)) AS unflushed`),
};

const OPEN_KEYS = { name: 'damrong_open_keys', text: 'SELECT key_id::text, wrapped_key FROM personal_data_keys WHERE key_id = ANY($1::uuid[])' };

/**
 * The data keys, unwrapped on demand and kept in this process (at most 100,000 of each kind, least recently used
 * forgotten): by key id for opening, by stream, subject and role for sealing. A key erased by this process is
 * forgotten at once; by another, when its notice arrives (PersonalDataKeysModule listens) — until then, for the
 * moment a notice takes, this process could still open what it had opened before.
 */
export class Keyring {
  private readonly byId = new RecentMap<string, KeyObject | null>(CACHE_SIZE);
  private readonly byStreamSubject = new RecentMap<string, DataKey>(CACHE_SIZE);
  /** Keys made and not yet known to be flushed (keysDurableWithTheLog), by key id, with their sealing ref. */
  private readonly unconfirmed = new RecentMap<string, { ref: string; key: DataKey }>(CACHE_SIZE);
  private readonly indexes = new RecentMap<string, Buffer>(CACHE_SIZE);
  private readonly forgetting: (() => void)[] = [];
  private forgotten = 0;

  constructor(private readonly pool: pg.Pool, private readonly master: MasterKeys, private readonly options: KeyringOptions = {}) {}

  /** How many times this keyring forgot its keys: what was opened before a later count may be erased since. */
  get erasures(): number {
    return this.forgotten;
  }

  /** The blind index of a citizen id (13 Arabic digits). */
  subjectIndex(citizenDigits: string): Buffer {
    let index = this.indexes.get(citizenDigits);
    if (!index) this.indexes.set(citizenDigits, index = blindIndex(this.master, citizenDigits));
    return index;
  }

  /**
   * The keys the wants need, made where a stream has none yet for the subject, in one statement for all those not
   * kept here. On the pool, keys are committed before the events sealed under them, so that no stored event names a
   * key that is not there (a key made for an append that then fails stays unused). In a caller's transaction (`tx`:
   * an append inside it, PostgresEventStore.within), the keys are made in that transaction, committed or rolled back
   * with its events, and not kept here until then: the caller holds one connection of the pool and waits for no
   * other. The rows are written in one order (stream, subject), so that two such transactions never wait on each
   * other crosswise.
   */
  async keysFor(wants: readonly StreamKeyWant[], tx?: pg.ClientBase): Promise<Map<string, DataKey>> {
    const found = new Map<string, DataKey>();
    const missing = new Map<string, { streamId: string; index: Buffer; role: string }>();
    for (const { streamId, want } of wants) {
      const ref = this.refOf(streamId, want);
      if (found.has(ref) || missing.has(ref)) continue;
      const kept = this.byStreamSubject.get(ref);
      if (kept) found.set(ref, kept);
      else missing.set(ref, { streamId, index: want.citizenId === null ? Buffer.alloc(0) : this.subjectIndex(want.citizenId), role: want.role });
    }
    if (missing.size === 0) return found;
    // A person wanted in two roles in a stream (an owner who files their own return) has one key there, PRINCIPAL if either is.
    const bySubject = new Map<string, { streamId: string; index: Buffer; role: string }>();
    for (const entry of missing.values()) {
      const ref = `${entry.streamId}\u0000${entry.index.toString('hex')}`;
      const other = bySubject.get(ref);
      if (!other || entry.role === 'PRINCIPAL') bySubject.set(ref, entry);
    }
    const entries = [...bySubject.values()].sort((a, b) => (a.streamId === b.streamId
      ? Buffer.compare(a.index, b.index) : a.streamId < b.streamId ? -1 : 1));
    const made = new Map<string, Buffer>(entries.map(() => [randomUUID(), newDataKey()]));
    const ids = [...made.keys()];
    // Inside a caller's transaction the keys commit with it, as it commits (never without waiting for the flush).
    const statement = this.options.keysDurableWithTheLog && !tx ? MAKE_KEYS_FLUSHED_WITH_THE_LOG : MAKE_KEYS;
    const { rows } = await (tx ?? this.pool).query<{ key_id: string; stream_id: string; subject_index: Buffer; wrapped_key: Buffer }>({
      ...statement,
      values: [ids, entries.map((e) => e.streamId), entries.map((e) => e.index), entries.map((e) => e.role),
        ids.map((id) => wrapDataKey(this.master, id, made.get(id)!))],
    });
    const byStreamIndex = new Map(rows.map((row) => [`${row.stream_id}\u0000${row.subject_index.toString('hex')}`, row]));
    for (const [ref, entry] of missing) {
      const row = byStreamIndex.get(`${entry.streamId}\u0000${entry.index.toString('hex')}`)!;
      const bytes = made.get(row.key_id) ?? unwrapDataKey(this.master, row.key_id, row.wrapped_key);
      const key = { keyId: row.key_id, key: dataKeyObject(bytes) };
      if (!tx) {
        if (this.options.keysDurableWithTheLog) this.unconfirmed.set(key.keyId, { ref, key });
        else this.byStreamSubject.set(ref, key);
        this.byId.set(key.keyId, key.key);
      }
      found.set(ref, key);
    }
    return found;
  }

  /**
   * These keys now seal events whose append committed (and so flushed the keys' rows): they are kept for sealing.
   * A key not confirmed is asked of the table again by the next write that wants it.
   */
  get awaitingConfirmation(): boolean {
    return this.unconfirmed.size > 0;
  }

  confirm(keyIds: Iterable<string>): void {
    for (const id of keyIds) {
      const made = this.unconfirmed.get(id);
      if (!made) continue;
      this.unconfirmed.delete(id);
      this.byStreamSubject.set(made.ref, made.key);
    }
  }

  /** The sealing key of a want, as keysFor answered it. */
  refOf(streamId: string, want: KeyWant): string {
    const subject = want.citizenId === null ? '' : this.subjectIndex(want.citizenId).toString('hex');
    return `${streamId}\u0000${subject}\u0000${want.role}`;
  }

  /**
   * The keys of these ids that still exist; an id missing from the answer was erased. In a caller's transaction
   * (`tx`), read on its connection, which also sees the keys it made, and those not kept here.
   */
  async open(keyIds: Iterable<string>, tx?: pg.ClientBase): Promise<Map<string, KeyObject>> {
    const found = new Map<string, KeyObject>();
    const unknown: string[] = [];
    for (const id of keyIds) {
      const kept = this.byId.get(id);
      if (kept) found.set(id, kept);
      else if (kept === undefined) unknown.push(id);
    }
    if (unknown.length === 0) return found;
    const { rows } = await (tx ?? this.pool).query<{ key_id: string; wrapped_key: Buffer }>({ ...OPEN_KEYS, values: [unknown] });
    const unwrapped = new Map(rows.map((row) => [row.key_id, dataKeyObject(unwrapDataKey(this.master, row.key_id, row.wrapped_key))]));
    for (const id of unknown) {
      const key = unwrapped.get(id) ?? null;
      if (!tx) this.byId.set(id, key);
      if (key) found.set(id, key);
    }
    return found;
  }

  /** Has `forget` called whenever the keys are forgotten: what else this process keeps of opened values forgets them too. */
  onForget(forget: () => void): void {
    this.forgetting.push(forget);
  }

  /** Forgets every key kept here (after an erasure, here or in another process), counts it, and has the others forget what they opened. */
  forgetAll(): void {
    this.forgotten++;
    this.byId.clear();
    this.byStreamSubject.clear();
    this.unconfirmed.clear();
    for (const forget of this.forgetting) forget();
  }
}
