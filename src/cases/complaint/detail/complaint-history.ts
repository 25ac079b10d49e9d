import type { HistorySpec } from '../../../audit/field-changes.js';
import { evolveComplaint, initialComplaintState, type ComplaintState } from '../complaint-state.js';
import { COMPLAINT_EVENTS, type ComplaintEvent } from '../complaint.events.js';
import { COMPLAINT_EVENT_LABELS, COMPLAINT_FIELD_LABELS } from './complaint-history.labels.js';

/**
 * A complaint's history as typed changes (audit/field-changes.ts): the complaint as the decider folds it,
 * before and after each event, and what each event records beside it (the receipt's people and text, notes,
 * reasons, a document's file and its reading, never its text). The office that acted is the entry's own.
 */
export const complaintHistory: HistorySpec<ComplaintEvent, ComplaintState> = {
  read: (event) => COMPLAINT_EVENTS.upcast(event),
  initialState: initialComplaintState,
  evolve: evolveComplaint,
  view(state) {
    if (state.status === null) return null;
    // Whether its subject was erased is read from the erased fields themselves, which the history shows as erased.
    const { complaintId, subdistrictCode, districtCode, provinceCode, documents, personalDataErased, ...shown } = state;
    return { ...shown, location: { subdistrictCode, districtCode, provinceCode } };
  },
  facts(event) {
    switch (event.type) {
      case 'ComplaintReceived': {
        const { channel, complainant, subject, description, accused, location, possibleDuplicates } = event.data;
        return { channel, complainant, subject, description, accused, location: { point: location.point }, possibleDuplicates };
      }
      case 'ComplaintAssigned':
      case 'ComplaintProgressRecorded':
      case 'ComplaintForwarded':
      case 'ComplaintClosed':
        return { note: event.data.note };
      case 'ComplaintReopened':
        return { reason: event.data.reason };
      case 'ComplaintResolved':
      case 'ComplaintMarkedDuplicate':
        return {};
      case 'ComplaintDocumentAttached': {
        const { documentId, contentType, size, pages, fileName } = event.data;
        return { document: { documentId, fileName, contentType, size, pages } };
      }
      case 'ComplaintDocumentTextRead':
        return { document: { documentId: event.data.documentId, engine: event.data.engine, pagesRead: event.data.pages.length } };
      case 'ComplaintDocumentTextUnread':
        return { document: { documentId: event.data.documentId }, reason: event.data.reason };
    }
  },
  types: COMPLAINT_EVENT_LABELS,
  fields: COMPLAINT_FIELD_LABELS,
};
