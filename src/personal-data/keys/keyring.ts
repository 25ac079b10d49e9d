import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { blindIndex, type MasterKeys, newDataKey, unwrapDataKey, wrapDataKey } from './envelope.js';
import type { KeyWant } from './personal-fields.js';

/** A data key as sealing needs it. */
export interface DataKey {
  keyId: string;
  key: Buffer;
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

const MAKE_KEYS = `
INSERT INTO personal_data_keys AS k (key_id, stream_id, subject_index, role, wrapped_key)
SELECT * FROM unnest($1::uuid[], $2::text[], $3::bytea[], $4::text[], $5::bytea[])
ON CONFLICT (stream_id, subject_index) DO UPDATE
  SET role = CASE WHEN excluded.role = 'PRINCIPAL' THEN 'PRINCIPAL' ELSE k.role END
RETURNING key_id::text, stream_id, subject_index, wrapped_key`;

/**
 * The data keys, unwrapped on demand and kept in this process (at most 100,000 of each kind, least recently used
 * forgotten): by key id for opening, by stream, subject and role for sealing. A key erased by this process is
 * forgotten at once; by another, when its notice arrives (PersonalDataKeysModule listens) — until then, for the
 * moment a notice takes, this process could still open what it had opened before.
 */
export class Keyring {
  private readonly byId = new RecentMap<string, Buffer | null>(CACHE_SIZE);
  private readonly byStreamSubject = new RecentMap<string, DataKey>(CACHE_SIZE);
  private forgotten = 0;

  constructor(private readonly pool: pg.Pool, private readonly master: MasterKeys) {}

  /** How many times this keyring forgot its keys: what was opened before a later count may be erased since. */
  get erasures(): number {
    return this.forgotten;
  }

  /** The blind index of a citizen id (13 Arabic digits). */
  subjectIndex(citizenDigits: string): Buffer {
    return blindIndex(this.master, citizenDigits);
  }

  /**
   * The keys the wants need, made where a stream has none yet for the subject, in one statement for all those not
   * kept here. Keys are committed before the events sealed under them, so that no stored event names a key that is
   * not there (a key made for an append that then fails stays unused).
   */
  async keysFor(wants: readonly StreamKeyWant[]): Promise<Map<string, DataKey>> {
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
    const entries = [...missing.values()];
    const ids = entries.map(() => randomUUID());
    const { rows } = await this.pool.query<{ key_id: string; stream_id: string; subject_index: Buffer; wrapped_key: Buffer }>(MAKE_KEYS, [
      ids, entries.map((e) => e.streamId), entries.map((e) => e.index), entries.map((e) => e.role),
      ids.map((id) => wrapDataKey(this.master, id, newDataKey())),
    ]);
    const byStreamIndex = new Map(rows.map((row) => [`${row.stream_id}\u0000${row.subject_index.toString('hex')}`, row]));
    for (const [ref, entry] of missing) {
      const row = byStreamIndex.get(`${entry.streamId}\u0000${entry.index.toString('hex')}`)!;
      const key = { keyId: row.key_id, key: unwrapDataKey(this.master, row.key_id, row.wrapped_key) };
      this.byStreamSubject.set(ref, key);
      this.byId.set(key.keyId, key.key);
      found.set(ref, key);
    }
    return found;
  }

  /** The sealing key of a want, as keysFor answered it. */
  refOf(streamId: string, want: KeyWant): string {
    const subject = want.citizenId === null ? '' : this.subjectIndex(want.citizenId).toString('hex');
    return `${streamId}\u0000${subject}\u0000${want.role}`;
  }

  /** The keys of these ids that still exist; an id missing from the answer was erased. */
  async open(keyIds: Iterable<string>): Promise<Map<string, Buffer>> {
    const found = new Map<string, Buffer>();
    const unknown: string[] = [];
    for (const id of keyIds) {
      const kept = this.byId.get(id);
      if (kept) found.set(id, kept);
      else if (kept === undefined) unknown.push(id);
    }
    if (unknown.length === 0) return found;
    const { rows } = await this.pool.query<{ key_id: string; wrapped_key: Buffer }>(
      'SELECT key_id::text, wrapped_key FROM personal_data_keys WHERE key_id = ANY($1::uuid[])', [unknown]);
    const unwrapped = new Map(rows.map((row) => [row.key_id, unwrapDataKey(this.master, row.key_id, row.wrapped_key)]));
    for (const id of unknown) {
      const key = unwrapped.get(id) ?? null;
      this.byId.set(id, key);
      if (key) found.set(id, key);
    }
    return found;
  }

  /** Forgets every key kept here (after an erasure, here or in another process), and counts it. */
  forgetAll(): void {
    this.forgotten++;
    this.byId.clear();
    this.byStreamSubject.clear();
  }
}
