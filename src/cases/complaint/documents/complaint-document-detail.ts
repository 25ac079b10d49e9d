import type { Office } from '../complaint-office.js';
import type {
  ComplaintDocumentEvent, ComplaintDocumentPageText, ComplaintDocumentType,
} from './complaint-documents.events.js';

/** A scanned document as the complaint's detail shows it: the file, who attached it when, and what OCR made of it. */
export interface ComplaintDocumentDetail {
  documentId: string;
  contentType: ComplaintDocumentType;
  size: number;
  pages: number;
  fileName: string | null;
  /** The key its copy in the store is sealed under; null for a document attached before sealing. */
  sealedUnder: string | null;
  attachedAt: string;
  attachedBy: Office;
  ocr: { state: 'PENDING' } | { state: 'READ'; engine: string; at: string; pages: ComplaintDocumentPageText[] } | { state: 'UNREAD'; reason: string; at: string };
}

/** The documents after one more of their events. Pure. */
export function evolveDocuments(documents: ComplaintDocumentDetail[], event: ComplaintDocumentEvent): ComplaintDocumentDetail[] {
  if (event.type === 'ComplaintDocumentAttached') {
    const { documentId, contentType, size, pages, fileName, sealedUnder, at, by } = event.data;
    return [...documents, { documentId, contentType, size, pages, fileName, sealedUnder, attachedAt: at, attachedBy: by, ocr: { state: 'PENDING' } }];
  }
  const ocr: ComplaintDocumentDetail['ocr'] = event.type === 'ComplaintDocumentTextRead'
    ? { state: 'READ', engine: event.data.engine, at: event.data.at, pages: event.data.pages }
    : { state: 'UNREAD', reason: event.data.reason, at: event.data.at };
  return documents.map((d) => (d.documentId === event.data.documentId ? { ...d, ocr } : d));
}
