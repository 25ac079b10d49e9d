import type pg from 'pg';
import { codecOf, type EventDataCodec } from '../../eventstore/event-codec.js';
import type { EventStore } from '../../eventstore/event-store.port.js';
import type { Clock } from '../../shared/clock.js';
import type { DomainError } from '../../shared/domain-error.js';
import { profileOf, type AccountState } from '../accounts/account-state.js';
import { currentAccount } from '../accounts/account-stream.js';
import { identityErrors } from '../identity-errors.js';
import type { IdentitySettings } from '../identity-settings.js';
import { AccountFolds } from './account-folds.js';
import { findSession, findSessionWithAccount, revokeSession, touchSession, type SessionEnd, type SessionRow } from './sessions.store.js';
import { tokenDigest } from './session-tokens.js';
import type { SignedInStaff } from './staff-context.js';
import { officeKey } from '../scope/staff-office.js';

/** last_seen_at is written at most this often per session. */
const TOUCH_EVERY_MS = 60_000;

const ENDED: Record<SessionEnd, () => DomainError> = {
  SIGNED_OUT: identityErrors.unauthenticated,
  PASSWORD_CHANGED: identityErrors.unauthenticated,
  PASSWORD_RESET: identityErrors.unauthenticated,
  ACCOUNT_SUSPENDED: identityErrors.suspended,
  SESSION_REVOKED: identityErrors.sessionRevoked,
};

/**
 * Who sends a request, checked afresh every time: the session by its token's digest (not revoked, not
 * expired, not idle too long), then the account as its stream stands now. A suspension, or an office or
 * level other than the one signed in with, ends the session on the spot; no claim is taken from a cache unchecked.
 *
 * With the PostgreSQL event log (`streamInPool`: the log is the `events` table of `pool`'s database) the session
 * and the account's stream are read in one statement: the events after the version this process has folded
 * (AccountFolds), so a request costs one round trip and folds only what is new; the new events' sealed personal fields
 * are opened through the log's codec (keys kept in the keyring), the others are never opened again. Otherwise the session, then the
 * whole stream from the event store.
 */
export class StaffAuthenticator {
  private readonly folds = new AccountFolds();
  private readonly codec: EventDataCodec | undefined;

  constructor(
    private readonly pool: pg.Pool,
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly settings: IdentitySettings,
    private readonly streamInPool = false,
  ) {
    this.codec = codecOf(store);
  }

  async authenticate(token: string | undefined): Promise<SignedInStaff> {
    if (!token) throw identityErrors.unauthenticated();
    const digest = tokenDigest(token);
    const now = this.clock.now();
    const read = await this.sessionAndAccount(digest);
    if (!read) throw identityErrors.unauthenticated();
    const { session } = read;
    if (session.revokedReason) throw ENDED[session.revokedReason]();
    const idleUntil = session.lastSeenAt.getTime() + this.settings.sessionIdleMinutes * 60_000;
    if (session.expiresAt <= now || idleUntil <= now.getTime()) throw identityErrors.unauthenticated();
    const account = await read.account();
    if (!account) return this.end(digest, 'SIGNED_OUT', now);
    if (account.status === 'SUSPENDED') return this.end(digest, 'ACCOUNT_SUSPENDED', now);
    if (officeKey(account.office) !== session.officeKey || account.level !== session.level) {
      return this.end(digest, 'SESSION_REVOKED', now);
    }
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) await touchSession(this.pool, digest, now);
    return {
      ...profileOf(account), officeKey: session.officeKey, mustChangePassword: session.mustChangePassword, account,
      sessionExpiresAt: session.expiresAt, sessionId: digest.toString('hex'),
    };
  }

  /** The session, and its account as the stream stands now (read with the session when the log is in the same database). */
  private async sessionAndAccount(digest: Buffer): Promise<{ session: SessionRow; account(): Promise<AccountState> } | undefined> {
    if (!this.streamInPool) {
      const session = await findSession(this.pool, digest);
      return session && { session, account: () => currentAccount(this.store, session.accountId) };
    }
    const sessionId = digest.toString('hex');
    const knownAccount = this.folds.accountOfSession(sessionId);
    const known = knownAccount ? this.folds.known(knownAccount) : undefined;
    const found = await findSessionWithAccount(this.pool, digest, knownAccount ?? null, known?.version ?? 0);
    if (!found) return undefined;
    const { session } = found;
    // Sealed personal fields are opened only for events this process has not folded yet: its keys are kept by the
    // keyring, so a request that brings nothing new opens nothing and reads no key.
    const events = found.events.length > 0 && this.codec ? await this.codec.decode(found.events) : found.events;
    const from = session.accountId === knownAccount && known ? known : { version: 0, state: null };
    const state = this.folds.advance(session.accountId, from, events);
    this.folds.rememberSession(sessionId, session.accountId);
    return { session, account: async () => state };
  }

  private async end(digest: Buffer, reason: SessionEnd, now: Date): Promise<never> {
    await revokeSession(this.pool, digest, reason, now);
    throw ENDED[reason]();
  }

  async signOut(staff: SignedInStaff): Promise<void> {
    await revokeSession(this.pool, Buffer.from(staff.sessionId, 'hex'), 'SIGNED_OUT', this.clock.now());
  }
}
