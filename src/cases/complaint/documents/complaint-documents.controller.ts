import type { IncomingMessage, ServerResponse } from 'node:http';
import { Controller, Get, HttpStatus, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
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
import { readUpload, refusalAsHttp, sendBlob } from '../../../storage/blob-http.js';
import { complaintStreamId } from '../complaint.command-handlers.js';
import { complaintDecider } from '../complaint.decider.js';
import { documentErrors } from './complaint-document-errors.js';
import { ComplaintDocumentStore, inspectDocument, type StoredDocument } from './complaint-document-store.js';
import { recordDocumentUpload } from './complaint-document-uploads.js';
import type { ComplaintDocumentType } from './complaint-documents.events.js';

const STATUS: Record<string, HttpStatus> = {
  COMPLAINT_DOCUMENT_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  COMPLAINT_DOCUMENT_TYPE_UNSUPPORTED: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  COMPLAINT_DOCUMENT_NOT_FOUND: HttpStatus.NOT_FOUND,
  COMPLAINT_DOCUMENT_ERASED: HttpStatus.GONE,
};
const asHttp = (error: unknown) => refusalAsHttp(error, (code) => STATUS[code] ?? HttpStatus.BAD_REQUEST);
const EXTENSION: Record<ComplaintDocumentType, string> = {
  'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png', 'image/tiff': 'tif',
};

/**
 * Scanned documents over plain HTTP. POST /complaint-documents with the file as the body (any Content-Type: the bytes
 * decide, PDF, JPEG, PNG or TIFF) by an account that works cases answers its documentId, type, size and pages for
 * attachComplaintDocument; nothing is kept of a refused file. GET /complaint-documents/<complaintId>/<documentId>
 * serves a document attached to a complaint of the reader's area (`?download=1`: as a download), the read written
 * to the personal-data read log before the file is sent, opened from the complaint's sealed copy; one erased with the
 * complaint's keys (PDPA) answers 410 COMPLAINT_DOCUMENT_ERASED; anything else answers 404, as if there were none.
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
      const { maxBytes } = this.config.documents;
      const bytes = await readUpload(request, maxBytes, () => documentErrors.tooLarge(maxBytes));
      const document = inspectDocument(bytes, this.documents.limits);
      await recordDocumentUpload(this.pool, document, staff.officeKey, this.clock.now(), () => this.documents.keep(document, bytes));
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
    const attached = inArea ? state.documents[documentId] : undefined;
    const opened = attached ? await this.documents.open(complaintId, { documentId, sealedUnder: attached.sealedUnder }) : undefined;
    if (opened?.state === 'ERASED') throw asHttp(documentErrors.erased());
    if (!attached || opened?.state !== 'STORED') throw asHttp(documentErrors.notAttached('documentId'));
    const file = opened.blob;
    try {
      notePersonalRead('complaint', complaintId, [`documents.${documentId}`]);
      await currentRequestScope()?.finish();
    } catch (error) {
      file.body.destroy();
      throw error;
    }
    const name = `document-${documentId.slice(0, 12)}.${EXTENSION[attached.contentType]}`;
    sendBlob(response, file, {
      'content-type': attached.contentType,
      'content-disposition': `${download ? 'attachment' : 'inline'}; filename="${name}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
  }
}
