import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { CLOCK, OWNER_POOL } from '../../../database/database.module.js';
import type { Clock } from '../../../shared/clock.js';
import { UploadCleanupTimer } from '../../../storage/upload-cleanup.timer.js';
import { ComplaintDocumentStore } from './complaint-document-store.js';
import { deleteUnattachedUploads, UNATTACHED_DOCUMENT_RETENTION_MS } from './complaint-document-uploads.js';

/** Deletes, every hour at :50, the documents uploaded more than UNATTACHED_DOCUMENT_RETENTION_MS ago that no complaint has taken. */
@Injectable()
export class ComplaintDocumentCleanupTimer extends UploadCleanupTimer {
  constructor(@Inject(OWNER_POOL) pool: pg.Pool, @Inject(CLOCK) clock: Clock, @Inject(ComplaintDocumentStore) documents: ComplaintDocumentStore) {
    super(clock, { what: 'complaint document', untaken: 'unattached', minute: 50, retentionMs: UNATTACHED_DOCUMENT_RETENTION_MS }, (before) =>
      deleteUnattachedUploads(pool, before, (documentId) => documents.remove(documentId)));
  }
}
