import { centreNameTh } from '../../../geography/centre-name.js';
import type { ComplaintDocumentDetail } from './complaint-document-detail.js';
import { DOCUMENT_TYPE_NAMES, type ComplaintDocumentObject } from './complaint-documents.types.js';

/**
 * A folded document as the API shows it: its type's name, the office's name, where to get it (unless its bytes were
 * erased with the complaint's keys), and OCR's outcome.
 */
export function toDocumentObject(complaintId: string, d: ComplaintDocumentDetail, erased: boolean): ComplaintDocumentObject {
  const { ocr } = d;
  return {
    documentId: d.documentId, type: DOCUMENT_TYPE_NAMES[d.contentType], size: d.size, pages: d.pages, fileName: d.fileName,
    attachedAt: new Date(d.attachedAt),
    attachedBy: { ...d.attachedBy, nameTh: centreNameTh(d.attachedBy.level, d.attachedBy.code) },
    url: erased ? null : `/complaint-documents/${encodeURIComponent(complaintId)}/${d.documentId}`,
    erased,
    ocrState: ocr.state,
    ocrEngine: ocr.state === 'READ' ? ocr.engine : null,
    ocrReason: ocr.state === 'UNREAD' ? ocr.reason : null,
    ocrAt: ocr.state === 'PENDING' ? null : new Date(ocr.at),
    pageTexts: ocr.state === 'READ' ? ocr.pages : [],
  };
}
