import { createHash } from 'node:crypto';
import { contentKey, type BlobStore, type StoredBlob } from '../../../storage/blob-store.js';
import { documentErrors } from './complaint-document-errors.js';
import type { ComplaintDocumentType } from './complaint-documents.events.js';
import { DOCUMENT_ID } from './complaint-documents.decider.js';
import { countPages, sniffDocumentType } from './document-bytes.js';

export interface DocumentLimits {
  maxBytes: number;
  maxPages: number;
}

export interface StoredDocument {
  documentId: string;
  contentType: ComplaintDocumentType;
  size: number;
  pages: number;
}

/** A document's id: the SHA-256 of its bytes, hex. */
export const documentIdOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** What the bytes are, checked against the limits; a refusal for anything else, before anything is kept. */
export function inspectDocument(bytes: Buffer, limits: DocumentLimits): StoredDocument {
  if (bytes.length === 0) throw documentErrors.empty();
  if (bytes.length > limits.maxBytes) throw documentErrors.tooLarge(limits.maxBytes);
  const contentType = sniffDocumentType(bytes);
  if (!contentType) throw documentErrors.unsupportedType();
  const pages = countPages(bytes, contentType);
  if (pages < 1) throw documentErrors.unreadable();
  if (pages > limits.maxPages) throw documentErrors.tooManyPages(limits.maxPages);
  return { documentId: documentIdOf(bytes), contentType, size: bytes.length, pages };
}

/** The collection of scanned documents in the store: `complaint-documents/ab/<sha256>`. */
export const DOCUMENTS = 'complaint-documents';
export const documentKey = (documentId: string) => contentKey(DOCUMENTS, documentId);

/**
 * Scanned documents in the BlobStore (the data folder or an S3-compatible bucket), each under the SHA-256 of its bytes:
 * the same letter scanned twice is kept once, and its second upload writes nothing.
 */
export class ComplaintDocumentStore {
  constructor(private readonly blobs: BlobStore, readonly limits: DocumentLimits) {}

  /** Keeps the bytes of a document inspectDocument accepted, unless they are kept already; whether it wrote. */
  keep(document: StoredDocument, bytes: Buffer): Promise<boolean> {
    return this.blobs.putIfAbsent(documentKey(document.documentId), bytes);
  }

  /** The stored bytes of this id, or undefined. */
  async open(documentId: string): Promise<StoredBlob | undefined> {
    return DOCUMENT_ID.test(documentId) ? this.blobs.get(documentKey(documentId)) : undefined;
  }

  /** `work` on a local file of the document (for tesseract), or undefined when it is not stored. */
  async withLocalFile<T>(documentId: string, work: (file: string) => Promise<T>): Promise<T | undefined> {
    return DOCUMENT_ID.test(documentId) ? this.blobs.withLocalFile(documentKey(documentId), work) : undefined;
  }

  async remove(documentId: string): Promise<void> {
    if (DOCUMENT_ID.test(documentId)) await this.blobs.delete(documentKey(documentId));
  }
}
