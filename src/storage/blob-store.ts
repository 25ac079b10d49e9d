import type { Readable } from 'node:stream';

/** A stored object read back: its length in bytes and its bytes as a stream (read it to the end or destroy it). */
export interface StoredBlob {
  size: number;
  body: Readable;
}

/**
 * Where uploaded files are kept, content-addressed: a key names the SHA-256 of its bytes, so bytes already under a key
 * are the same bytes and are never written again (a complaint's sealed copy of a document is keyed by the complaint
 * and the document instead, and written once too: complaint-document-store.ts). Two adapters: the data folder (disk-blob-store.ts) and an
 * S3-compatible bucket (s3-blob-store.ts), chosen by DOCUMENT_STORE.
 */
export interface BlobStore {
  /** Keeps the bytes under the key unless something is there already; whether it wrote. */
  putIfAbsent(key: string, bytes: Buffer): Promise<boolean>;
  /** The object under the key, or undefined. */
  get(key: string): Promise<StoredBlob | undefined>;
  exists(key: string): Promise<boolean>;
  /**
   * `work` on a file of the object's bytes (for programs that read files: tesseract, pdftoppm), or undefined when there
   * is no object: the stored file itself on disk, a temporary copy from S3 removed once `work` ends.
   */
  withLocalFile<T>(key: string, work: (file: string) => Promise<T>): Promise<T | undefined>;
  /** Deletes the object under the key; nothing when there is none. */
  delete(key: string): Promise<void>;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** The key of the bytes of this SHA-256 (lower-case hex) in a collection: `complaint-documents/ab/abcd…`. */
export function contentKey(collection: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
  return `${collection}/${sha256.slice(0, 2)}/${sha256}`;
}
