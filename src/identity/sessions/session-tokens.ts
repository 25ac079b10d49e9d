import { createHash, randomBytes } from 'node:crypto';

/** A session token: 256 random bits, base64url. Only its SHA-256 is stored. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

export const tokenDigest = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+([A-Za-z0-9_-]{43})\s*$/i.exec(value ?? '');
  return match?.[1];
}
