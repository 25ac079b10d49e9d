import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Cron } from 'croner';
import type pg from 'pg';
import { CLOCK, OWNER_POOL } from '../../../database/database.module.js';
import type { Clock } from '../../../shared/clock.js';
import { errorLogLine } from '../../../shared/error-log-line.js';
import { ComplaintDocumentStore } from './complaint-document-store.js';
import { deleteUnattachedUploads, UNATTACHED_DOCUMENT_RETENTION_MS } from './complaint-document-uploads.js';

const logger = new Logger('ComplaintDocumentCleanup');
/** Every hour at :50, Asia/Bangkok; each replica runs it, the documents' locks keep them from deleting one twice. */
const EVERY_HOUR = '50 * * * *';

/** Deletes the documents uploaded more than UNATTACHED_DOCUMENT_RETENTION_MS ago (by the service's clock) that no complaint has taken. */
@Injectable()
export class ComplaintDocumentCleanupTimer implements OnApplicationBootstrap, OnApplicationShutdown {
  private job?: Cron;
  private running: Promise<number> = Promise.resolve(0);

  constructor(
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ComplaintDocumentStore) private readonly documents: ComplaintDocumentStore,
  ) {}

  onApplicationBootstrap(): void {
    this.job = new Cron(EVERY_HOUR, { timezone: 'Asia/Bangkok', unref: true }, () => void this.run());
  }

  async onApplicationShutdown(): Promise<void> {
    this.job?.stop();
    await this.running;
  }

  /** One pass, after the previous one; the number of documents deleted (logged when any). */
  run(): Promise<number> {
    this.running = this.running.then(async () => {
      const before = new Date(this.clock.now().getTime() - UNATTACHED_DOCUMENT_RETENTION_MS);
      const deleted = await deleteUnattachedUploads(this.pool, before, (documentId) => this.documents.remove(documentId));
      if (deleted > 0) logger.log(`${deleted} unattached complaint document(s) deleted`);
      return deleted;
    }).catch((error) => {
      logger.error(`complaint document cleanup failed: ${errorLogLine(error)}`);
      return 0;
    });
    return this.running;
  }
}
