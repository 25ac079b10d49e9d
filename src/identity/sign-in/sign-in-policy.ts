/**
 * How wrong passwords slow down and then lock one typed user name at one client address (a "pair"): the
 * first few cost nothing, each one after that makes the pair wait twice as long as the one before, and then
 * the pair locks for a while; every further failure locks it again. A right password ends the run, and so
 * does a day without failures. The same user name at another address has a run of its own, so nobody
 * elsewhere can lock the owner out, and whether an account has that user name makes no difference.
 */
export interface LockoutPolicy {
  /** Failures in a row without any wait. */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; doubled for each one after. */
  firstDelaySeconds: number;
  /** Failures in a row that lock the pair. */
  lockAfterFailures: number;
  lockMinutes: number;
  /** A run of failures is forgotten this long after its last failure. */
  forgetAfterHours: number;
  /** An address a right password was typed at stays known to the user name this long. */
  knownAddressDays: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = {
  freeFailures: 3, firstDelaySeconds: 1, lockAfterFailures: 10, lockMinutes: 15, forgetAfterHours: 24, knownAddressDays: 30,
};

/** A pair's run of failures and its last sign-in, as the sign_in_pairs table keeps them. */
export interface PairRecord {
  failedAttempts: number;
  /** No attempt is checked before this instant (the slowdown). */
  notBefore: Date | null;
  /** No attempt is checked before this instant either, and the answer says locked. */
  lockedUntil: Date | null;
  lastFailureAt: Date | null;
  signedInAt: Date | null;
}

export const NEW_PAIR: PairRecord = { failedAttempts: 0, notBefore: null, lockedUntil: null, lastFailureAt: null, signedInAt: null };

export type SignInStanding =
  | { kind: 'OPEN' }
  | { kind: 'DELAYED'; seconds: number }
  | { kind: 'LOCKED'; minutes: number };

const HOUR = 60 * 60_000;
const later = (at: Date, ms: number) => new Date(at.getTime() + ms);

/** The record after one more wrong password at `now` (the first of a new run when the last one is forgotten). */
export function afterFailure(record: PairRecord, now: Date, policy: LockoutPolicy): PairRecord {
  const forgotten = !record.lastFailureAt || later(record.lastFailureAt, policy.forgetAfterHours * HOUR) <= now;
  const failedAttempts = (forgotten ? 0 : record.failedAttempts) + 1;
  const next = { ...record, failedAttempts, notBefore: null, lockedUntil: null, lastFailureAt: now };
  if (failedAttempts >= policy.lockAfterFailures) return { ...next, lockedUntil: later(now, policy.lockMinutes * 60_000) };
  if (failedAttempts < policy.freeFailures) return next;
  return { ...next, notBefore: later(now, policy.firstDelaySeconds * 2 ** (failedAttempts - policy.freeFailures) * 1000) };
}

/** The record after a right password at `now`: the run ends and the address becomes known. */
export const afterSignIn = (now: Date): PairRecord => ({ ...NEW_PAIR, signedInAt: now });

/** Whether an attempt at `now` is checked at all, or answered with the wait still to go. */
export function standingAt(record: PairRecord, now: Date): SignInStanding {
  if (record.lockedUntil && record.lockedUntil > now) {
    return { kind: 'LOCKED', minutes: Math.ceil((record.lockedUntil.getTime() - now.getTime()) / 60_000) };
  }
  if (record.notBefore && record.notBefore > now) {
    return { kind: 'DELAYED', seconds: Math.ceil((record.notBefore.getTime() - now.getTime()) / 1000) };
  }
  return { kind: 'OPEN' };
}

/** True when a right password was typed at this pair's address lately (it then skips the user name's budget). */
export function isKnownAddress(record: PairRecord, now: Date, policy: LockoutPolicy): boolean {
  return !!record.signedInAt && later(record.signedInAt, policy.knownAddressDays * 24 * HOUR) > now;
}

/** When the record says nothing any more and may be dropped. */
export function forgetAt(record: PairRecord, policy: LockoutPolicy): Date {
  const failures = record.lastFailureAt ? later(record.lastFailureAt, policy.forgetAfterHours * HOUR).getTime() : 0;
  const known = record.signedInAt ? later(record.signedInAt, policy.knownAddressDays * 24 * HOUR).getTime() : 0;
  return new Date(Math.max(failures, known, record.lockedUntil?.getTime() ?? 0));
}
