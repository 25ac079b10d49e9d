import { createHash, type KeyObject } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type pg from 'pg';
import { open, seal } from '../../../personal-data/keys/envelope.js';
import type { Keyring } from '../../../personal-data/keys/keyring.js';
import { contentKey, type BlobStore, type StoredBlob } from '../../../storage/blob-store.js';
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

/** The associated data a sealed copy is bound to: a copy moved to another complaint or document does not open. */
const associatedOf = (complaintId: string, documentId: string) => `complaint-document:${complaintId}/${documentId}`;
const caseKeyWant = (complaintId: string) => ({ streamId: `${COMPLAINT_STREAM_PREFIX}${complaintId}`, want: { citizenId: null, role: 'CASE' } as const });

/**
 * A sealed copy: a line naming the key it is sealed under (`damrong-sealed:<key id>`), then the box (nonce, ciphertext,
 * tag). The key id is no personal data; without the key the box is noise.
 */
const SEALED_HEADER = 'damrong-sealed:';
const sealedCopy = (keyId: string, box: Buffer) => Buffer.concat([Buffer.from(`${SEALED_HEADER}${keyId}\n`, 'latin1'), box]);
function readSealedCopy(copy: Buffer): { keyId: string; box: Buffer } {
  const end = copy.indexOf(0x0a);
  const line = copy.subarray(0, end).toString('latin1');
  if (end < 0 || end > 100 || !line.startsWith(SEALED_HEADER)) throw new Error('not a sealed document copy');
  return { keyId: line.slice(SEALED_HEADER.length), box: copy.subarray(end + 1) };
}

/** The bytes of a sealed copy; one damaged, or moved from another complaint or document, is an error of the store. */
function openCopy(key: KeyObject, complaintId: string, documentId: string, box: Buffer): Buffer {
  try {
    return open(key, associatedOf(complaintId, documentId), box);
  } catch {
    throw new Error(`the sealed copy of document ${documentId} of complaint ${complaintId} does not open: damaged, or not this complaint's`);
  }
}

/** An attached document's bytes as the store has them: to read, erased with its complaint's keys (PDPA), or not there. */
export type OpenedDocument = { state: 'STORED'; blob: StoredBlob } | { state: 'ERASED' } | { state: 'MISSING' };

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
  constructor(
    private readonly blobs: BlobStore,
    readonly limits: DocumentLimits,
    private readonly keyring: Keyring,
    private readonly pool: pg.Pool,
  ) {}

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
    const copyKey = sealedDocumentKey(complaintId, documentId);
    const existing = await this.blobs.get(copyKey);
    if (existing) return { keyId: readSealedCopy(await buffer(existing.body)).keyId, wrote: false };
    const upload = await this.blobs.get(documentKey(documentId));
    if (!upload) return undefined;
    const plain = await buffer(upload.body);
    const want = caseKeyWant(complaintId);
    const keys = await this.keyring.keysFor([want]);
    const { keyId, key } = keys.get(this.keyring.refOf(want.streamId, want.want))!;
    const wrote = await this.blobs.putIfAbsent(copyKey, sealedCopy(keyId, seal(key, associatedOf(complaintId, documentId), plain)));
    return { keyId, wrote };
  }

  /** Removes a sealed copy made for an attachment that was then refused. */
  async removeSealed(complaintId: string, documentId: string): Promise<void> {
    if (DOCUMENT_ID.test(documentId)) await this.blobs.delete(sealedDocumentKey(complaintId, documentId));
  }

  /** The bytes of a document attached to the complaint: opened from its sealed copy, or an older document's plain ones. */
  async open(complaintId: string, document: AttachedDocumentRef): Promise<OpenedDocument> {
    if (!DOCUMENT_ID.test(document.documentId)) return { state: 'MISSING' };
    if (document.sealedUnder === null) {
      if (await this.caseKeyErased(complaintId)) return { state: 'ERASED' };
      const blob = await this.blobs.get(documentKey(document.documentId));
      return blob ? { state: 'STORED', blob } : { state: 'MISSING' };
    }
    const stored = await this.blobs.get(sealedDocumentKey(complaintId, document.documentId));
    if (!stored) return { state: 'MISSING' };
    const { keyId, box } = readSealedCopy(await buffer(stored.body));
    const key = (await this.keyring.open([keyId])).get(keyId);
    if (!key) return { state: 'ERASED' };
    const plain = openCopy(key, complaintId, document.documentId, box);
    return { state: 'STORED', blob: { size: plain.length, body: Readable.from([plain]) } };
  }

  /** The ids of the complaint's documents whose bytes were erased with its keys. */
  async erasedOf(complaintId: string, documents: readonly AttachedDocumentRef[]): Promise<Set<string>> {
    const keyIds = documents.flatMap((d) => (d.sealedUnder === null ? [] : [d.sealedUnder]));
    const keys = keyIds.length > 0 ? await this.keyring.open(keyIds) : new Map<string, KeyObject>();
    const plainErased = documents.some((d) => d.sealedUnder === null) && await this.caseKeyErased(complaintId);
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
      if (await this.caseKeyErased(complaintId)) return 'ERASED';
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

  /** Whether a CASE key of the complaint's stream was destroyed: what erases a document attached before sealing. */
  private async caseKeyErased(complaintId: string): Promise<boolean> {
    const { rows } = await this.pool.query<{ erased: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM personal_data_erasures WHERE stream_id = $1 AND role = 'CASE') AS erased`, [`${COMPLAINT_STREAM_PREFIX}${complaintId}`]);
    return rows[0].erased;
  }
}
