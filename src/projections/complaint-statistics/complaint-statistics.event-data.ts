/** The parts of the complaint events (stream `complaint-<id>`, schema version 1) the statistics read. */
export interface ReceivedData {
  receivedAt: string;
  category: { mainCode: string };
  location: { districtCode: string; provinceCode: string; point: { lat: number; lng: number } | null };
}

export const COMPLAINT_STREAM_PREFIX = 'complaint-';

/** The status an event leaves a complaint in, as the complaint slice names it. */
export const STATUS_AFTER: Readonly<Record<string, string | null>> = {
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
