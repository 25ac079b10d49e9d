import { createHash, type KeyObject } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import type pg from 'pg';
import type { Keyring } from '../../../personal-data/keys/keyring.js';
import { SealedCopies, type OpenedCopy, type SealedCopy } from '../../../personal-data/keys/sealed-copies.js';
import { contentKey, type BlobStore } from '../../../storage/blob-store.js';
import { documentErrors } from './complaint-document-errors.js';
import type { ComplaintDocumentType } from './complaint-documents.events.js';
import { DOCUMENT_ID } from './complaint-documents.decider.js';
import { countPages, sniffDocumentType } from './document-bytes.js';
import { COMPLAINT_STREAM_PREFIX } from '../complaint.events.js';

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

/** A document as attached to a complaint: the key its copy is sealed under, null for one attached before sealing (kept plain). */
export interface AttachedDocumentRef {
  documentId: string;
  sealedUnder: string | null;
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

/** The collection of uploads not yet attached, and of documents attached before sealing: `complaint-documents/ab/<sha256>`. */
export const DOCUMENTS = 'complaint-documents';
export const documentKey = (documentId: string) => contentKey(DOCUMENTS, documentId);

/** The collection of attached documents, each complaint's copy sealed: `complaint-documents-sealed/<complaint>/<sha256>`. */
export const SEALED_DOCUMENTS = 'complaint-documents-sealed';
const complaintFolder = (complaintId: string) => createHash('sha256').update(`complaint:${complaintId}`).digest('hex');
export const sealedDocumentKey = (complaintId: string, documentId: string) =>
  `${SEALED_DOCUMENTS}/${complaintFolder(complaintId).slice(0, 2)}/${complaintFolder(complaintId)}/${documentId}`;

/** Where an attached document is kept sealed, under its complaint's CASE key, bound to the complaint and the document (a copy moved to another does not open). */
const copyOf = (complaintId: string, documentId: string): SealedCopy => ({
  blobKey: sealedDocumentKey(complaintId, documentId), streamId: streamOf(complaintId),
  associated: `complaint-document:${complaintId}/${documentId}`,
});
const streamOf = (complaintId: string) => `${COMPLAINT_STREAM_PREFIX}${complaintId}`;

/** An attached document's bytes as the store has them: to read, erased with its complaint's keys (PDPA), or not there. */
export type OpenedDocument = OpenedCopy;

/**
 * Scanned documents in the BlobStore (the data folder or an S3-compatible bucket). An upload is kept plain under the
 * SHA-256 of its bytes only until it is attached (or, never attached, for a day): the same letter uploaded twice is
 * kept once. Attaching copies it sealed (AES-256-GCM) under its complaint's CASE key, bound to the complaint and the
 * document, and removes the upload's plain bytes once no office's upload of them is left: destroying the complaint's
 * keys (erasure on request, or at the end of retention) makes every copy of the sealed bytes unreadable, on disk, in
 * the bucket and in their backups.
 *
 * The same bytes attached to two complaints are therefore two sealed copies, each under its own complaint's key:
 * they cannot share one blob, as erasing one complaint must leave the other's copy readable. Their documentId, the
 * SHA-256 of the plain bytes, is the same in both.
 *
 * Documents attached before sealing (sealedUnder null) keep being read from their plain content-addressed blob, until
 * their complaint's CASE key is erased: then they are answered as erased like the sealed ones (their plain bytes may
 * be shared with another complaint, so they are not deleted here).
 */
export class ComplaintDocumentStore {
  private readonly sealed: SealedCopies;

  constructor(
    private readonly blobs: BlobStore,
    readonly limits: DocumentLimits,
    private readonly keyring: Keyring,
    pool: pg.Pool,
  ) {
    this.sealed = new SealedCopies(blobs, keyring, pool);
  }

  /** Keeps the bytes of a document inspectDocument accepted, unless they are kept already; whether it wrote. */
  keep(document: StoredDocument, bytes: Buffer): Promise<boolean> {
    return this.blobs.putIfAbsent(documentKey(document.documentId), bytes);
  }

  /**
   * Copies the uploaded bytes sealed under the complaint's CASE key (made if it has none yet), before the attachment
   * is appended: the key's id, and whether it wrote. A copy there already (the attachment sent again) is left as it
   * is, with the key it names; undefined when there is neither a copy nor the upload's bytes.
   */
  async sealFor(complaintId: string, documentId: string): Promise<{ keyId: string; wrote: boolean } | undefined> {
    const copy = copyOf(complaintId, documentId);
    const existing = await this.sealed.keyOfCopy(copy);
    if (existing) return { keyId: existing, wrote: false };
    const upload = await this.blobs.get(documentKey(documentId));
    if (!upload) return undefined;
    return this.sealed.seal(copy, await buffer(upload.body));
  }

  /** Removes a sealed copy made for an attachment that was then refused. */
  async removeSealed(complaintId: string, documentId: string): Promise<void> {
    if (DOCUMENT_ID.test(documentId)) await this.blobs.delete(sealedDocumentKey(complaintId, documentId));
  }

  /** The bytes of a document attached to the complaint: opened from its sealed copy, or an older document's plain ones. */
  async open(complaintId: string, document: AttachedDocumentRef): Promise<OpenedDocument> {
    if (!DOCUMENT_ID.test(document.documentId)) return { state: 'MISSING' };
    if (document.sealedUnder === null) return this.sealed.readPlain(streamOf(complaintId), documentKey(document.documentId));
    return this.sealed.read(copyOf(complaintId, document.documentId));
  }

  /** The ids of the complaint's documents whose bytes were erased with its keys. */
  async erasedOf(complaintId: string, documents: readonly AttachedDocumentRef[]): Promise<Set<string>> {
    const keyIds = documents.flatMap((d) => (d.sealedUnder === null ? [] : [d.sealedUnder]));
    const keys = keyIds.length > 0 ? await this.keyring.open(keyIds) : new Map<string, KeyObject>();
    const plainErased = documents.some((d) => d.sealedUnder === null) && await this.sealed.caseKeyErased(streamOf(complaintId));
    return new Set(documents.filter((d) => (d.sealedUnder === null ? plainErased : !keys.has(d.sealedUnder))).map((d) => d.documentId));
  }

  /**
   * `work` on a local file of the document's bytes (for tesseract): the plain file of an older document, a temporary
   * file of the opened copy (only its owner may read it, removed once `work` ends) of a sealed one; ERASED or MISSING
   * when there are no bytes to read.
   */
  async withLocalFile<T>(complaintId: string, document: AttachedDocumentRef, work: (file: string) => Promise<T>): Promise<T | 'ERASED' | 'MISSING'> {
    if (!DOCUMENT_ID.test(document.documentId)) return 'MISSING';
    if (document.sealedUnder === null) {
      if (await this.sealed.caseKeyErased(streamOf(complaintId))) return 'ERASED';
      return (await this.blobs.withLocalFile(documentKey(document.documentId), work)) ?? 'MISSING';
    }
    const opened = await this.open(complaintId, document);
    if (opened.state !== 'STORED') return opened.state;
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-document-'));
    try {
      const file = path.join(folder, document.documentId);
      await fs.writeFile(file, await buffer(opened.blob.body), { mode: 0o600 });
      return await work(file);
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  }

  /** Deletes an upload's plain bytes. */
  async remove(documentId: string): Promise<void> {
    if (DOCUMENT_ID.test(documentId)) await this.blobs.delete(documentKey(documentId));
  }

}
