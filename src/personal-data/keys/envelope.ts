import { createCipheriv, createDecipheriv, createHmac, createSecretKey, hkdfSync, type KeyObject, randomBytes, randomFillSync } from 'node:crypto';

/**
 * The cryptography of sealed personal data, on Node's crypto alone: AES-256-GCM with a fresh 96-bit nonce for every
 * seal and the tag checked on every opening, keys derived from the master key by HKDF-SHA-256, and the blind index
 * of a citizen id an HMAC-SHA-256 under a key of its own (a holder of the index key alone can test a guessed id, so
 * the index lives only beside the keys, which erasure deletes, never in the log).
 */
export interface MasterKeys {
  /** Wraps and unwraps the data keys. */
  wrapping: Buffer;
  /** Keys the blind index of citizen ids. */
  index: Buffer;
}

const NONCE_BYTES = 12;
const TAG_BYTES = 16;
export const DATA_KEY_BYTES = 32;

export function deriveMasterKeys(master: Buffer): MasterKeys {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', master, 'damrong personal data', info, 32));
  return { wrapping: derive('data key wrapping'), index: derive('citizen id blind index') };
}

/**
 * Nonces are cut from a pool of random bytes filled 4 KiB at a time (as Node's randomUUID does): one call to the
 * system's random source for 341 seals instead of one each, which was the largest part of sealing's time. Each slice
 * is used once, for one seal, and copied out of the pool by it.
 */
const noncePool = Buffer.alloc(NONCE_BYTES * 341);
let nonceAt = noncePool.length;

function nextNonce(): Buffer {
  if (nonceAt === noncePool.length) {
    randomFillSync(noncePool);
    nonceAt = 0;
  }
  nonceAt += NONCE_BYTES;
  return noncePool.subarray(nonceAt - NONCE_BYTES, nonceAt);
}

/** nonce ‖ ciphertext ‖ tag, the associated data bound in (it is not stored: the opener must know it). */
export function seal(key: Buffer | KeyObject, associated: string, plaintext: Buffer): Buffer {
  const nonce = nextNonce();
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(associated, 'utf8'));
  return Buffer.concat([nonce, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

/** The plaintext of `seal`; throws when the key, the associated data or a byte of the box is not the sealer's. */
export function open(key: Buffer | KeyObject, associated: string, box: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, box.subarray(0, NONCE_BYTES));
  decipher.setAAD(Buffer.from(associated, 'utf8'));
  decipher.setAuthTag(box.subarray(box.length - TAG_BYTES));
  return Buffer.concat([decipher.update(box.subarray(NONCE_BYTES, box.length - TAG_BYTES)), decipher.final()]);
}

export const newDataKey = (): Buffer => randomBytes(DATA_KEY_BYTES);

/** A data key held for use: a KeyObject, which each cipher takes without importing the key's bytes again. */
export const dataKeyObject = (key: Buffer): KeyObject => createSecretKey(key);

/** A data key wrapped for its row, bound to its key id (a wrapped key copied to another row does not open). */
export const wrapDataKey = (keys: MasterKeys, keyId: string, dataKey: Buffer): Buffer => seal(keys.wrapping, `key:${keyId}`, dataKey);
export const unwrapDataKey = (keys: MasterKeys, keyId: string, wrapped: Buffer): Buffer => open(keys.wrapping, `key:${keyId}`, wrapped);

/** The blind index of a citizen id (13 Arabic digits). */
export const blindIndex = (keys: MasterKeys, citizenDigits: string): Buffer =>
  createHmac('sha256', keys.index).update(`citizen:${citizenDigits}`).digest();
