/**
 * How wrong passwords slow an account down and then lock it: the first few cost nothing, each one after
 * that makes the account wait twice as long as the one before, and then the account locks for a while.
 * Every further failure after a lock locks it again; a right password clears it all.
 */
export interface LockoutPolicy {
  /** Failures in a row without any wait. */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; doubled for each one after. */
  firstDelaySeconds: number;
  /** Failures in a row that lock the account. */
  lockAfterFailures: number;
  lockMinutes: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { freeFailures: 3, firstDelaySeconds: 1, lockAfterFailures: 10, lockMinutes: 15 };

/** An account's run of failures as the credentials table keeps it. */
export interface FailureRecord {
  failedAttempts: number;
  /** No attempt is checked before this instant (the slowdown). */
  notBefore: Date | null;
  /** No attempt is checked before this instant either, and the answer says locked. */
  lockedUntil: Date | null;
}

export type SignInStanding =
  | { kind: 'OPEN' }
  | { kind: 'DELAYED'; seconds: number }
  | { kind: 'LOCKED'; minutes: number };

/** The record after one more wrong password at `now`. */
export function afterFailure(previous: number, now: Date, policy: LockoutPolicy): FailureRecord {
  const failedAttempts = previous + 1;
  if (failedAttempts >= policy.lockAfterFailures) {
    return { failedAttempts, notBefore: null, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000) };
  }
  if (failedAttempts < policy.freeFailures) return { failedAttempts, notBefore: null, lockedUntil: null };
  const seconds = policy.firstDelaySeconds * 2 ** (failedAttempts - policy.freeFailures);
  return { failedAttempts, notBefore: new Date(now.getTime() + seconds * 1000), lockedUntil: null };
}

/** Whether an attempt at `now` is checked at all, or answered with the wait still to go. */
export function standingAt(record: FailureRecord, now: Date): SignInStanding {
  if (record.lockedUntil && record.lockedUntil > now) {
    return { kind: 'LOCKED', minutes: Math.ceil((record.lockedUntil.getTime() - now.getTime()) / 60_000) };
  }
  if (record.notBefore && record.notBefore > now) {
    return { kind: 'DELAYED', seconds: Math.ceil((record.notBefore.getTime() - now.getTime()) / 1000) };
  }
  return { kind: 'OPEN' };
}
