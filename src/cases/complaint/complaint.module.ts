import { Module } from '@nestjs/common';
import type { AppConfig } from '../../config/config.js';
import type pg from 'pg';
import { APP_CONFIG, OWNER_POOL } from '../../database/database.module.js';
import { Keyring } from '../../personal-data/keys/keyring.js';
import type { BlobStore } from '../../storage/blob-store.js';
import { BLOB_STORE, openBlobStore } from '../../storage/open-blob-store.js';
import { ComplaintCommandHandlers } from './complaint.command-handlers.js';
import { ComplaintResolver } from './complaint.resolver.js';
import { ComplaintCategoriesResolver } from './categories/complaint-categories.resolver.js';
import { ComplaintDetailResolver } from './detail/complaint-detail.resolver.js';
import { ComplaintDuplicateCheck } from './duplicates/complaint-duplicate-check.js';
import { ComplaintDuplicateCheckResolver } from './duplicates/complaint-duplicate-check.resolver.js';
import { ComplaintDocumentCleanupTimer } from './documents/complaint-document-cleanup.timer.js';
import { ComplaintDocumentStore, DOCUMENTS, documentKey } from './documents/complaint-document-store.js';
import { ComplaintDocumentCommandHandlers } from './documents/complaint-documents.command-handlers.js';
import { ComplaintDocumentsController } from './documents/complaint-documents.controller.js';
import { ComplaintDocumentsResolver } from './documents/complaint-documents.resolver.js';
import { ComplaintOcrWorker } from './documents/complaint-ocr.worker.js';
import { DistrictNewsResolver } from './news/district-news.resolver.js';
import { NewsPhotoCleanupTimer } from './news/news-photo-cleanup.timer.js';
import { NewsPhotoStore, PHOTOS, photoKey } from './news/news-photo-store.js';
import { NewsPhotosController } from './news/news-photos.controller.js';

/**
 * The complaint case type: its commands through the CommandBus, its GraphQL mutations, the duplicate check before
 * receiving, the categories, complaints read back whole and their history, their scanned documents (read by the OCR worker,
 * unattached ones kept for a day), and the district news with its photos (unposted ones kept for a day), both in the
 * store DOCUMENT_STORE names: the data folder or an S3-compatible bucket, sealed once attached or posted.
 */
@Module({
  controllers: [NewsPhotosController, ComplaintDocumentsController],
  exports: [ComplaintDocumentStore],
  providers: [
    ComplaintCommandHandlers,
    ComplaintDuplicateCheck,
    ComplaintResolver,
    ComplaintDetailResolver,
    ComplaintDuplicateCheckResolver,
    ComplaintCategoriesResolver,
    DistrictNewsResolver,
    NewsPhotoCleanupTimer,
    ComplaintDocumentCommandHandlers,
    ComplaintDocumentsResolver,
    ComplaintOcrWorker,
    ComplaintDocumentCleanupTimer,
    {
      provide: BLOB_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => openBlobStore(config, { [DOCUMENTS]: documentKey, [PHOTOS]: photoKey }),
    },
    {
      provide: ComplaintDocumentStore,
      inject: [APP_CONFIG, BLOB_STORE, Keyring, OWNER_POOL],
      useFactory: (config: AppConfig, blobs: BlobStore, keyring: Keyring, pool: pg.Pool) => new ComplaintDocumentStore(blobs, config.documents, keyring, pool),
    },
    {
      provide: NewsPhotoStore,
      inject: [BLOB_STORE, Keyring, OWNER_POOL],
      useFactory: (blobs: BlobStore, keyring: Keyring, pool: pg.Pool) => new NewsPhotoStore(blobs, keyring, pool),
    },
  ],
})
export class ComplaintModule {}
