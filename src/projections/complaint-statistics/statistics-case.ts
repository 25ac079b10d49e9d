import type { CloseReason, ComplaintEvent } from '../../cases/complaint/complaint.events.js';
import type { LogPosition } from '../../eventstore/event-store.port.js';
import { STATUS_AFTER } from './complaint-statistics.status.js';
import { storedHolder, type StoredHolder } from './statistics-holder.js';
import { monthOf } from './statistics-month.js';

/**
 * A complaint as the statistics projection remembers it (complaint_statistics_cases): counted at the office
 * holding it (see storedHolder), with its status and, while it is closed, the reason it was closed for, so that
 * a reopen or another closing moves it out of the outcome it counted in.
 */
export interface CaseRow extends StoredHolder {
  complaintId: string;
  month: string;
  categoryMain: string;
  status: string;
  closeReason: CloseReason | null;
  lat: number | null;
  lng: number | null;
  version: number;
  /** Where its ComplaintReceived is in the log: a month end lists it as a correction when it came after the month before's. */
  recorded: LogPosition;
}

/** The event folded: its place in the stream and in the log. */
export interface EventPlace {
  version: number;
  position: LogPosition;
}

/** The complaint after one more of its events, the stream's `version`-th; ComplaintReceived starts it. */
export function evolve(complaintId: string, row: CaseRow | undefined, event: ComplaintEvent, { version, position }: EventPlace): CaseRow {
  if (event.type === 'ComplaintReceived') {
    const { data } = event;
    return {
      complaintId, month: monthOf(data.receivedAt), ...storedHolder(data.owningOffice), categoryMain: data.category.mainCode,
      status: 'RECEIVED', closeReason: null, lat: data.location.point?.lat ?? null, lng: data.location.point?.lng ?? null,
      version, recorded: position,
    };
  }
  if (row === undefined) throw new Error(`complaint ${complaintId}: ${event.type} before ComplaintReceived`);
  const status = STATUS_AFTER[event.type] ?? row.status;
  const next = { ...row, status, closeReason: status === 'CLOSED' ? row.closeReason : null, version };
  if (event.type === 'ComplaintClosed') return { ...next, closeReason: event.data.reason };
  if (event.type !== 'ComplaintForwarded') return next;
  return { ...next, ...storedHolder(event.data.to) };
}
