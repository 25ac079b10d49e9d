import type { Office } from '../complaint-office.js';
import type { ComplaintDocumentPageText, ComplaintDocumentType } from './complaint-documents.events.js';

/**
 * Commands on a complaint's scanned documents. The handler fills in what only the server knows: `at` (the clock),
 * the acting office, and what the stored bytes are (type sniffed, size, pages counted), never the sender's word.
 */

/** แนบเอกสาร: the owning office attaches a document uploaded before (POST /complaint-documents). */
export interface AttachComplaintDocument {
  type: 'AttachComplaintDocument';
  at: string;
  actingOffice: Office;
  /** A tambon team's subdistrict when one of its members sends it: refused, a team records progress only. */
  actingTeam?: string | null;
  document: {
    documentId: string;
    contentType: ComplaintDocumentType;
    size: number;
    pages: number;
    fileName?: string | null;
    /** The key its copy was sealed under by the handler, before the attachment is decided. */
    sealedUnder: string;
  };
  /** The limits in force (config): the decider refuses a document over them. */
  limits: { maxBytes: number; maxPages: number };
}

/** The OCR worker (`system:ocr`) records the text it read of an attached document, page by page. */
export interface RecordComplaintDocumentText {
  type: 'RecordComplaintDocumentText';
  at: string;
  /** The OCR worker sends it, never a team: one that did would be refused. */
  actingTeam?: string | null;
  documentId: string;
  engine: string;
  pages: ComplaintDocumentPageText[];
}

/** The OCR worker records why a document has no text (no engine, a page it cannot read). */
export interface RecordComplaintDocumentUnread {
  type: 'RecordComplaintDocumentUnread';
  at: string;
  /** The OCR worker sends it, never a team: one that did would be refused. */
  actingTeam?: string | null;
  documentId: string;
  reason: string;
}

export type ComplaintDocumentCommand = AttachComplaintDocument | RecordComplaintDocumentText | RecordComplaintDocumentUnread;
