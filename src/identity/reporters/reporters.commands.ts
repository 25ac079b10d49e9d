import type { AccountStatus } from '../accounts/account-state.js';
import type { StaffPosition, StaffProfile } from '../scope/staff-authority.js';
import type { StaffLevel, StaffOffice } from '../scope/staff-office.js';

/** A named account as it stands now, looked up by the handler; a named id with no account is left out. */
export interface ReporterCandidate {
  accountId: string;
  level: StaffLevel;
  office: StaffOffice;
  position: StaffPosition;
  status: AccountStatus;
}

export interface NameResponsibleReporters {
  type: 'NameResponsibleReporters';
  officeCode: string;
  accountIds: string[];
  candidates: ReporterCandidate[];
  by: StaffProfile;
  at: string;
}
