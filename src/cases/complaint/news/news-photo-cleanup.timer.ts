import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Cron } from 'croner';
import type pg from 'pg';
import { CLOCK, OWNER_POOL } from '../../../database/database.module.js';
import type { Clock } from '../../../shared/clock.js';
import { errorLogLine } from '../../../shared/error-log-line.js';
import { NewsPhotoStore } from './news-photo-store.js';
import { deleteStaleUploads, UNPOSTED_PHOTO_RETENTION_MS } from './news-photo-uploads.js';

const logger = new Logger('NewsPhotoCleanup');
/** Every hour at :40, Asia/Bangkok; each replica runs it, the photos' locks keep them from deleting one twice. */
const EVERY_HOUR = '40 * * * *';

/** Deletes the photos uploaded more than UNPOSTED_PHOTO_RETENTION_MS ago (by the service's clock) that no posted news names. */
@Injectable()
export class NewsPhotoCleanupTimer implements OnApplicationBootstrap, OnApplicationShutdown {
  private job?: Cron;
  private running: Promise<number> = Promise.resolve(0);

  constructor(
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NewsPhotoStore) private readonly store: NewsPhotoStore,
  ) {}

  onApplicationBootstrap(): void {
    this.job = new Cron(EVERY_HOUR, { timezone: 'Asia/Bangkok', unref: true }, () => void this.run());
  }

  async onApplicationShutdown(): Promise<void> {
    this.job?.stop();
    await this.running;
  }

  /** One pass, after the previous one; the number of photos deleted (logged when any). */
  run(): Promise<number> {
    this.running = this.running.then(async () => {
      const before = new Date(this.clock.now().getTime() - UNPOSTED_PHOTO_RETENTION_MS);
      const deleted = await deleteStaleUploads(this.pool, before, (photoId) => this.store.remove(photoId));
      if (deleted > 0) logger.log(`${deleted} unposted news photo(s) deleted`);
      return deleted;
    }).catch((error) => {
      logger.error(`news photo cleanup failed: ${errorLogLine(error)}`);
      return 0;
    });
    return this.running;
  }
}
