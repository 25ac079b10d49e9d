import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3StoreConfig } from '../config/config.js';
import type { BlobStore, StoredBlob } from './blob-store.js';

const notFound = (error: unknown) => (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;

/** The S3 client of the settings; checksums only where S3 requires them, which every S3-compatible server (MinIO, Ceph, Garage) understands. */
export function s3ClientOf(settings: S3StoreConfig): S3Client {
  return new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.accessKeyId && settings.secretAccessKey
      ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
      : undefined,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/**
 * Objects in a bucket of an S3-compatible store (AWS S3, MinIO, Ceph, Garage), under the keys as given. Whether an
 * object is there is asked before writing it (a HEAD), not with a conditional PUT, which not every such store knows;
 * two uploads of the same bytes at once may both write, the same bytes.
 */
export class S3BlobStore implements BlobStore {
  constructor(private readonly client: S3Client, readonly bucket: string) {}

  async putIfAbsent(key: string, bytes: Buffer): Promise<boolean> {
    if (await this.exists(key)) return false;
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentLength: bytes.length }));
    return true;
  }

  async get(key: string): Promise<StoredBlob | undefined> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!(object.Body instanceof Readable)) throw new Error(`S3 answered ${key} without a body stream`);
      return { size: Number(object.ContentLength), body: object.Body };
    } catch (error) {
      if (notFound(error)) return undefined;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (notFound(error)) return false;
      throw error;
    }
  }

  async withLocalFile<T>(key: string, work: (file: string) => Promise<T>): Promise<T | undefined> {
    const object = await this.get(key);
    if (!object) return undefined;
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-s3-'));
    try {
      const file = path.join(folder, 'object');
      await pipeline(object.body, createWriteStream(file, { mode: 0o600 }));
      return await work(file);
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** Closes the client's connections when the service stops (Nest calls it on every provider that has it). */
  onApplicationShutdown(): void {
    this.client.destroy();
  }
}
