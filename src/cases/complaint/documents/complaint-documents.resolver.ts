import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { OWNER_POOL } from '../../../database/database.module.js';
import { CurrentStaff, Requires } from '../../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../../identity/sessions/staff-context.js';
import { mayWorkCases } from '../../../identity/scope/staff-authority.js';
import { toChange } from '../complaint.resolver.js';
import { ComplaintChange } from '../complaint.types.js';
import { ComplaintDocumentCommandHandlers } from './complaint-documents.command-handlers.js';
import { AttachComplaintDocumentInput, ComplaintOcrQueueObject } from './complaint-documents.types.js';
import { ocrQueueCounts } from './complaint-ocr-queue.js';
import { ComplaintOcrWorker } from './complaint-ocr.worker.js';

/** Attaching a scanned document to a complaint, and the OCR queue's standing. */
@Resolver()
export class ComplaintDocumentsResolver {
  constructor(
    @Inject(ComplaintDocumentCommandHandlers) private readonly handlers: ComplaintDocumentCommandHandlers,
    @Inject(ComplaintOcrWorker) private readonly worker: ComplaintOcrWorker,
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
  ) {}

  @Requires(mayWorkCases)
  @Mutation(() => ComplaintChange, { description: 'แนบเอกสาร: attaches a document your office uploaded to a complaint it owns; OCR reads it later' })
  async attachComplaintDocument(@CurrentStaff() staff: SignedInStaff, @Args('input') input: AttachComplaintDocumentInput): Promise<ComplaintChange> {
    const { commandId, ...details } = input;
    return toChange(await this.handlers.attach(staff, details, commandId));
  }

  @Query(() => ComplaintOcrQueueObject, { nullable: true, description: 'The OCR queue: documents waiting, being read, done and failed; why OCR is off if it is' })
  async complaintOcrQueue(): Promise<ComplaintOcrQueueObject> {
    const [counts, status] = await Promise.all([ocrQueueCounts(this.pool), this.worker.status()]);
    return status.enabled
      ? { ...counts, enabled: true, engine: status.engine, offReason: status.pdfReason }
      : { ...counts, enabled: false, engine: null, offReason: status.reason };
  }
}
