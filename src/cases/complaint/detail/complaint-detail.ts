import type { Office } from '../complaint-office.js';
import { evolveComplaint, initialComplaintState, type ComplaintState, type ReceivedComplaint } from '../complaint-state.js';
import type { Assignee, CloseReason, ComplaintEvent, ComplaintReceivedData } from '../complaint.events.js';
import { evolveDocuments, type ComplaintDocumentDetail } from '../documents/complaint-document-detail.js';

/**
 * A complaint read back whole: its state as the decider folds it (complaint-state.ts), the receipt (the
 * complainant, the description, the party complained about, where it happened), and every step since, each
 * with the instant the server recorded it (`at`) and the office that acted (`by`). Pure.
 */
interface Step {
  at: string;
  by: Office;
}

export interface ComplaintDetail {
  state: ReceivedComplaint;
  received: ComplaintReceivedData;
  version: number;
  lastEventAt: string;
  assignments: (Step & { assignee: Assignee; note: string | null })[];
  progressNotes: (Step & { note: string })[];
  forwards: (Step & { from: Office; to: Office; note: string | null })[];
  /** The result standing now: a reopening sets it aside. */
  resolution: (Step & { result: string }) | null;
  /** Set while closed. */
  closing: (Step & { reason: CloseReason; note: string | null; duplicateOf: string | null }) | null;
  reopenings: (Step & { reason: string })[];
  /** The scanned documents, in the order attached, each with its OCR text or why there is none. */
  documents: ComplaintDocumentDetail[];
}

/** The complaint its events make, or undefined for an empty stream. */
export function foldComplaintDetail(events: readonly ComplaintEvent[]): ComplaintDetail | undefined {
  let state: ComplaintState = initialComplaintState();
  let detail: ComplaintDetail | undefined;
  for (const event of events) {
    state = evolveComplaint(state, event);
    if (state.status === null) continue;
    const base: ComplaintDetail = event.type === 'ComplaintReceived' ? received(state, event.data) : detail!;
    detail = { ...evolveDetail(base, event), state, version: base.version + 1, lastEventAt: event.data.at };
  }
  return detail;
}

function received(state: ReceivedComplaint, data: ComplaintReceivedData): ComplaintDetail {
  return {
    state, received: data, version: 0, lastEventAt: data.at, assignments: [], progressNotes: [], forwards: [],
    resolution: null, closing: null, reopenings: [], documents: [],
  };
}

function evolveDetail(detail: ComplaintDetail, event: ComplaintEvent): ComplaintDetail {
  switch (event.type) {
    case 'ComplaintDocumentAttached':
    case 'ComplaintDocumentTextRead':
    case 'ComplaintDocumentTextUnread':
      return { ...detail, documents: evolveDocuments(detail.documents, event) };
  }
  const step = { at: event.data.at, by: event.data.by };
  switch (event.type) {
    case 'ComplaintReceived':
    case 'ComplaintMarkedDuplicate':
      return detail;
    case 'ComplaintAssigned':
      return { ...detail, assignments: [...detail.assignments, { ...step, assignee: event.data.assignee, note: event.data.note }] };
    case 'ComplaintProgressRecorded':
      return { ...detail, progressNotes: [...detail.progressNotes, { ...step, note: event.data.note }] };
    case 'ComplaintForwarded': {
      const { from, to, note } = event.data;
      return { ...detail, forwards: [...detail.forwards, { ...step, from, to, note }] };
    }
    case 'ComplaintResolved':
      return { ...detail, resolution: { ...step, result: event.data.result } };
    case 'ComplaintClosed': {
      const { reason, note, duplicateOf } = event.data;
      return { ...detail, closing: { ...step, reason, note, duplicateOf } };
    }
    case 'ComplaintReopened':
      return { ...detail, resolution: null, closing: null, reopenings: [...detail.reopenings, { ...step, reason: event.data.reason }] };
  }
}
