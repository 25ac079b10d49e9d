import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { errorLogLine } from '../../shared/error-log-line.js';

/** The channel of the checkpoint trigger (migration 1090) and of a rebuild's swap: the payload is the projection's name. */
export const READ_MODELS_CHANNEL = 'damrong_read_models';
/** An erasure (shredder.ts): read models holding personal data were folded anew without a checkpoint moving. */
const ERASURE_CHANNEL = 'damrong_personal_data_keys_destroyed';
const RETRY_MS = 1_000;
const MAX_ENTRIES = 5_000;

const logger = new Logger('ReadModelChanges');

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
  private listener?: pg.Client;
  private listening = false;
  private closed = false;

  constructor(private readonly connection: pg.ClientConfig) {}

  async listen(): Promise<void> {
    const client = new pg.Client(this.connection);
    client.on('notification', ({ channel, payload = '' }) => {
      if (channel === ERASURE_CHANNEL) this.forgetAll();
      else if (this.probes.has(payload)) this.probes.get(payload)!();
      else this.changed(payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${READ_MODELS_CHANNEL}; LISTEN ${ERASURE_CHANNEL}`);
    this.listener = client;
    this.listening = true;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listening = false;
    await this.listener?.end().catch(() => undefined);
  }

  /**
   * Resolves once every change committed before the call has been taken in: notices come in the order their
   * transactions committed, so once a notice of its own sent now is back, the earlier ones are.
   */
  async settled(): Promise<void> {
    const listener = this.listening ? this.listener : undefined;
    if (!listener) return;
    const probe = `settled:${randomUUID()}`;
    const back = new Promise<void>((resolve) => this.probes.set(probe, resolve)).finally(() => this.probes.delete(probe));
    try {
      await listener.query('SELECT pg_notify($1, $2)', [READ_MODELS_CHANNEL, probe]);
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
    if (!this.listening) return read();
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

  private lost(client: pg.Client, error?: Error): void {
    if (this.listener !== client) return;
    this.listener = undefined;
    this.listening = false;
    this.forgetAll();
    for (const done of this.probes.values()) done();
    client.end().catch(() => undefined);
    if (this.closed) return;
    logger.warn(`read-model notices lost${error ? `: ${errorLogLine(error)}` : ''}; reading without a cache until they are back`);
    setTimeout(() => void this.listen().catch((e) => this.retryLater(e)), RETRY_MS).unref();
  }

  private retryLater(error: unknown): void {
    logger.warn(`read-model notices: ${errorLogLine(error)}`);
    if (!this.closed) setTimeout(() => void this.listen().catch((e) => this.retryLater(e)), RETRY_MS).unref();
  }
}
