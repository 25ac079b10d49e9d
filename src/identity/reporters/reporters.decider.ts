import type { Decider } from '../../shared/decider.js';
import { identityErrors } from '../identity-errors.js';
import type { NameResponsibleReporters, ReporterCandidate } from './reporters.commands.js';
import type { ReportersEvent } from './reporters.events.js';
import { mayNameReporters, mayWorkCases } from '../scope/staff-authority.js';
import { officeFromCode, sameOffice, type StaffOffice } from '../scope/staff-office.js';

/** The pair responsible now, or null before the office first names one. */
export type ReportersState = { office: StaffOffice; accountIds: [string, string]; namedBy: string; namedAt: string } | null;

/**
 * An office's two responsible reporters: named by its chief or by whoever manages its accounts; both active
 * accounts of that office that work cases. Naming the pair already responsible records nothing.
 */
export const reportersDecider: Decider<NameResponsibleReporters, ReportersEvent, ReportersState> = {
  initialState: () => null,
  evolve: (_state, { data: { office, accountIds, namedBy, at } }) => ({ office, accountIds, namedBy, namedAt: at }),
  decide(command, state) {
    const office = officeFromCode(command.officeCode);
    if (office.kind === 'CENTRAL') throw identityErrors.reportersOfficeKind();
    if (!mayNameReporters(command.by, office)) throw identityErrors.forbidden();
    const ids = [...new Set(command.accountIds.map((id) => id.trim()))];
    if (command.accountIds.length !== 2 || ids.length !== 2) throw identityErrors.reportersNotTwo();
    for (const id of ids) checkEligible(id, command.candidates.find((c) => c.accountId === id), office);
    if (state && ids.every((id) => state.accountIds.includes(id))) return [];
    return [{
      type: 'ResponsibleReportersNamed',
      data: { office, accountIds: [ids[0], ids[1]], namedBy: command.by.accountId, at: command.at },
    }];
  },
};

function checkEligible(id: string, candidate: ReporterCandidate | undefined, office: StaffOffice): void {
  if (!candidate) throw identityErrors.accountNotFound('accountIds');
  if (candidate.status !== 'ACTIVE') {
    throw identityErrors.reporterNotEligible(id, 'ถูกระงับการใช้งาน', 'is suspended');
  }
  if (!sameOffice(candidate.office, office)) {
    throw identityErrors.reporterNotEligible(id, 'ไม่ได้สังกัดหน่วยงานนี้', 'does not work for this office');
  }
  if (!mayWorkCases(candidate)) {
    throw identityErrors.reporterNotEligible(id, 'ไม่ใช่ตำแหน่งผู้ปฏิบัติงาน', 'does not hold a case-working position');
  }
}
