import { expiresAfterYears } from '../../personal-data/retention/retention-rules.js';
import { evolveAccount, initialAccountState } from './account-state.js';
import type { AccountEvent } from './account.events.js';

/**
 * How long a former staff member's personal data is kept once their account was suspended (ระงับการใช้งาน: they left,
 * retired or were moved out of the centres): whole years, counted as the retention rules count (retention-rules.ts),
 * from the last suspension. While the account is active, or within these years, an erasure request is refused: the
 * account may yet be reinstated, and who did what on its cases may need its holder named.
 */
export const STAFF_ACCOUNT_RETENTION_YEARS = 1;

export interface AccountRetention {
  /** True while the account is active or its retention after the last suspension is not over. */
  kept: boolean;
  /** The instant its personal data may be erased (null while active). */
  erasableFrom: Date | null;
}

/** The retention of an account as its events stand at `now`, pure. */
export function accountRetention(events: readonly AccountEvent[], now: Date): AccountRetention {
  let state = initialAccountState();
  let suspendedAt: string | null = null;
  for (const event of events) {
    state = evolveAccount(state, event);
    if (event.type === 'AccountSuspended') suspendedAt = event.data.at;
  }
  if (state === null || state.status !== 'SUSPENDED' || suspendedAt === null) return { kept: true, erasableFrom: null };
  const erasableFrom = expiresAfterYears(new Date(suspendedAt), STAFF_ACCOUNT_RETENTION_YEARS);
  return { kept: erasableFrom.getTime() > now.getTime(), erasableFrom };
}
