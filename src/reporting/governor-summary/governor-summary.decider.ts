import { bangkokDay, type CalendarDay } from '../../calendar/calendar-day.js';
import type { Signatory } from '../../identity/reporters/reporters.signatories.js';
import type { StaffOffice } from '../../identity/scope/staff-office.js';
import type { Decider } from '../../shared/decider.js';
import { governorSummaryErrors } from './governor-summary-errors.js';
import type { GovernorSummaryEvent, GovernorSummarySent } from './governor-summary.events.js';
import { firstOfNextMonth } from './governor-summary.due.js';

/** รับรองและส่งสรุปผล: a responsible reporter of the district certifies its monthly summary and sends it to the governor. */
export interface SendGovernorSummary {
  type: 'SendGovernorSummary';
  month: string;
  districtCode: string;
  provinceCode: string;
  by: { accountId: string; office: StaffOffice };
  at: string;
  /** Looked up by the handler: the district's named pair (as their accounts read now) and its chief. */
  reporters: Signatory[];
  chief: Signatory | null;
  dueOn: CalendarDay;
  /** The month end's freeze: null while the month is not frozen. */
  monthEnd: { sha256: string | null } | null;
}

export type GovernorSummaryState = GovernorSummarySent | null;

/** The office covers the district: the district itself, its province, or the centre. */
function covers(office: StaffOffice, districtCode: string, provinceCode: string): boolean {
  if (office.kind === 'DISTRICT') return office.code === districtCode;
  if (office.kind === 'PROVINCE') return office.code === provinceCode;
  return true;
}

/**
 * Refuses an account outside the district's area, anyone but one of its two named reporters working there, a month
 * not over (Asia/Bangkok) or its month end not frozen, and a second sending; records who sent it, when, the due date
 * and whether it came late (after the due date, by the Bangkok day).
 */
export const governorSummaryDecider: Decider<SendGovernorSummary, GovernorSummaryEvent, GovernorSummaryState> = {
  initialState: () => null,
  evolve: (_state, event) => event.data,
  decide(command, state) {
    const { month, districtCode, provinceCode, by, at } = command;
    if (!covers(by.office, districtCode, provinceCode)) throw governorSummaryErrors.outOfArea(districtCode);
    const sentBy = command.reporters.find((r) => r.accountId === by.accountId);
    if (!sentBy || by.office.kind !== 'DISTRICT') throw governorSummaryErrors.notResponsible(districtCode);
    const today = bangkokDay(new Date(at));
    if (today < firstOfNextMonth(month) || command.monthEnd === null) throw governorSummaryErrors.monthNotOver(month);
    if (state) throw governorSummaryErrors.alreadySent(month, districtCode, state.at);
    return [{
      type: 'ComplaintSummarySentToGovernor',
      data: {
        month, districtCode, provinceCode, sentBy, reporters: command.reporters, chief: command.chief, at,
        dueOn: command.dueOn, late: today > command.dueOn, monthEndSha256: command.monthEnd.sha256,
      },
    }];
  },
};
