import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { NoticeListener } from '../../database/notices.js';
// An erasure: read models holding personal data were folded anew without a checkpoint moving.
import { KEYS_DESTROYED_CHANNEL as ERASURE_CHANNEL } from '../../personal-data/keys/shredder.js';

/** The channel of the checkpoint trigger (migration 1090) and of a rebuild's swap: the payload is the projection's name. */
export const READ_MODELS_CHANNEL = 'damrong_read_models';
const MAX_ENTRIES = 5_000;

interface Entry { version: number; value: Promise<unknown> }

/**
 * What this process read of the read models, kept until the database says they changed: a connection of its own
 * LISTENs for the notices every change of a projection's checkpoint sends on commit (any process's runner, an undo,
 * a reset) and a rebuild's swap sends, and every erasure. A read model already lags the log by the runner's poll;
 * a notice adds the moment between a commit and its delivery. While the connection is down nothing is cached.
 *
 * Keys must name what the rows depend on, the reader's scope (scopeKey) first: row-level security decides them.
 */
export class ReadModelChanges {
  private readonly versions = new Map<string, number>();
  private readonly entries = new Map<string, Entry>();
  /** settled()'s own notices awaited, by payload. */
  private readonly probes = new Map<string, () => void>();
  private generation = 0;
  private readonly notices: NoticeListener;

  constructor(connection: pg.ClientConfig) {
    this.notices = new NoticeListener(connection, [READ_MODELS_CHANNEL, ERASURE_CHANNEL], {
      notice: (channel, payload) => {
        if (channel === ERASURE_CHANNEL) this.forgetAll();
        else if (this.probes.has(payload)) this.probes.get(payload)!();
        else this.changed(payload);
      },
      lost: () => {
        this.forgetAll();
        for (const done of this.probes.values()) done();
      },
    }, 'ReadModelChanges');
  }

  listen(): Promise<void> {
    return this.notices.listen();
  }

  close(): Promise<void> {
    return this.notices.close();
  }

  /**
   * Resolves once every change committed before the call has been taken in: notices come in the order their
   * transactions committed, so once a notice of its own sent now is back, the earlier ones are.
   */
  async settled(): Promise<void> {
    if (!this.notices.listening) return;
    const probe = `settled:${randomUUID()}`;
    const back = new Promise<void>((resolve) => this.probes.set(probe, resolve)).finally(() => this.probes.delete(probe));
    try {
      if (!(await this.notices.send(READ_MODELS_CHANNEL, probe))) this.probes.get(probe)?.();
    } catch (error) {
      this.probes.get(probe)?.();
      throw error;
    }
    await back;
  }

  /**
   * What `read` answers for `key`, read once while none of `projections` has changed since, or read anew. A read
   * that began before a change is handed to the callers that asked meanwhile, and to none after the notice.
   */
  read<T>(projections: readonly string[], key: string, read: () => Promise<T>): Promise<T> {
    if (!this.notices.listening) return read();
    const version = this.versionOf(projections);
    const known = this.entries.get(key);
    if (known?.version === version) return known.value as Promise<T>;
    const value = read();
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const entry = { version, value };
    this.entries.set(key, entry);
    value.catch(() => this.entries.get(key) === entry && this.entries.delete(key));
    return value;
  }

  private versionOf(projections: readonly string[]): number {
    // Each count only grows, and every change bumps the generation too: equal sums mean nothing changed.
    return projections.reduce((sum, name) => sum + (this.versions.get(name) ?? 0), this.generation * 1_000_003);
  }

  private changed(projection: string): void {
    this.versions.set(projection, (this.versions.get(projection) ?? 0) + 1);
  }

  private forgetAll(): void {
    this.generation++;
    this.entries.clear();
  }
}
