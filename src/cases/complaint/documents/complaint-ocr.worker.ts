import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type pg from 'pg';
import type { AppConfig, OcrConfig } from '../../../config/config.js';
import { APP_CONFIG, CLOCK, OWNER_POOL } from '../../../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../../eventstore/event-store.port.js';
import type { Clock } from '../../../shared/clock.js';
import { foldRecorded } from '../../../shared/decider.js';
import { errorLogLine } from '../../../shared/error-log-line.js';
import { complaintStreamId } from '../complaint.command-handlers.js';
import { complaintDecider } from '../complaint.decider.js';
import { ComplaintDocumentStore } from './complaint-document-store.js';
import { ComplaintDocumentCommandHandlers } from './complaint-documents.command-handlers.js';
import { claimOcrJob, finishOcrJob, releaseOcrJob, type OcrJob } from './complaint-ocr-queue.js';
import { detectOcr, readPages, type OcrAvailability } from './tesseract-ocr.js';

const logger = new Logger('ComplaintOcr');
/** A job whose attachment is not in the log this long after it was queued belongs to an attachment never stored. */
const ORPHAN_AFTER_MS = 60 * 60_000;

/**
 * The OCR worker: every replica runs one; each takes one job at a time from the queue in PostgreSQL (claimed FOR
 * UPDATE SKIP LOCKED, so none is taken twice; one left WORKING past OCR_LEASE_MS by a stopped worker is taken
 * again), reads the document with tesseract (tha+eng) from the store (from a temporary copy when it is sealed or on S3) and
 * records its text per page, or after OCR_MAX_ATTEMPTS why there is none, as `system:ocr`. Without tesseract or its Thai, it says why once and leaves the queue waiting.
 */
@Injectable()
export class ComplaintOcrWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private availability?: Promise<OcrAvailability>;
  private readonly enabled: boolean;
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly settings: OcrConfig;

  constructor(
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ComplaintDocumentStore) private readonly documents: ComplaintDocumentStore,
    @Inject(ComplaintDocumentCommandHandlers) private readonly handlers: ComplaintDocumentCommandHandlers,
  ) {
    this.settings = config.ocr;
    this.enabled = config.ocr.enabled;
  }

  /** Whether OCR runs here, and the engine or the reason it does not. */
  status(): Promise<OcrAvailability> {
    this.availability ??= detectOcr(this.enabled);
    return this.availability;
  }

  /** Starts once tesseract has been looked for, without holding up the service's start. */
  onApplicationBootstrap(): void {
    setImmediate(() => void this.start());
  }

  private async start(): Promise<void> {
    const availability = await this.status();
    if (this.stopped) return;
    if (!availability.enabled) {
      logger.warn(`OCR is off, documents are kept unread: ${availability.reason}`);
      return;
    }
    if (availability.pdfReason) logger.warn(availability.pdfReason);
    this.timer = setInterval(() => void this.drain(), this.settings.pollMs);
    this.timer.unref();
    void this.drain();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Works jobs until none is due, after the previous pass; without an engine it claims none, leaving them to a replica that reads. */
  drain(): Promise<void> {
    this.running = this.running.then(async () => {
      const availability = await this.status();
      while (!this.stopped && availability.enabled) {
        const job = await claimOcrJob(this.pool, this.clock.now(), this.settings.leaseMs);
        if (!job) return;
        await this.work(job, availability);
      }
    }).catch((error) => logger.error(`OCR queue: ${errorLogLine(error)}`));
    return this.running;
  }

  private async work(job: OcrJob, availability: Extract<OcrAvailability, { enabled: true }>): Promise<void> {
    const { state } = foldRecorded(complaintDecider, await this.store.readStream(complaintStreamId(job.complaintId)));
    const attached = state.status === null ? undefined : state.documents[job.documentId];
    const now = this.clock.now();
    if (!attached) {
      if (now.getTime() - job.enqueuedAt.getTime() > ORPHAN_AFTER_MS) await finishOcrJob(this.pool, job, 'FAILED', now, 'the attachment was never stored');
      else await releaseOcrJob(this.pool, job, new Date(now.getTime() + this.settings.pollMs * 10), null);
      return;
    }
    if (attached.text !== 'PENDING') return finishOcrJob(this.pool, job, 'DONE', now);
    if (job.attempts > this.settings.maxAttempts) {
      return this.unread(job, `OCR stopped on this document ${job.attempts - 1} times / อ่านข้อความไม่สำเร็จ ${job.attempts - 1} ครั้ง`);
    }
    if (attached.contentType === 'application/pdf' && !availability.pdf) return this.unread(job, availability.pdfReason ?? 'pdftoppm missing');
    try {
      const document = { documentId: job.documentId, sealedUnder: attached.sealedUnder };
      const pages = await this.documents.withLocalFile(job.complaintId, document, (file) => readPages(file, attached.contentType, this.settings.timeoutMs));
      if (pages === 'MISSING') return this.unread(job, 'the document\'s file is missing from the store / ไม่พบไฟล์เอกสาร');
      if (pages === 'ERASED') return this.unread(job, 'the document was erased with the complaint\'s keys (PDPA) / เอกสารถูกลบตามกฎหมายคุ้มครองข้อมูลส่วนบุคคล');
      await this.handlers.recordOcr(job.complaintId, { type: 'RecordComplaintDocumentText', at: this.clock.now().toISOString(), documentId: job.documentId, engine: availability.engine, pages });
      await finishOcrJob(this.pool, job, 'DONE', this.clock.now());
    } catch (error) {
      const reason = errorLogLine(error).slice(0, 500);
      logger.warn(`OCR of document ${job.documentId} (complaint ${job.complaintId}), attempt ${job.attempts}: ${reason}`);
      if (job.attempts >= this.settings.maxAttempts) return this.unread(job, `tesseract could not read it: ${reason} / อ่านข้อความไม่ได้`);
      await releaseOcrJob(this.pool, job, new Date(this.clock.now().getTime() + this.settings.pollMs * 2 ** job.attempts), reason);
    }
  }

  private async unread(job: OcrJob, reason: string): Promise<void> {
    await this.handlers.recordOcr(job.complaintId, { type: 'RecordComplaintDocumentUnread', at: this.clock.now().toISOString(), documentId: job.documentId, reason });
    await finishOcrJob(this.pool, job, 'FAILED', this.clock.now(), reason);
  }
}
