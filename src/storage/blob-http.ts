import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HttpException, type HttpStatus } from '@nestjs/common';
import { DomainError } from '../shared/domain-error.js';
import type { StoredBlob } from './blob-store.js';

/** The uploads over plain HTTP (scanned documents, news photos): the body read, refusals answered, stored bytes sent. */

/** Reads an upload's body, refusing it as soon as it passes the limit. */
export async function readUpload(request: IncomingMessage, limit: number, tooLarge: () => DomainError): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Nest answers an HttpException itself: a refusal as JSON with its code, Thai and English text and field. */
export function refusalAsHttp(error: unknown, statusOf: (code: string) => HttpStatus): unknown {
  if (!(error instanceof DomainError)) return error;
  return new HttpException(
    { code: error.code, messageTh: error.messageTh, messageEn: error.messageEn, field: error.field ?? null },
    statusOf(error.code),
  );
}

/** Sends the stored bytes with these headers and their length; a store that fails midway cuts the response short. */
export function sendBlob(response: ServerResponse, blob: StoredBlob, headers: Record<string, string>): void {
  response.writeHead(200, { ...headers, 'content-length': blob.size });
  pipeline(blob.body, response).catch(() => response.destroy());
}

/** The first bytes of a stream (its first chunk) and the whole stream still to read, for a type sniffed from them. */
export async function peek(body: Readable): Promise<{ head: Buffer; body: Readable }> {
  const chunks = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await chunks.next();
  const head = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
  async function* rest() {
    yield head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  const whole = Readable.from(rest(), { objectMode: false });
  whole.once('close', () => body.destroy());
  return { head, body: whole };
}
