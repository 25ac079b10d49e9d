import type { StaffPosition } from '../scope/staff-authority.js';
import type { StaffLevel, StaffOffice } from '../scope/staff-office.js';

/**
 * The facts of one staff account, stream `account-<accountId>`. Credentials never appear here: a password
 * change is recorded as a fact, its hash lives in the credentials table only.
 */
export interface AccountCreatedData {
  accountId: string;
  /** 13 digits, check digit verified; the user name at sign-in. */
  citizenId: string;
  title: string;
  firstName: string;
  lastName: string;
  position: StaffPosition;
  level: StaffLevel;
  office: StaffOffice;
  administrator: boolean;
  officePhone: string;
  mobilePhone: string | null;
  /** วันที่ได้รับมอบหมายเป็นผู้มีสิทธิใช้งาน, YYYY-MM-DD. */
  assignedOn: string;
  at: string;
}

export type AccountEvent =
  | { type: 'AccountCreated'; data: AccountCreatedData }
  | { type: 'AccountSuspended'; data: { reason: string; at: string } }
  | { type: 'AccountReinstated'; data: { at: string } }
  | { type: 'AccountOfficeChanged'; data: { level: StaffLevel; office: StaffOffice; administrator: boolean; at: string } }
  /** An administrator issued a new one-time password; the account must change it before anything else. */
  | { type: 'PasswordReset'; data: { at: string } }
  /** The account holder set a password of their own. */
  | { type: 'PasswordChanged'; data: { at: string } };

export type AccountEventType = AccountEvent['type'];

export const accountStreamId = (accountId: string) => `account-${accountId}`;
