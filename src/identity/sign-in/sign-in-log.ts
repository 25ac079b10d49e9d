import { createHmac, randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { DomainError } from '../../shared/domain-error.js';

const logger = new Logger('SignIn');
/** Made at start-up and never stored: the names userRef gives hold within one process's run only. */
const KEY = randomBytes(32);

/**
 * A name for a typed user name that tells its repeated attempts apart in the log and says nothing of the citizen
 * id: an HMAC under a key of this process (a plain hash of 13 digits is undone by hashing them all).
 */
export const userRef = (typed: string) => `user ${createHmac('sha256', KEY).update(typed).digest('hex').slice(0, 16)}`;

/**
 * Logs a refused sign-in, one line: the code answered, why (the log may say what the answer does not: that no
 * account has the user name), and who, as an account id or a userRef; never the citizen id typed. Returns the
 * refusal to throw; an error that is no refusal passes through unlogged here (the API logs failures).
 */
export function refused(error: unknown, reason: string, who: string): unknown {
  if (error instanceof DomainError) logger.warn(`sign-in refused (${error.code}): ${reason}, ${who}`);
  return error;
}
