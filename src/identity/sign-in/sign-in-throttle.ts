import { createHmac } from 'node:crypto';
import type pg from 'pg';
import { addressBlock } from './client-address.js';
import { identityErrors } from '../identity-errors.js';
import { dropForgottenPairs, pairForUpdate, pairRecord, savePair } from './sign-in-pairs.store.js';
import { afterFailure, afterSignIn, isKnownAddress, standingAt, type LockoutPolicy, type PairRecord } from './sign-in-policy.js';
import type { SignInLimits } from './sign-in-limits.js';
import type { CitizenIndex } from '../accounts/staff-accounts.store.js';
import { inTransaction } from '../../database/transaction.js';

/** One password check let through: it counts as a wrong password until `passed` says otherwise. */
export interface Admission {
  /** The typed user name as its budget is counted: keyed by its blind index (userKey). */
  userKey: Buffer;
  block: string;
  pair: Buffer;
  spentForUserName: boolean;
  /** This check, if the password is wrong, locks the pair. */
  locks: boolean;
}

/**
 * Whether a password may be checked for a typed user name (the citizen id, normalised) from a client address,
 * by the user name alone, never by the account: the address's budget, the pair's wait or lock, then the user
 * name's budget. The check is counted as a failure before it is made, under the pair's row lock, so that
 * parallel attempts cannot slip past the wait. The user name is kept only keyed by its blind index (the keyring's
 * keyed HMAC of the normalised citizen id, as staff accounts are found by), never in plain nor by an unkeyed hash.
 */
export class SignInThrottle {
  constructor(
    private readonly pool: pg.Pool,
    private readonly limits: SignInLimits,
    private readonly policy: LockoutPolicy,
    private readonly citizenIndex: CitizenIndex,
  ) {}

  async admit(userName: string, clientAddress: string, now: Date): Promise<Admission> {
    const block = addressBlock(clientAddress);
    await this.limits.spendForAddress(block);
    await dropForgottenPairs(this.pool, now);
    const userIndex = this.citizenIndex(userName);
    const userKey = keyedBy(userIndex, 'user-name');
    const pair = keyedBy(userIndex, `pair:${block}`);
    const spentForUserName = !isKnownAddress(openAt(await pairRecord(this.pool, pair), now), now, this.policy);
    if (spentForUserName) await this.limits.spendForUserName(userKey);
    let locks: boolean;
    try {
      locks = await inTransaction(this.pool, async (tx) => {
        const record = openAt(await pairForUpdate(tx, pair, now), now);
        const failed = afterFailure(record, now, this.policy);
        await savePair(tx, pair, failed, this.policy);
        return failed.lockedUntil !== null;
      });
    } catch (error) {
      if (spentForUserName) await this.limits.refundUserName(userKey);
      throw error;
    }
    return { userKey, block, pair, spentForUserName, locks };
  }

  /** The password was right: the pair's run ends, its address becomes known, and the budgets get their points back. */
  async passed(admission: Admission, now: Date): Promise<void> {
    await savePair(this.pool, admission.pair, afterSignIn(now), this.policy);
    await this.limits.refundAddress(admission.block);
    if (admission.spentForUserName) await this.limits.refundUserName(admission.userKey);
  }
}

/** The record when the pair may try now; otherwise the answer with the wait still to go. */
function openAt(record: PairRecord, now: Date): PairRecord {
  const standing = standingAt(record, now);
  if (standing.kind === 'LOCKED') throw identityErrors.locked(standing.minutes);
  if (standing.kind === 'DELAYED') throw identityErrors.signInDelayed(standing.seconds);
  return record;
}

/**
 * What the counters keep of a user name: an HMAC under its blind index (itself keyed by the master key, never in the
 * database), of `user-name` for its budget and of the address block for its pair, so that they are no unkeyed hash of
 * 13 digits, nor the blind index the accounts and keys are found by.
 */
const keyedBy = (userIndex: Buffer, what: string) => createHmac('sha256', userIndex).update(`damrong:sign-in:${what}`).digest();
