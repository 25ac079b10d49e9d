import type { ComplaintEventType, ComplaintStatus } from '../../cases/complaint/complaint.events.js';

export const COMPLAINT_STREAM_PREFIX = 'complaint-';

/** The status each event leaves a complaint in; ComplaintMarkedDuplicate leaves it as it was. */
export const STATUS_AFTER: Readonly<Record<ComplaintEventType, ComplaintStatus | null>> = {
  ComplaintReceived: 'RECEIVED',
  ComplaintAssigned: 'ASSIGNED',
  ComplaintProgressRecorded: 'IN_PROGRESS',
  ComplaintForwarded: 'RECEIVED',
  ComplaintReopened: 'IN_PROGRESS',
  ComplaintResolved: 'RESOLVED',
  ComplaintClosed: 'CLOSED',
  ComplaintMarkedDuplicate: null,
};

export type Stage = 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED';

/** The column a status counts in: received, assigned and in progress all count as in progress. */
export function stageOf(status: string): Stage {
  return status === 'RESOLVED' || status === 'CLOSED' ? status : 'IN_PROGRESS';
}
