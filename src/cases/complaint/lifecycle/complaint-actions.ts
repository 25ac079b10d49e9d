import { DomainError } from '../../../shared/domain-error.js';
import { CENTRAL_OFFICE, type Office } from '../complaint-office.js';
import type { ReceivedComplaint } from '../complaint-state.js';
import type { ComplaintCommand } from '../complaint.commands.js';
import { complaintDecider } from '../complaint.decider.js';
import { CLOSE_REASONS, type CloseReason } from '../complaint.events.js';

/**
 * What an office may do to a complaint now: each command the decider takes in the complaint's state from that office,
 * given valid input. Pure: every action is tried on the decider itself with a well-formed command, so the list never
 * drifts from the rules. Input that depends on other streams (the complaint a duplicate mark names must be of the
 * account's area) is judged when the command is sent.
 */
export const COMPLAINT_ACTIONS = [
  'ASSIGN', 'RECORD_PROGRESS', 'FORWARD', 'RESOLVE', 'CLOSE', 'REOPEN', 'MARK_DUPLICATE',
] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

type Later = Exclude<ComplaintCommand, { type: 'ReceiveComplaint' }>;
/** A command without what the handler fills in. */
type WithoutContext<C> = C extends unknown ? Omit<C, 'at' | 'actingOffice'> : never;
type Probe = WithoutContext<Later>;

const TEXT = 'ข้อความ';

/** Another office than the owner, to forward to: the centre, or a province when the centre owns it. */
const elsewhere = (owner: Office): Office => (owner.level === 'CENTRAL' ? { level: 'PROVINCE', code: '10' } : CENTRAL_OFFICE);

const closing = (reason: CloseReason): Probe => ({ type: 'CloseComplaint', reason, note: TEXT });

function probes(state: ReceivedComplaint): Record<ComplaintAction, Probe[]> {
  return {
    ASSIGN: [{ type: 'AssignComplaint', assignee: { kind: 'AGENCY', name: TEXT } }],
    RECORD_PROGRESS: [{ type: 'RecordComplaintProgress', note: TEXT }],
    FORWARD: [{ type: 'ForwardComplaint', to: elsewhere(state.owningOffice) }],
    RESOLVE: [{ type: 'ResolveComplaint', result: TEXT }],
    CLOSE: CLOSE_REASONS.map(closing),
    REOPEN: [{ type: 'ReopenComplaint', reason: TEXT }],
    MARK_DUPLICATE: [{ type: 'MarkComplaintDuplicate', duplicateOf: `${state.complaintId}-other` }],
  };
}

/** Whether the decider takes the command from `office` in this state. */
function takes(state: ReceivedComplaint, office: Office, probe: Probe, team: string | null): boolean {
  try {
    complaintDecider.decide({ ...probe, at: state.receivedAt, actingOffice: office, actingTeam: team } as Later, state);
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

/** The actions `office` (a tambon team of it, when `team` names its subdistrict) may take on the complaint now, in the order of COMPLAINT_ACTIONS. */
export function complaintActions(state: ReceivedComplaint, office: Office, team: string | null = null): ComplaintAction[] {
  const all = probes(state);
  return COMPLAINT_ACTIONS.filter((action) => all[action].some((probe) => takes(state, office, probe, team)));
}

/** The reasons `office` may close the complaint with now (RESOLVED once resolved, DUPLICATE once marked). */
export function complaintCloseReasons(state: ReceivedComplaint, office: Office, team: string | null = null): CloseReason[] {
  return CLOSE_REASONS.filter((reason) => takes(state, office, closing(reason), team));
}
