import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { documentErrors } from './complaint-document-errors.js';
import { COMPLAINT_DOCUMENT_TYPES, type ComplaintDocumentType } from './complaint-documents.events.js';
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

const EXTENSION: Record<ComplaintDocumentType, string> = {
  'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png', 'image/tiff': 'tif',
};

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

/**
 * Scanned documents on disk under `<data folder>/complaint-documents`, each named by the SHA-256 of its bytes (the
 * same letter scanned twice is kept once) with its type's extension; written to a temporary name and renamed, so a
 * reader never sees half a file.
 */
export class ComplaintDocumentStore {
  constructor(readonly directory: string, readonly limits: DocumentLimits) {}

  async save(bytes: Buffer): Promise<StoredDocument> {
    const document = inspectDocument(bytes, this.limits);
    const file = this.fileOf(document.documentId, document.contentType);
    await fs.mkdir(this.directory, { recursive: true });
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await fs.writeFile(temporary, bytes, { mode: 0o640 });
    await fs.rename(temporary, file);
    return document;
  }

  /** The stored file of this id, or undefined. */
  async find(documentId: string): Promise<{ documentId: string; contentType: ComplaintDocumentType; size: number; file: string } | undefined> {
    if (!DOCUMENT_ID.test(documentId)) return undefined;
    for (const contentType of COMPLAINT_DOCUMENT_TYPES) {
      const file = this.fileOf(documentId, contentType);
      const stat = await fs.stat(file).catch(() => undefined);
      if (stat?.isFile()) return { documentId, contentType, size: stat.size, file };
    }
    return undefined;
  }

  fileOf(documentId: string, contentType: ComplaintDocumentType): string {
    return path.join(this.directory, `${documentId}.${EXTENSION[contentType]}`);
  }
}
