import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { CLOCK, OWNER_POOL } from '../../../database/database.module.js';
import type { Clock } from '../../../shared/clock.js';
import { UploadCleanupTimer } from '../../../storage/upload-cleanup.timer.js';
import { NewsPhotoStore } from './news-photo-store.js';
import { deleteStaleUploads, UNPOSTED_PHOTO_RETENTION_MS } from './news-photo-uploads.js';

/** Deletes, every hour at :40, the uploads of photos uploaded last more than UNPOSTED_PHOTO_RETENTION_MS ago, and their plain bytes. */
@Injectable()
export class NewsPhotoCleanupTimer extends UploadCleanupTimer {
  constructor(@Inject(OWNER_POOL) pool: pg.Pool, @Inject(CLOCK) clock: Clock, @Inject(NewsPhotoStore) photos: NewsPhotoStore) {
    super(clock, { what: 'news photo', untaken: 'unposted', minute: 40, retentionMs: UNPOSTED_PHOTO_RETENTION_MS }, (before) =>
      deleteStaleUploads(pool, before, (photoId) => photos.remove(photoId)));
  }
}
