import path from 'node:path';
import { Module } from '@nestjs/common';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../database/database.module.js';
import { ComplaintCommandHandlers } from './complaint.command-handlers.js';
import { ComplaintResolver } from './complaint.resolver.js';
import { ComplaintCategoriesResolver } from './complaint-categories.resolver.js';
import { ComplaintDetailResolver } from './complaint-detail.resolver.js';
import { ComplaintDuplicateCheck } from './complaint-duplicate-check.js';
import { ComplaintDuplicateCheckResolver } from './complaint-duplicate-check.resolver.js';
import { ComplaintDocumentStore } from './documents/complaint-document-store.js';
import { ComplaintDocumentCommandHandlers } from './documents/complaint-documents.command-handlers.js';
import { ComplaintDocumentsController } from './documents/complaint-documents.controller.js';
import { ComplaintDocumentsResolver } from './documents/complaint-documents.resolver.js';
import { ComplaintOcrWorker } from './documents/complaint-ocr.worker.js';
import { DistrictNewsResolver } from './news/district-news.resolver.js';
import { NewsPhotoCleanupTimer } from './news/news-photo-cleanup.timer.js';
import { NewsPhotoStore } from './news/news-photo-store.js';
import { NewsPhotosController } from './news/news-photos.controller.js';

/**
 * The complaint case type: its commands through the CommandBus, its GraphQL mutations, the duplicate check before
 * receiving, the categories, complaints read back whole and their history, their scanned documents (kept under the data
 * folder, read by the OCR worker), and the district news with its photos kept under the data folder (unposted ones for a day).
 */
@Module({
  controllers: [NewsPhotosController, ComplaintDocumentsController],
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
    {
      provide: ComplaintDocumentStore,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new ComplaintDocumentStore(path.join(config.dataDir, 'complaint-documents'), config.documents),
    },
    {
      provide: NewsPhotoStore,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new NewsPhotoStore(path.join(config.dataDir, 'news-photos')),
    },
  ],
})
export class ComplaintModule {}
