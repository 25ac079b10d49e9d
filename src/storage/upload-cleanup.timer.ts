import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Cron } from 'croner';
import type { Clock } from '../shared/clock.js';
import { errorLogLine } from '../shared/error-log-line.js';

/** What differs between two kinds of upload's cleanup; the rest (the hourly pass, one at a time, its log) is the same. */
export interface UploadCleanup {
  /** What is uploaded, as the log names it: `news photo` (its logger is then `NewsPhotoCleanup`). */
  what: string;
  /** What an upload it deletes was not: `unposted`. */
  untaken: string;
  /** The minute of every hour it runs at (Asia/Bangkok), so that two cleanups do not run together. */
  minute: number;
  /** How long an upload that nothing took is kept, by the service's clock. */
  retentionMs: number;
}

/**
 * Deletes every hour the uploads that nothing took within their retention (and, by the same pass, the filer sessions
 * that are over: FilerSessionPurgeTimer). Each replica runs it; the uploads' locks
 * keep them from deleting one twice. A kind of upload extends it with its UploadCleanup and its deletion: each upload
 * made last before a time that nothing took, under its lock; how many it deleted.
 */
export abstract class UploadCleanupTimer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger: Logger;
  private job?: Cron;
  private running: Promise<number> = Promise.resolve(0);

  protected constructor(
    private readonly clock: Clock,
    private readonly cleanup: UploadCleanup,
    private readonly deleteBefore: (before: Date) => Promise<number>,
  ) {
    this.logger = new Logger(`${cleanup.what.replace(/(?:^|\s+)(\p{L})/gu, (_, letter: string) => letter.toUpperCase())}Cleanup`);
  }

  onApplicationBootstrap(): void {
    this.job = new Cron(`${this.cleanup.minute} * * * *`, { timezone: 'Asia/Bangkok', unref: true }, () => void this.run());
  }

  async onApplicationShutdown(): Promise<void> {
    this.job?.stop();
    await this.running;
  }

  /** One pass, after the previous one; how many it deleted (logged when any). */
  run(): Promise<number> {
    this.running = this.running.then(async () => {
      const deleted = await this.deleteBefore(new Date(this.clock.now().getTime() - this.cleanup.retentionMs));
      if (deleted > 0) this.logger.log(`${deleted} ${this.cleanup.untaken} ${this.cleanup.what}(s) deleted`);
      return deleted;
    }).catch((error) => {
      this.logger.error(`${this.cleanup.what} cleanup failed: ${errorLogLine(error)}`);
      return 0;
    });
    return this.running;
  }
}
