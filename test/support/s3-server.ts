import type { EventEmitter } from 'node:events';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { loadConfig } from '../../src/config/config.js';
import { s3ClientOf } from '../../src/storage/s3-blob-store.js';

/**
 * A real S3-compatible server for the tests (s3rver, an S3 server in Node that speaks the S3 REST API over HTTP and keeps
 * objects in a folder), with one bucket; what the service is told to reach it, and the writes and deletions it served.
 */
export interface TestS3 {
  env: Record<string, string>;
  bucket: string;
  /** The keys written (PUT) and deleted, in order, since the server started. */
  writes: string[];
  deletions: string[];
  /** The keys in the bucket under this prefix. */
  keys(prefix: string): Promise<string[]>;
  close(): Promise<void>;
}

interface S3rverEvent { Records: { eventName: string; s3: { object: { key: string } } }[] }

export async function startS3Server(): Promise<TestS3> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true });
  const writes: string[] = [];
  const deletions: string[] = [];
  (server as unknown as EventEmitter).on('event', (event: S3rverEvent) => {
    for (const record of event.Records) {
      const key = decodeURIComponent(record.s3.object.key);
      if (record.eventName.startsWith('ObjectCreated:')) writes.push(key);
      if (record.eventName.startsWith('ObjectRemoved:')) deletions.push(key);
    }
  });
  const { port } = await server.run();
  const bucket = 'damrong-test';
  // s3rver accepts any signature of its one account, S3RVER.
  const env = {
    DOCUMENT_STORE: 's3', S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_REGION: 'us-east-1', S3_BUCKET: bucket,
    S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER', S3_FORCE_PATH_STYLE: 'true',
  };
  const settings = loadConfig(env).documentStore;
  if (settings.kind !== 's3') throw new Error('not an S3 configuration');
  const client = s3ClientOf(settings);
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  return {
    env, bucket, writes, deletions,
    async keys(prefix) {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
      return (listed.Contents ?? []).map((object) => object.Key!).sort();
    },
    async close() {
      client.destroy();
      await server.close();
      await fs.rm(directory, { recursive: true, force: true });
    },
  };
}
