import type { Office } from '../complaint-office.js';

/**
 * Scanned documents of a complaint (seed 004: each Damrongdhama centre scans complaint letters before they enter
 * the system). Facts of the complaint's own stream (`complaint-<id>`): the account that acted is in the event's
 * metadata (`actor`), the office in `by`. The bytes are kept outside the log, each complaint's copy sealed under its
 * CASE key (complaint-document-store.ts).
 */
export const COMPLAINT_DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export type ComplaintDocumentType = (typeof COMPLAINT_DOCUMENT_TYPES)[number];

export interface ComplaintDocumentAttachedData {
  complaintId: string;
  /** The SHA-256 of the bytes, lower-case hex: the document's id and its file's name in the store. */
  documentId: string;
  /** Sniffed from the bytes, never taken from the file's name or the client's header. */
  contentType: ComplaintDocumentType;
  size: number;
  pages: number;
  /** The name the file had on the scanning machine, as typed or sent; shown to staff, never used as a path. */
  fileName: string | null;
  /**
   * The id of the data key (the complaint's CASE key) its copy in the store is sealed under (version 2); null for a
   * document attached before sealing, whose bytes are kept plain under their SHA-256. Not personal: an id, no value.
   */
  sealedUnder: string | null;
  at: string;
  by: Office;
}

/** One page's text as the OCR engine read it (Thai and English). */
export interface ComplaintDocumentPageText {
  page: number;
  text: string;
  /** The engine's mean word confidence, 0–100, or null when it gives none. */
  confidence: number | null;
}

export interface ComplaintDocumentTextReadData {
  complaintId: string;
  documentId: string;
  /** The engine and languages, e.g. `tesseract 5.3.0 tha+eng`. */
  engine: string;
  pages: ComplaintDocumentPageText[];
  at: string;
}

/** OCR could not read the document (engine missing, unreadable page): documents are kept whatever happens to OCR. */
export interface ComplaintDocumentTextUnreadData {
  complaintId: string;
  documentId: string;
  reason: string;
  at: string;
}

export type ComplaintDocumentEvent =
  | { type: 'ComplaintDocumentAttached'; data: ComplaintDocumentAttachedData }
  | { type: 'ComplaintDocumentTextRead'; data: ComplaintDocumentTextReadData }
  | { type: 'ComplaintDocumentTextUnread'; data: ComplaintDocumentTextUnreadData };
