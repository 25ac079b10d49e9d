import type { StaffPosition, StaffProfile } from '../scope/staff-authority.js';
import type { StaffLevel } from '../scope/staff-office.js';

/**
 * Who asks: a signed-in account as it stands now, or the one-time bootstrap of the first central
 * administrator (which knows whether one exists already).
 */
export type AccountActor =
  | { kind: 'STAFF'; profile: StaffProfile }
  | { kind: 'BOOTSTRAP'; administratorExists: boolean };

/** The registration form (แบบลงทะเบียนใช้งาน) as typed: checked and normalised by the decider. */
export interface AccountForm {
  citizenId: string;
  title: string;
  firstName: string;
  lastName: string;
  position: StaffPosition;
  level: StaffLevel;
  /** A local authority (7 digits), subdistrict (6), district (4) or province (2) code; none for CENTRAL and AUDITOR. */
  officeCode?: string | null;
  administrator?: boolean | null;
  officePhone: string;
  mobilePhone?: string | null;
  /** YYYY-MM-DD or D/M/YYYY (Buddhist Era accepted); the day of the command when absent. */
  assignedOn?: string | null;
}

interface Sent {
  by: AccountActor;
  /** ISO instant of the command, from the service's clock. */
  at: string;
}

/**
 * For a LOCAL post: whether the register of local authorities holds the authority named (asked by the account
 * administration before deciding, OfficeDirectory); a LOCAL post at an authority it does not hold is refused.
 */
interface AtOffice {
  authorityRegistered?: boolean;
}

export type AccountCommand =
  | ({ type: 'CreateAccount'; accountId: string; form: AccountForm } & Sent & AtOffice)
  | ({ type: 'SuspendAccount'; reason: string } & Sent)
  | ({ type: 'ReinstateAccount' } & Sent)
  | ({ type: 'ChangeAccountOffice'; level: StaffLevel; officeCode?: string | null; administrator?: boolean | null } & Sent & AtOffice)
  | ({ type: 'ResetPassword' } & Sent)
  | ({ type: 'RecordPasswordChange' } & Sent);
