import type { AccountCreatedData, AccountEvent } from './account.events.js';
import type { StaffProfile } from '../scope/staff-authority.js';

export type AccountStatus = 'ACTIVE' | 'SUSPENDED';

/** A staff account as its events fold: the registration form, where it works now, and its standing. */
export interface StaffAccount extends Omit<AccountCreatedData, 'at'> {
  status: AccountStatus;
  suspendedReason: string | null;
  /** True from creation and after every reset until the holder sets a password of their own. */
  mustChangePassword: boolean;
  createdAt: string;
  updatedAt: string;
}

/** No account yet, or the account. */
export type AccountState = StaffAccount | null;

export const initialAccountState = (): AccountState => null;

export function evolveAccount(state: AccountState, event: AccountEvent): AccountState {
  if (event.type === 'AccountCreated') {
    const { at, ...form } = event.data;
    return { ...form, status: 'ACTIVE', suspendedReason: null, mustChangePassword: true, createdAt: at, updatedAt: at };
  }
  if (state === null) return state;
  const updatedAt = event.data.at;
  switch (event.type) {
    case 'AccountSuspended': return { ...state, status: 'SUSPENDED', suspendedReason: event.data.reason, updatedAt };
    case 'AccountReinstated': return { ...state, status: 'ACTIVE', suspendedReason: null, updatedAt };
    case 'AccountOfficeChanged': {
      const { level, office, administrator } = event.data;
      return { ...state, level, office, administrator, updatedAt };
    }
    case 'PasswordReset': return { ...state, mustChangePassword: true, updatedAt };
    case 'PasswordChanged': return { ...state, mustChangePassword: false, updatedAt };
  }
}

/** The part of an account the authority rules judge by. */
export const profileOf = (account: StaffAccount): StaffProfile => ({
  accountId: account.accountId, level: account.level, office: account.office, position: account.position,
  administrator: account.administrator,
});
