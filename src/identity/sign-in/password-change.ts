import type pg from 'pg';
import type { Clock } from '../../shared/clock.js';
import type { AccountLedger } from '../accounts/account-ledger.js';
import { credentialsOfAccount, setPassword } from './credentials.store.js';
import { identityErrors } from '../identity-errors.js';
import { hashPassword, verifyPassword } from './password-hashing.js';
import { checkNewPassword } from './password-policy.js';
import { revokeAccountSessions } from '../sessions/sessions.store.js';
import type { SignInThrottle } from './sign-in-throttle.js';
import { commandContextFor, type SignedInStaff } from '../sessions/staff-context.js';

/**
 * The holder sets a password of their own: the current one is checked like a sign-in from the same client
 * address (a wrong one counts towards that address's wait and lock), the new one against the password rules;
 * the hash changes and PasswordChanged is recorded together, and every other session of the account ends.
 */
export class PasswordChange {
  constructor(
    private readonly pool: pg.Pool,
    private readonly ledger: AccountLedger,
    private readonly throttle: SignInThrottle,
    private readonly clock: Clock,
  ) {}

  async change(staff: SignedInStaff, currentPassword: string, newPassword: string, clientAddress: string): Promise<void> {
    const now = this.clock.now();
    const credentials = await credentialsOfAccount(this.pool, staff.accountId);
    if (!credentials) throw identityErrors.unauthenticated();
    const admission = await this.throttle.admit(staff.account.citizenId, clientAddress, now);
    if (!(await verifyPassword(credentials.passwordHash, String(currentPassword ?? '')))) throw identityErrors.currentPasswordWrong();
    await this.throttle.passed(admission, now);
    checkNewPassword(newPassword, { currentPassword, citizenId: staff.account.citizenId });
    const passwordHash = await hashPassword(newPassword);
    const by = { kind: 'STAFF' as const, profile: staff };
    await this.ledger.execute(staff.accountId, { type: 'RecordPasswordChange', by, at: now.toISOString() }, commandContextFor(staff), {
      before: (tx) => setPassword(tx, staff.accountId, passwordHash, false, now),
      after: (tx) => revokeAccountSessions(tx, staff.accountId, 'PASSWORD_CHANGED', now, Buffer.from(staff.sessionId, 'hex')),
    });
  }
}
