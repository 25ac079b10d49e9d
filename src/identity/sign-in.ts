import type pg from 'pg';
import type { EventStore } from '../eventstore/event-store.port.js';
import { parseCitizenId } from '../shared/citizen-id.js';
import type { Clock } from '../shared/clock.js';
import type { StaffAccount } from './account-state.js';
import { currentAccount } from './account-stream.js';
import { clearFailures, credentialsForUpdate, credentialsOfCitizen, recordFailures, type Credentials } from './credentials.store.js';
import { identityErrors } from './identity-errors.js';
import type { IdentitySettings } from './identity-settings.js';
import { hashPassword, needsRehash, verifyDecoy, verifyPassword } from './password-hashing.js';
import { createSession } from './sessions.store.js';
import { newSessionToken, tokenDigest } from './session-tokens.js';
import { afterFailure, standingAt } from './sign-in-policy.js';
import type { SignInLimits } from './sign-in-limits.js';
import { officeKey } from './staff-office.js';
import { inTransaction } from './transaction.js';

export interface SignedIn {
  token: string;
  expiresAt: Date;
  account: StaffAccount;
  mustChangePassword: boolean;
}

/**
 * Sign-in with the citizen id as user name. In order: the attempt budgets of the client address and of the
 * citizen id; the account's slowdown or lock (answered without looking at the password); the Argon2id check
 * (a wrong password extends the run of failures); the account's standing in its stream; a new session.
 * An unknown citizen id and a wrong password get the same answer after the same work.
 */
export class SignInService {
  constructor(
    private readonly pool: pg.Pool,
    private readonly store: EventStore,
    private readonly limits: SignInLimits,
    private readonly clock: Clock,
    private readonly settings: IdentitySettings,
  ) {}

  async signIn(typedCitizenId: string, password: string, clientAddress: string): Promise<SignedIn> {
    await this.limits.spendForAddress(clientAddress);
    const citizenId = parseCitizenId(typedCitizenId);
    await this.limits.spendForCitizenId(citizenId);
    const now = this.clock.now();
    const credentials = await credentialsOfCitizen(this.pool, citizenId);
    if (!credentials) {
      await verifyDecoy(String(password ?? ''));
      throw identityErrors.signInFailed();
    }
    const standing = standingAt(credentials, now);
    if (standing.kind === 'LOCKED') throw identityErrors.locked(standing.minutes);
    if (standing.kind === 'DELAYED') throw identityErrors.signInDelayed(standing.seconds);
    if (!(await verifyPassword(credentials.passwordHash, String(password ?? '')))) {
      await this.recordFailure(credentials.accountId, now);
      throw identityErrors.signInFailed();
    }
    const account = await currentAccount(this.store, credentials.accountId);
    if (!account) throw identityErrors.signInFailed();
    if (account.status === 'SUSPENDED') throw identityErrors.suspended();
    await clearFailures(this.pool, account.accountId, needsRehash(credentials.passwordHash) ? await hashPassword(password) : undefined);
    await this.limits.refundCitizenId(citizenId);
    return this.openSession(account, credentials, clientAddress, now);
  }

  /** One more wrong password for the account, counted under a row lock so that parallel failures all count. */
  async recordFailure(accountId: string, now: Date): Promise<void> {
    await inTransaction(this.pool, async (tx) => {
      const current = await credentialsForUpdate(tx, accountId);
      if (current) await recordFailures(tx, accountId, afterFailure(current.failedAttempts, now, this.settings.lockout));
    });
  }

  private async openSession(account: StaffAccount, credentials: Credentials, clientAddress: string, now: Date): Promise<SignedIn> {
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + this.settings.sessionTtlMinutes * 60_000);
    await createSession(this.pool, {
      digest: tokenDigest(token), accountId: account.accountId, officeKey: officeKey(account.office), level: account.level,
      clientAddress, at: now, expiresAt,
    });
    return { token, expiresAt, account, mustChangePassword: credentials.mustChangePassword };
  }
}
