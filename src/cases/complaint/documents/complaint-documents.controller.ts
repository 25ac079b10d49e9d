import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Controller, Get, HttpException, HttpStatus, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import type pg from 'pg';
import type { AppConfig } from '../../../config/config.js';
import { APP_CONFIG, CLOCK, OWNER_POOL } from '../../../database/database.module.js';
import { currentRequestScope } from '../../../database/request-scope.js';
import { EVENT_STORE, type EventStore } from '../../../eventstore/event-store.port.js';
import { notePersonalRead } from '../../../identity/read-log/personal-data-reads.js';
import { CurrentStaff, Requires } from '../../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../../identity/sessions/staff-context.js';
import { coversOffice, mayWorkCases } from '../../../identity/scope/staff-authority.js';
import type { Clock } from '../../../shared/clock.js';
import { foldRecorded } from '../../../shared/decider.js';
import { DomainError } from '../../../shared/domain-error.js';
import { complaintStreamId } from '../complaint.command-handlers.js';
import { complaintDecider } from '../complaint.decider.js';
import { documentErrors } from './complaint-document-errors.js';
import { ComplaintDocumentStore, type StoredDocument } from './complaint-document-store.js';
import { recordDocumentUpload } from './complaint-document-uploads.js';

const STATUS: Record<string, HttpStatus> = {
  COMPLAINT_DOCUMENT_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  COMPLAINT_DOCUMENT_TYPE_UNSUPPORTED: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  COMPLAINT_DOCUMENT_NOT_FOUND: HttpStatus.NOT_FOUND,
};

/** Nest answers an HttpException itself: a refusal as JSON with its code, Thai and English text and field. */
function asHttp(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  return new HttpException(
    { code: error.code, messageTh: error.messageTh, messageEn: error.messageEn, field: error.field ?? null },
    STATUS[error.code] ?? HttpStatus.BAD_REQUEST,
  );
}

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw documentErrors.tooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Scanned documents over plain HTTP. POST /complaint-documents with the file as the body (any Content-Type: the bytes
 * decide, PDF, JPEG, PNG or TIFF) by an account that works cases answers its documentId, type, size and pages for
 * attachComplaintDocument; nothing is kept of a refused file. GET /complaint-documents/<complaintId>/<documentId>
 * serves a document attached to a complaint of the reader's area (`?download=1`: as a download), the read written
 * to the personal-data read log before the file is sent; anything else answers 404, as if there were none.
 */
@Controller('complaint-documents')
export class ComplaintDocumentsController {
  constructor(
    @Inject(ComplaintDocumentStore) private readonly documents: ComplaintDocumentStore,
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Requires(mayWorkCases)
  @Post()
  async upload(@CurrentStaff() staff: SignedInStaff, @Req() request: IncomingMessage): Promise<StoredDocument> {
    try {
      const document = await this.documents.save(await readBody(request, this.config.documents.maxBytes));
      await recordDocumentUpload(this.pool, document, staff.officeKey, this.clock.now());
      return document;
    } catch (error) {
      throw asHttp(error);
    }
  }

  @Get(':complaintId/:documentId')
  async download(
    @CurrentStaff() staff: SignedInStaff, @Param('complaintId') complaintId: string, @Param('documentId') documentId: string,
    @Query('download') download: string | undefined, @Res() response: ServerResponse,
  ): Promise<void> {
    const { state } = foldRecorded(complaintDecider, await this.store.readStream(complaintStreamId(complaintId)));
    const inArea = state.status !== null && coversOffice(staff, { kind: state.owningOffice.level, code: state.owningOffice.code });
    const file = inArea && state.documents[documentId] ? await this.documents.find(documentId) : undefined;
    if (!file) throw asHttp(documentErrors.notAttached('documentId'));
    notePersonalRead('complaint', complaintId, [`documents.${documentId}`]);
    await currentRequestScope()?.finish();
    const name = `document-${documentId.slice(0, 12)}.${file.file.split('.').pop()}`;
    response.writeHead(200, {
      'content-type': file.contentType,
      'content-length': file.size,
      'content-disposition': `${download ? 'attachment' : 'inline'}; filename="${name}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
    createReadStream(file.file).pipe(response);
  }
}
