import type pg from 'pg';
import type { EventStore } from '../../eventstore/event-store.port.js';
import { parseCitizenId } from '../../shared/citizen-id.js';
import type { Clock } from '../../shared/clock.js';
import { DomainError } from '../../shared/domain-error.js';
import type { StaffAccount } from '../accounts/account-state.js';
import type { CitizenIndex } from '../accounts/staff-accounts.store.js';
import { currentAccount } from '../accounts/account-stream.js';
import { credentialsOfCitizen, replaceHash, type Credentials } from './credentials.store.js';
import { identityErrors } from '../identity-errors.js';
import type { IdentitySettings } from '../identity-settings.js';
import { hashPassword, needsRehash, verifyDecoy, verifyPassword } from './password-hashing.js';
import { refused, userRef } from './sign-in-log.js';
import { createSession } from '../sessions/sessions.store.js';
import { newSessionToken, tokenDigest } from '../sessions/session-tokens.js';
import type { SignInThrottle } from './sign-in-throttle.js';
import { officeKey } from '../scope/staff-office.js';

export interface SignedIn {
  token: string;
  expiresAt: Date;
  account: StaffAccount;
  mustChangePassword: boolean;
}

/** Told of each refused sign-in, by the refusal's code, and of each wrong password that locks a pair. */
export interface SignInObserver {
  signInRefused(code: string): void;
  lockedOut(): void;
}

/**
 * Sign-in with the citizen id as user name. In order: the throttle of the typed user name at the client
 * address (its budgets, its wait or lock, answered without looking at the password); the Argon2id check, made
 * against a decoy when no account has the user name (accounts are found by the blind index of the citizen id); the account's standing in its stream; a new session.
 * An unknown citizen id gets every answer a known one with a wrong password gets, after the same work.
 */
export class SignInService {
  constructor(
    private readonly pool: pg.Pool,
    private readonly store: EventStore,
    private readonly throttle: SignInThrottle,
    private readonly clock: Clock,
    private readonly settings: IdentitySettings,
    private readonly citizenIndex: CitizenIndex,
    private readonly observer?: SignInObserver,
  ) {}

  async signIn(typedCitizenId: string, password: string, clientAddress: string): Promise<SignedIn> {
    try {
      return await this.attempt(typedCitizenId, password, clientAddress);
    } catch (error) {
      if (error instanceof DomainError) this.observer?.signInRefused(error.code);
      throw error;
    }
  }

  private async attempt(typedCitizenId: string, password: string, clientAddress: string): Promise<SignedIn> {
    let citizenId: string;
    try {
      citizenId = parseCitizenId(typedCitizenId);
    } catch (error) {
      throw refused(error, 'the user name is no citizen id', userRef(String(typedCitizenId ?? '')));
    }
    const who = userRef(citizenId);
    const now = this.clock.now();
    const admission = await this.throttle.admit(citizenId, clientAddress, now).catch((error: unknown) => {
      throw refused(error, 'too many failures of this user name or address', who);
    });
    const typed = String(password ?? '');
    const credentials = await credentialsOfCitizen(this.pool, this.citizenIndex(citizenId));
    const right = credentials ? await verifyPassword(credentials.passwordHash, typed) : await verifyDecoy(typed);
    if (!credentials || !right) {
      if (admission.locks) this.observer?.lockedOut();
      if (!credentials) throw refused(identityErrors.signInFailed(), 'no account has this user name', who);
      throw refused(identityErrors.signInFailed(), 'wrong password', `account ${credentials.accountId}`);
    }
    const accountRef = `account ${credentials.accountId}`;
    await this.throttle.passed(admission, now);
    const account = await currentAccount(this.store, credentials.accountId);
    if (!account) throw refused(identityErrors.signInFailed(), 'the account has no stream', accountRef);
    if (account.status === 'SUSPENDED') throw refused(identityErrors.suspended(), 'the account is suspended', accountRef);
    if (needsRehash(credentials.passwordHash)) await replaceHash(this.pool, account.accountId, await hashPassword(typed));
    return this.openSession(account, credentials, clientAddress, now);
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
