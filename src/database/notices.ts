import { Logger } from '@nestjs/common';
import pg from 'pg';
import { errorLogLine } from '../shared/error-log-line.js';

const RETRY_MS = 1_000;

export interface NoticeHandlers {
  /** A notice on one of the channels, once its transaction committed. */
  notice(channel: string, payload: string): void;
  /** Notices may have been missed: the connection is lost (it is opened again every second until it is back). */
  lost(): void;
}

/**
 * PostgreSQL notices (LISTEN) on a connection of their own, outside every pool: opened again after it is lost, the
 * handlers told of the loss first, as notices sent meanwhile are gone. `listening` is true while notices come.
 */
export class NoticeListener {
  private client?: pg.Client;
  private closed = false;
  private readonly logger: Logger;

  constructor(private readonly connection: pg.ClientConfig, private readonly channels: readonly string[], private readonly handlers: NoticeHandlers, name: string) {
    this.logger = new Logger(name);
  }

  get listening(): boolean {
    return this.client !== undefined;
  }

  /** Connects and listens; throws when it cannot (a service start must not go on without). */
  async listen(): Promise<void> {
    const client = new pg.Client(this.connection);
    client.on('notification', ({ channel, payload }) => this.handlers.notice(channel, payload ?? ''));
    client.on('error', (error) => this.lose(client, error));
    client.on('end', () => this.lose(client));
    await client.connect();
    await client.query(this.channels.map((channel) => `LISTEN ${channel}`).join('; '));
    this.client = client;
  }

  /** Sends a notice on the listening connection (it comes back to this listener too), or nothing when not listening. */
  async send(channel: string, payload: string): Promise<boolean> {
    if (!this.client) return false;
    await this.client.query('SELECT pg_notify($1, $2)', [channel, payload]);
    return true;
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private lose(client: pg.Client, error?: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.handlers.lost();
    client.end().catch(() => undefined);
    if (this.closed) return;
    this.logger.warn(`notices lost${error ? `: ${errorLogLine(error)}` : ''}; listening again in ${RETRY_MS} ms`);
    this.retry();
  }

  private retry(): void {
    setTimeout(() => {
      if (this.closed) return;
      this.listen().catch((error) => {
        this.logger.warn(`notices: ${errorLogLine(error)}`);
        this.retry();
      });
    }, RETRY_MS).unref();
  }
}
