import { coversOffice, isTambonTeam } from '../../identity/scope/staff-authority.js';
import type { StaffProfile } from '../../identity/scope/staff-authority.js';
import { assignedToTeam, type Office } from './complaint-office.js';
import type { Assignee } from './complaint.events.js';

/** What the read rules need of a complaint: who holds it and who it is assigned to. */
export interface ComplaintHolding {
  owningOffice: Office;
  assignee: Assignee | null;
}

/**
 * Whether the account reads the complaint: an office of its area holds it (area-scope.ts), or, for a tambon team
 * member (ชปต.), it is assigned to the member's team now. Row-level security on the complaint list keeps the same
 * rule (migration 861). Anything else reads as not found.
 */
export function readsComplaint(staff: Pick<StaffProfile, 'level' | 'office'>, complaint: ComplaintHolding): boolean {
  if (isTambonTeam(staff)) return assignedToTeam(complaint, staff.office.code);
  return coversOffice(staff, { kind: complaint.owningOffice.level, code: complaint.owningOffice.code });
}

/** The subdistrict whose team the account acts for, when it is a tambon team member: set on its commands. */
export const actingTeamOf = (staff: Pick<StaffProfile, 'level' | 'office'>): string | null =>
  (isTambonTeam(staff) ? staff.office.code : null);
