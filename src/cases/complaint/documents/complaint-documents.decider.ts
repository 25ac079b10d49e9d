import { parseInstant } from '../../../shared/date-input.js';
import { optionalText, requireText } from '../../../shared/text-input.js';
import { complaintErrors } from '../complaint-errors.js';
import { parseOffice, sameOffice } from '../complaint-office.js';
import type { ReceivedComplaint } from '../complaint-state.js';
import type { ComplaintEvent } from '../complaint.events.js';
import { documentErrors } from './complaint-document-errors.js';
import type {
  AttachComplaintDocument, ComplaintDocumentCommand, RecordComplaintDocumentText, RecordComplaintDocumentUnread,
} from './complaint-documents.commands.js';
import { COMPLAINT_DOCUMENT_TYPES, type ComplaintDocumentPageText } from './complaint-documents.events.js';

/**
 * The documents of a received complaint. The owning office attaches (not once the complaint is closed); the OCR
 * worker records each document's text, or why there is none, once: a second reading of the same document (a worker
 * that crashed after appending) decides nothing. Pure.
 */
export const DOCUMENT_ID = /^[0-9a-f]{64}$/;
const REASON_MAX = 1_000;

export function decideOnDocuments(command: ComplaintDocumentCommand, state: ReceivedComplaint): ComplaintEvent[] {
  if (command.actingTeam) throw complaintErrors.teamRecordsProgressOnly();
  switch (command.type) {
    case 'AttachComplaintDocument': return attach(command, state);
    case 'RecordComplaintDocumentText': return recordText(command, state);
    case 'RecordComplaintDocumentUnread': return recordUnread(command, state);
  }
}

function attach(command: AttachComplaintDocument, state: ReceivedComplaint): ComplaintEvent[] {
  if (state.status === 'CLOSED') throw complaintErrors.closed();
  const at = parseInstant(command.at, 'at');
  const by = parseOffice(command.actingOffice, 'actingOffice');
  if (!sameOffice(by, state.owningOffice)) throw complaintErrors.notOwner();
  const { document, limits } = command;
  if (typeof document?.documentId !== 'string' || !DOCUMENT_ID.test(document.documentId)) throw documentErrors.notUploaded('documentId');
  if (state.documents[document.documentId]) throw documentErrors.alreadyAttached();
  if (!(COMPLAINT_DOCUMENT_TYPES as readonly string[]).includes(document.contentType)) throw documentErrors.unsupportedType();
  if (!Number.isSafeInteger(document.size) || document.size <= 0) throw documentErrors.empty();
  if (document.size > limits.maxBytes) throw documentErrors.tooLarge(limits.maxBytes);
  if (!Number.isSafeInteger(document.pages) || document.pages < 1) throw documentErrors.unreadable();
  if (document.pages > limits.maxPages) throw documentErrors.tooManyPages(limits.maxPages);
  const fileName = optionalText(document.fileName, 'fileName', 255);
  if (typeof document.sealedUnder !== 'string' || document.sealedUnder === '') throw documentErrors.notUploaded('documentId');
  const { documentId, contentType, size, pages, sealedUnder } = document;
  return [{ type: 'ComplaintDocumentAttached', data: { complaintId: state.complaintId, documentId, contentType, size, pages, fileName, sealedUnder, at, by } }];
}

/** The document the worker read, if it has no text yet; undefined when it has (nothing to record). */
function unreadDocument(documentId: string, state: ReceivedComplaint) {
  const document = state.documents[documentId];
  if (!document) throw documentErrors.notAttached('documentId');
  return document.text === 'PENDING' ? document : undefined;
}

function recordText(command: RecordComplaintDocumentText, state: ReceivedComplaint): ComplaintEvent[] {
  const at = parseInstant(command.at, 'at');
  const document = unreadDocument(command.documentId, state);
  if (!document) return [];
  const engine = requireText(command.engine, 'engine', 200);
  const pages = command.pages.map((page, i) => pageText(page, i, document.pages));
  return [{ type: 'ComplaintDocumentTextRead', data: { complaintId: state.complaintId, documentId: command.documentId, engine, pages, at } }];
}

/** Page numbers run 1, 2, … within the document; text as read (lines kept), confidence 0–100 or null. */
function pageText(page: ComplaintDocumentPageText, index: number, pages: number): ComplaintDocumentPageText {
  const field = `pages.${index}`;
  if (!Number.isSafeInteger(page.page) || page.page < 1 || page.page > pages) throw complaintErrors.required(`${field}.page`);
  const confidence = page.confidence === null ? null : Math.min(100, Math.max(0, Number(page.confidence)));
  if (confidence !== null && !Number.isFinite(confidence)) throw complaintErrors.required(`${field}.confidence`);
  return { page: page.page, text: String(page.text ?? ''), confidence };
}

function recordUnread(command: RecordComplaintDocumentUnread, state: ReceivedComplaint): ComplaintEvent[] {
  const at = parseInstant(command.at, 'at');
  if (!unreadDocument(command.documentId, state)) return [];
  const reason = requireText(command.reason, 'reason', REASON_MAX);
  return [{ type: 'ComplaintDocumentTextUnread', data: { complaintId: state.complaintId, documentId: command.documentId, reason, at } }];
}
