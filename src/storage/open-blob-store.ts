import type { AppConfig } from '../config/config.js';
import type { BlobStore } from './blob-store.js';
import { DiskBlobStore } from './disk-blob-store.js';
import { S3BlobStore, s3ClientOf } from './s3-blob-store.js';

/** The Nest token of the service's BlobStore. */
export const BLOB_STORE = Symbol('BLOB_STORE');

/**
 * The store DOCUMENT_STORE names: the data folder (whose collections' files an earlier version kept flat, as
 * `<sha256>.<extension>`, are first moved to their keys) or the S3-compatible bucket.
 */
export async function openBlobStore(config: Pick<AppConfig, 'dataDir' | 'documentStore'>, collections: Record<string, (sha256: string) => string>): Promise<BlobStore> {
  const settings = config.documentStore;
  if (settings.kind === 's3') return new S3BlobStore(s3ClientOf(settings), settings.bucket);
  const disk = new DiskBlobStore(config.dataDir);
  for (const [collection, keyOf] of Object.entries(collections)) await disk.adoptFlatFiles(collection, keyOf);
  return disk;
}
