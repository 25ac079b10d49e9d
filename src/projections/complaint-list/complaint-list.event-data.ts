/**
 * The parts of the complaint events (stream `complaint-<id>`) this projection reads. A projection imports no
 * case slice, so it states here the stored JSON shapes it relies on (schema version 1 of each event).
 */
export interface OfficeData {
  level: 'DISTRICT' | 'PROVINCE' | 'CENTRAL';
  code: string;
}

interface FactData {
  complaintId: string;
  at: string;
}

export interface ReceivedData extends FactData {
  trackingCode: string;
  channel: string;
  receivedAt: string;
  owningOffice: OfficeData;
  complainant: { anonymous: true } | { anonymous: false; citizenId: string | null };
  subject: string;
  category: { mainCode: string; subCode: string | null; otherText: string | null };
  location: {
    subdistrictCode: string;
    districtCode: string;
    provinceCode: string;
    point: { lat: number; lng: number } | null;
  };
  accused: { name: string } | null;
  possibleDuplicates: { complaintId: string; reason: string }[];
}

export type ComplaintEventData =
  | { type: 'ComplaintReceived'; data: ReceivedData }
  | { type: 'ComplaintAssigned'; data: FactData & { assignee: Record<string, unknown> } }
  | { type: 'ComplaintProgressRecorded'; data: FactData }
  | { type: 'ComplaintForwarded'; data: FactData & { to: OfficeData } }
  | { type: 'ComplaintResolved'; data: FactData }
  | { type: 'ComplaintClosed'; data: FactData & { reason: string } }
  | { type: 'ComplaintReopened'; data: FactData }
  | { type: 'ComplaintMarkedDuplicate'; data: FactData & { duplicateOf: string } };

export const COMPLAINT_STREAM_PREFIX = 'complaint-';
