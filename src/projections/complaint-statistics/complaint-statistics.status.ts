import type { CloseReason, ComplaintEventType, ComplaintStatus } from '../../cases/complaint/complaint.events.js';

/** The status each event leaves a complaint in; ComplaintMarkedDuplicate and the documents' events leave it as it was. */
export const STATUS_AFTER: Readonly<Record<ComplaintEventType, ComplaintStatus | null>> = {
  ComplaintReceived: 'RECEIVED',
  ComplaintAssigned: 'ASSIGNED',
  ComplaintProgressRecorded: 'IN_PROGRESS',
  ComplaintForwarded: 'RECEIVED',
  ComplaintReopened: 'IN_PROGRESS',
  ComplaintResolved: 'RESOLVED',
  ComplaintClosed: 'CLOSED',
  ComplaintMarkedDuplicate: null,
  ComplaintDocumentAttached: null,
  ComplaintDocumentTextRead: null,
  ComplaintDocumentTextUnread: null,
};

export type Stage = 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED';

/** The column a status counts in: received, assigned and in progress all count as in progress. */
export function stageOf(status: string): Stage {
  return status === 'RESOLVED' || status === 'CLOSED' ? status : 'IN_PROGRESS';
}

/**
 * Where a complaint counts for the indicator (ร้อยละของการแก้ไขปัญหา, seed 004): SOLVED when resolved and not yet
 * closed or closed as RESOLVED; SET_ASIDE when closed as DUPLICATE or WITHDRAWN, no problem the centre failed to
 * solve, so out of the rate's base; null otherwise (open, or closed as UNRESOLVABLE: in the base, unsolved).
 */
export type Outcome = 'SOLVED' | 'SET_ASIDE';

/** What each closing reason makes of a complaint: a new reason does not compile until it is placed here. */
const OUTCOME_OF_CLOSING: Readonly<Record<CloseReason, Outcome | null>> = {
  RESOLVED: 'SOLVED',
  UNRESOLVABLE: null,
  WITHDRAWN: 'SET_ASIDE',
  DUPLICATE: 'SET_ASIDE',
};

export function outcomeOf(status: string, closeReason: CloseReason | null): Outcome | null {
  if (status === 'RESOLVED') return 'SOLVED';
  return status === 'CLOSED' && closeReason !== null ? OUTCOME_OF_CLOSING[closeReason] : null;
}
