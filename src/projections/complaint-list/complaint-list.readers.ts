import { coversOffice, isTambonTeam, type StaffProfile } from '../../identity/scope/staff-authority.js';
import { districtOf } from '../../identity/scope/staff-office.js';
import type { ListedRow } from './complaint-list.query.js';

/**
 * Whether the account reads a listed complaint: an office of its area holds it, or (a tambon team member, ชปต.) it
 * is assigned to the member's team while the team's district holds it. Row-level security keeps the same rule
 * (migration 861); this answers the one complaint folded from the log before the list has it.
 */
export function readsListedComplaint(
  staff: Pick<StaffProfile, 'level' | 'office'>, row: Pick<ListedRow, 'owning_level' | 'owning_code' | 'assignee'>,
): boolean {
  if (!isTambonTeam(staff)) return coversOffice(staff, { kind: row.owning_level, code: row.owning_code });
  return row.assignee?.kind === 'TAMBON_TEAM' && row.assignee.subdistrictCode === staff.office.code
    && row.owning_level === 'DISTRICT' && row.owning_code === districtOf(staff.office);
}
