import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../config/config.js';
import { startS3Server, type TestS3 } from '../../test/support/s3-server.js';
import { contentKey, type BlobStore } from './blob-store.js';
import { DiskBlobStore } from './disk-blob-store.js';
import { openBlobStore } from './open-blob-store.js';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const text = async (store: BlobStore, key: string) => {
  const blob = await store.get(key);
  return blob && { size: blob.size, text: Buffer.concat(await blob.body.toArray()).toString() };
};

/** The same contract of both adapters: the data folder, and a real S3-compatible server (s3rver). */
describe.each(['disk', 's3'] as const)('the %s blob store', (kind) => {
  let folder: string;
  let s3: TestS3 | undefined;
  let store: BlobStore;
  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-blobs-'));
    s3 = kind === 's3' ? await startS3Server() : undefined;
    store = await openBlobStore(loadConfig({ DATA_DIR: folder, ...s3?.env }), {});
  });
  afterAll(async () => {
    (store as { onApplicationShutdown?: () => void }).onApplicationShutdown?.();
    await s3?.close();
    await fs.rm(folder, { recursive: true, force: true });
  });

  it('keeps bytes under their key once, reads them back as a stream with their size, and deletes them', async () => {
    const bytes = Buffer.from('หนังสือร้องเรียน');
    const key = contentKey('complaint-documents', sha(bytes));
    expect(key).toBe(`complaint-documents/${sha(bytes).slice(0, 2)}/${sha(bytes)}`);
    expect(await store.exists(key)).toBe(false);
    expect(await store.get(key)).toBeUndefined();
    expect(await store.putIfAbsent(key, bytes)).toBe(true);
    expect(await store.putIfAbsent(key, bytes)).toBe(false);
    if (s3) expect(s3.writes).toEqual([key]);
    expect(await store.exists(key)).toBe(true);
    expect(await text(store, key)).toEqual({ size: bytes.length, text: 'หนังสือร้องเรียน' });
    expect(await store.withLocalFile(key, async (file) => fs.readFile(file, 'utf8'))).toBe('หนังสือร้องเรียน');
    await store.delete(key);
    await store.delete(key);
    expect(await store.exists(key)).toBe(false);
    expect(await store.withLocalFile(key, async () => 'read')).toBeUndefined();
  });

  it('removes the temporary copy a local file of an S3 object is, even when its reader fails', async () => {
    const key = contentKey('news-photos', sha(Buffer.from('photo')));
    await store.putIfAbsent(key, Buffer.from('photo'));
    let seen = '';
    await expect(store.withLocalFile(key, async (file) => {
      seen = file;
      throw new Error('tesseract failed');
    })).rejects.toThrow('tesseract failed');
    expect(await fs.stat(seen).then(() => 'there', () => 'gone')).toBe(kind === 's3' ? 'gone' : 'there');
  });
});

describe('the disk blob store', () => {
  it('moves the files an earlier version kept flat (`<sha256>.pdf`) to their keys, and refuses a key that climbs out', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-blobs-'));
    try {
      const bytes = Buffer.from('%PDF-1.4 old letter');
      await fs.mkdir(path.join(folder, 'complaint-documents'));
      await fs.writeFile(path.join(folder, 'complaint-documents', `${sha(bytes)}.pdf`), bytes);
      await fs.writeFile(path.join(folder, 'complaint-documents', 'notes.txt'), 'not a document');
      const keyOf = (id: string) => contentKey('complaint-documents', id);
      const store = await openBlobStore(loadConfig({ DATA_DIR: folder }), { 'complaint-documents': keyOf });
      expect(await text(store, keyOf(sha(bytes)))).toEqual({ size: bytes.length, text: '%PDF-1.4 old letter' });
      expect((await fs.readdir(path.join(folder, 'complaint-documents'))).sort()).toEqual([sha(bytes).slice(0, 2), 'notes.txt']);
      expect(await new DiskBlobStore(folder).adoptFlatFiles('complaint-documents', keyOf)).toBe(0);
      await expect(store.get('../../etc/passwd')).rejects.toThrow('not a store key');
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  });
});
