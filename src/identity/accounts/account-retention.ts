import { expiresAfterYears } from '../../personal-data/retention/retention-rules.js';
import { evolveAccount, initialAccountState } from './account-state.js';
import type { AccountEvent } from './account.events.js';

/**
 * How long a former staff member's personal data is kept once their account was suspended (ระงับการใช้งาน: they left,
 * retired or were moved out of the centres): whole years (the retention rule STAFF_ACCOUNT_CLOSED, configured by
 * RETENTION_STAFF_ACCOUNT_YEARS), counted as the retention rules count (retention-rules.ts), from the last suspension.
 * While the account is active, or within these years, an erasure request is refused and the retention job leaves it:
 * the account may yet be reinstated, and who did what on its cases may need its holder named.
 */
export interface AccountRetention {
  /** True while the account is active or its retention after the last suspension is not over. */
  kept: boolean;
  /** The instant its personal data may be erased (null while active). */
  erasableFrom: Date | null;
}

/** When the account was last suspended, if it is suspended now (null while active or for no account), pure. */
export function suspendedSince(events: readonly AccountEvent[]): Date | null {
  let state = initialAccountState();
  let suspendedAt: string | null = null;
  for (const event of events) {
    state = evolveAccount(state, event);
    if (event.type === 'AccountSuspended') suspendedAt = event.data.at;
  }
  return state === null || state.status !== 'SUSPENDED' || suspendedAt === null ? null : new Date(suspendedAt);
}

/** The retention of an account as its events stand at `now`, kept `years` after its last suspension, pure. */
export function accountRetention(events: readonly AccountEvent[], now: Date, years: number): AccountRetention {
  const since = suspendedSince(events);
  if (since === null) return { kept: true, erasableFrom: null };
  const erasableFrom = expiresAfterYears(since, years);
  return { kept: erasableFrom.getTime() > now.getTime(), erasableFrom };
}
