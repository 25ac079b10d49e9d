import { requireSubdistrict } from '../../../geography/geography.js';
import { requireChoice } from '../../../shared/choice.js';
import { parseInstant } from '../../../shared/date-input.js';
import { FieldErrors, parseFields } from '../../../shared/field-errors.js';
import { requireText } from '../../../shared/text-input.js';
import { complaintErrors } from '../complaint-errors.js';
import { optionalLongText, requireLongText } from '../complaint-input.js';
import { assignedToTeam, officeCovers, parseOffice, sameOffice, type Office } from '../complaint-office.js';
import type { ReceivedComplaint } from '../complaint-state.js';
import type { ComplaintDocumentCommand } from '../documents/complaint-documents.commands.js';
import type {
  AssignComplaint, CloseComplaint, ComplaintCommand, ForwardComplaint, MarkComplaintDuplicate, RecordComplaintProgress,
  ReceiveComplaint, ReopenComplaint, ResolveComplaint,
} from '../complaint.commands.js';
import { CLOSE_REASONS, type Assignee, type ComplaintEvent } from '../complaint.events.js';

/**
 * The commands on a received complaint; the transitions are drawn in complaint-state.ts. The refusals of a command's
 * fields come all at once, after those of the complaint's state.
 */

type Later = Exclude<ComplaintCommand, ReceiveComplaint | ComplaintDocumentCommand>;
interface Fact { complaintId: string; at: string; by: Office }

const NOTE_MAX = 5_000;

export function decideOnReceived(command: Later, state: ReceivedComplaint): ComplaintEvent[] {
  if (state.status === 'CLOSED' && command.type !== 'ReopenComplaint') throw complaintErrors.closed();
  const fact: Fact = {
    complaintId: state.complaintId,
    at: parseInstant(command.at, 'at'),
    by: parseOffice(command.actingOffice, 'actingOffice'),
  };
  if (command.actingTeam) {
    if (command.type !== 'RecordComplaintProgress') throw complaintErrors.teamRecordsProgressOnly();
    if (!assignedToTeam(state, command.actingTeam)) throw complaintErrors.notAssignedToTeam();
  }
  if (!mayAct(command, fact.by, state)) throw complaintErrors.notOwner();
  switch (command.type) {
    case 'AssignComplaint': return assign(command, state, fact);
    case 'RecordComplaintProgress': return recordProgress(command, state, fact);
    case 'ForwardComplaint': return forward(command, state, fact);
    case 'ResolveComplaint': return resolve(command, state, fact);
    case 'CloseComplaint': return close(command, state, fact);
    case 'ReopenComplaint': return reopen(command, state, fact);
    case 'MarkComplaintDuplicate': return markDuplicate(command, state, fact);
  }
}

/**
 * The owning office works the complaint. A duplicate mark may also come from an office over it (its province,
 * the centre): one that sees both complaints links them across districts.
 */
function mayAct(command: Later, by: Office, state: ReceivedComplaint): boolean {
  return sameOffice(by, state.owningOffice) || (command.type === 'MarkComplaintDuplicate' && officeCovers(by, state.owningOffice));
}

/** Assign, progress, forward and resolve need a complaint still being worked on. */
function requireUnresolved(state: ReceivedComplaint): void {
  if (state.status === 'RESOLVED') throw complaintErrors.resolved();
}

function assign(command: AssignComplaint, state: ReceivedComplaint, fact: Fact): ComplaintEvent[] {
  requireUnresolved(state);
  const assignment = parseFields({
    assignee: () => parseAssignee(command.assignee, state),
    note: () => optionalLongText(command.note, 'note', NOTE_MAX),
  });
  return [{ type: 'ComplaintAssigned', data: { ...fact, ...assignment } }];
}

/** A named agency, or the tambon team of a subdistrict of the district that owns the complaint. */
function parseAssignee(input: AssignComplaint['assignee'], state: ReceivedComplaint): Assignee {
  requireChoice(input?.kind, ['TAMBON_TEAM', 'AGENCY'] as const, 'assignee.kind');
  if (input.kind === 'AGENCY') return { kind: 'AGENCY', name: requireText(input.name, 'assignee.name', 300) };
  const field = 'assignee.subdistrictCode';
  const subdistrict = requireSubdistrict(requireText(input.subdistrictCode, field, 20), field);
  const owner = state.owningOffice;
  if (owner.level !== 'DISTRICT' || subdistrict.districtCode !== owner.code) throw complaintErrors.teamOutsideDistrict(field);
  return { kind: 'TAMBON_TEAM', subdistrictCode: subdistrict.code };
}

function recordProgress(command: RecordComplaintProgress, state: ReceivedComplaint, fact: Fact): ComplaintEvent[] {
  requireUnresolved(state);
  return [{ type: 'ComplaintProgressRecorded', data: { ...fact, note: requireLongText(command.note, 'note', NOTE_MAX) } }];
}

function forward(command: ForwardComplaint, state: ReceivedComplaint, fact: Fact): ComplaintEvent[] {
  requireUnresolved(state);
  const { to, note } = parseFields({
    to: () => {
      const to = parseOffice(command.to, 'to');
      if (sameOffice(to, state.owningOffice)) throw complaintErrors.forwardToOwner();
      return to;
    },
    note: () => optionalLongText(command.note, 'note', NOTE_MAX),
  });
  return [{ type: 'ComplaintForwarded', data: { ...fact, from: state.owningOffice, to, note } }];
}

function resolve(command: ResolveComplaint, state: ReceivedComplaint, fact: Fact): ComplaintEvent[] {
  requireUnresolved(state);
  return [{ type: 'ComplaintResolved', data: { ...fact, result: requireLongText(command.result, 'result', NOTE_MAX) } }];
}

function close(command: CloseComplaint, state: ReceivedComplaint, fact: Fact): ComplaintEvent[] {
  const fields = new FieldErrors();
  const reason = fields.take(() => {
    const reason = requireChoice(command.reason, CLOSE_REASONS, 'reason');
    if (reason === 'RESOLVED' && state.status !== 'RESOLVED') throw complaintErrors.notResolved();
    if (reason === 'DUPLICATE' && state.duplicateOf === null) throw complaintErrors.duplicateNotMarked();
    return reason;
  });
  // Without a reason, a note given is still checked as one.
  const note = fields.take(() => (reason === 'UNRESOLVABLE'
    ? requireLongText(command.note, 'note', NOTE_MAX)
    : optionalLongText(command.note, 'note', NOTE_MAX)));
  const closing = fields.done({ reason, note });
  const duplicateOf = closing.reason === 'DUPLICATE' ? state.duplicateOf : null;
  return [{ type: 'ComplaintClosed', data: { ...fact, ...closing, duplicateOf } }];
}

function reopen(command: ReopenComplaint, state: ReceivedComplaint, fact: Fact): ComplaintEvent[] {
  if (state.status !== 'RESOLVED' && state.status !== 'CLOSED') throw complaintErrors.notReopenable();
  return [{ type: 'ComplaintReopened', data: { ...fact, reason: requireLongText(command.reason, 'reason', NOTE_MAX) } }];
}

/** Marking again with the same complaint changes nothing; with another one, it corrects the mark. */
function markDuplicate(command: MarkComplaintDuplicate, state: ReceivedComplaint, fact: Fact): ComplaintEvent[] {
  const duplicateOf = requireText(command.duplicateOf, 'duplicateOf', 100);
  if (duplicateOf === state.complaintId) throw complaintErrors.duplicateOfItself();
  if (duplicateOf === state.duplicateOf) return [];
  return [{ type: 'ComplaintMarkedDuplicate', data: { ...fact, duplicateOf } }];
}
