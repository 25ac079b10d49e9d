import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type pg from 'pg';
import type { AppConfig } from '../../../config/config.js';
import { APP_CONFIG, CLOCK, OWNER_POOL } from '../../../database/database.module.js';
import { CaseCommand } from '../../../eventstore/case-command.js';
import { commandContextFor, type SignedInStaff } from '../../../identity/sessions/staff-context.js';
import type { Clock } from '../../../shared/clock.js';
import { actingOfficeOf, complaintAccess, complaintStreamId, type ComplaintResult } from '../complaint.command-handlers.js';
import { actingTeamOf } from '../complaint-readers.js';
import { complaintDecider } from '../complaint.decider.js';
import { documentErrors } from './complaint-document-errors.js';
import { ComplaintDocumentStore } from './complaint-document-store.js';
import { claimUpload, takeUpload } from './complaint-document-uploads.js';
import type { ComplaintDocumentCommand } from './complaint-documents.commands.js';
import { DOCUMENT_ID } from './complaint-documents.decider.js';
import { enqueueOcr, withdrawOcr } from './complaint-ocr-queue.js';

export interface AttachDocumentDetails {
  complaintId: string;
  documentId: string;
  fileName?: string | null;
}

/** The actor the OCR worker's facts are recorded under. */
export const OCR_ACTOR = 'system:ocr';

/**
 * Attaches an uploaded document to a complaint: the document must be one the account's office uploaded (what its
 * bytes are comes from the upload, never from the request). Its OCR job and the complaint's sealed copy of the bytes
 * are written before the attachment is appended, so no attachment is ever without them (those of a refused attachment
 * are taken back; those of a crash in between are dropped by the worker, which finds no attachment, and by nothing,
 * a copy nothing names). Once appended, the office's upload is taken and its plain bytes removed when every upload of
 * them is taken. Also sends the OCR worker's commands, as `system:ocr`.
 */
@Injectable()
export class ComplaintDocumentCommandHandlers {
  constructor(
    @Inject(CommandBus) private readonly bus: CommandBus,
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ComplaintDocumentStore) private readonly documents: ComplaintDocumentStore,
  ) {}

  async attach(staff: SignedInStaff, details: AttachDocumentDetails, clientCommandId?: string | null): Promise<ComplaintResult> {
    const context = commandContextFor(staff, clientCommandId, { type: 'AttachComplaintDocument', ...details });
    const documentId = String(details.documentId ?? '').trim().toLowerCase();
    const now = this.clock.now();
    const upload = DOCUMENT_ID.test(documentId) ? await claimUpload(this.pool, documentId, staff.officeKey, now) : undefined;
    if (!upload) throw documentErrors.notUploaded('documentId');
    const complaintId = String(details.complaintId ?? '').trim();
    const enqueued = await enqueueOcr(this.pool, complaintId, documentId, now);
    let sealed: { keyId: string; wrote: boolean } | undefined;
    let result: ComplaintResult;
    try {
      sealed = await this.documents.sealFor(complaintId, documentId);
      if (!sealed) throw documentErrors.notUploaded('documentId');
      const command: ComplaintDocumentCommand = {
        type: 'AttachComplaintDocument', at: now.toISOString(), actingOffice: actingOfficeOf(staff), actingTeam: actingTeamOf(staff),
        limits: this.config.documents,
        document: { ...upload, fileName: details.fileName ?? null, sealedUnder: sealed.keyId },
      };
      result = await this.bus.execute(new CaseCommand(complaintStreamId(complaintId), complaintDecider, command, context, complaintAccess(staff)));
    } catch (error) {
      if (enqueued) await withdrawOcr(this.pool, complaintId, documentId);
      if (sealed?.wrote) await this.documents.removeSealed(complaintId, documentId);
      throw error;
    }
    await takeUpload(this.pool, documentId, staff.officeKey, now, (id) => this.documents.remove(id));
    return result;
  }

  /** The OCR worker's reading (or why there is none), recorded once: a second one decides nothing. */
  async recordOcr(complaintId: string, command: Extract<ComplaintDocumentCommand, { type: 'RecordComplaintDocumentText' | 'RecordComplaintDocumentUnread' }>): Promise<ComplaintResult> {
    const context = { commandId: `ocr:${randomUUID()}`, actor: OCR_ACTOR };
    return this.bus.execute(new CaseCommand(complaintStreamId(complaintId), complaintDecider, command, context));
  }
}
