import { randomInt } from 'node:crypto';
import { hash, parseOptions, verify, type Options } from '@node-rs/argon2';

/**
 * Argon2id with OWASP's recommended parameters (19 MiB of memory, 2 passes, 1 lane). A stored hash made
 * with weaker parameters is replaced at its holder's next sign-in (needsRehash).
 */
export const ARGON2ID: Options = {
  algorithm: 2, // Argon2id; the package's Algorithm is a const enum, absent at run time
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2ID);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

export function needsRehash(stored: string): boolean {
  const used = parseOptions(stored);
  return used.algorithm !== ARGON2ID.algorithm || used.memoryCost < ARGON2ID.memoryCost!
    || used.timeCost < ARGON2ID.timeCost! || used.parallelism !== ARGON2ID.parallelism;
}

let decoy: Promise<string> | undefined;

/** Spends the time of a real check when there is no account, so the answer's timing tells nothing. */
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword('no account has this password');
  await verifyPassword(await decoy, password);
  return false;
}

/** Crockford's base 32 without I, L, O, U: read out over the phone without being misheard. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A one-time password of 20 random characters (100 bits) in groups of four, shown once to the administrator
 * who created or reset the account and never stored in clear.
 */
export function oneTimePassword(): string {
  const chars = Array.from({ length: 20 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return chars.match(/.{4}/g)!.join('-');
}
