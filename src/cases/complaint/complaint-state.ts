import { ERASED_MARKER } from '../../personal-data/keys/personal-data-shredder.js';
import type { Office } from './complaint-office.js';
import type { Assignee, CloseReason, ComplaintCategory, ComplaintEvent, ComplaintStatus } from './complaint.events.js';
import type { ComplaintDocumentType } from './documents/complaint-documents.events.js';

/**
 * A complaint as its events leave it. Status transitions (decided in complaint-lifecycle.ts):
 *
 *   (none)       ──ReceiveComplaint──────────────▶ RECEIVED
 *   RECEIVED, ASSIGNED, IN_PROGRESS:
 *                ──AssignComplaint───────────────▶ ASSIGNED (a new assignee replaces the last)
 *                ──RecordComplaintProgress───────▶ IN_PROGRESS
 *                ──ForwardComplaint──────────────▶ RECEIVED at the receiving office (assignee cleared)
 *                ──ResolveComplaint──────────────▶ RESOLVED
 *   any but CLOSED:
 *                ──CloseComplaint────────────────▶ CLOSED (reason RESOLVED only from RESOLVED,
 *                                                  reason DUPLICATE only once marked duplicate)
 *                ──MarkComplaintDuplicate────────▶ (status unchanged; duplicateOf set)
 *   RESOLVED, CLOSED:
 *                ──ReopenComplaint───────────────▶ IN_PROGRESS (resolution and close reason cleared;
 *                                                  duplicateOf too when it was closed as a duplicate)
 *   any but CLOSED:  ──AttachComplaintDocument───────▶ (status unchanged; a document added)
 *   any:             ──RecordComplaintDocumentText / Unread (system:ocr) ──▶ (status unchanged; the document read)
 *
 * Only the owning office acts on a complaint; a closed complaint takes nothing but ReopenComplaint.
 */
export interface ReceivedComplaint {
  status: ComplaintStatus;
  complaintId: string;
  trackingCode: string;
  owningOffice: Office;
  receivedAt: string;
  /** Where it happened. */
  subdistrictCode: string;
  districtCode: string;
  provinceCode: string;
  category: ComplaintCategory;
  assignee: Assignee | null;
  /** The result recorded by ResolveComplaint, while the complaint is resolved or closed. */
  resolution: string | null;
  closedReason: CloseReason | null;
  duplicateOf: string | null;
  /** The scanned documents attached, by id: pages, and whether OCR has read them (documents/). */
  documents: Readonly<Record<string, ComplaintDocumentState>>;
  /** Its personal data was erased (issue 17): the receipt's subject reads ERASED_MARKER. */
  personalDataErased: boolean;
}

export interface ComplaintDocumentState {
  contentType: ComplaintDocumentType;
  pages: number;
  text: 'PENDING' | 'READ' | 'UNREAD';
  /** The key its copy is sealed under; null for a document attached before sealing (kept plain). */
  sealedUnder: string | null;
}

export type ComplaintState = { status: null } | ReceivedComplaint;

export const initialComplaintState = (): ComplaintState => ({ status: null });

export function evolveComplaint(state: ComplaintState, event: ComplaintEvent): ComplaintState {
  if (event.type === 'ComplaintReceived') {
    const { data } = event;
    return {
      status: 'RECEIVED',
      complaintId: data.complaintId,
      trackingCode: data.trackingCode,
      owningOffice: data.owningOffice,
      receivedAt: data.receivedAt,
      subdistrictCode: data.location.subdistrictCode,
      districtCode: data.location.districtCode,
      provinceCode: data.location.provinceCode,
      category: data.category,
      assignee: null,
      resolution: null,
      closedReason: null,
      duplicateOf: null,
      documents: {},
      personalDataErased: data.subject === ERASED_MARKER,
    };
  }
  if (state.status === null) throw new Error(`A complaint stream must start with ComplaintReceived, not ${event.type}`);
  switch (event.type) {
    case 'ComplaintAssigned':
      return { ...state, status: 'ASSIGNED', assignee: event.data.assignee };
    case 'ComplaintProgressRecorded':
      return { ...state, status: 'IN_PROGRESS' };
    case 'ComplaintForwarded':
      return { ...state, status: 'RECEIVED', owningOffice: event.data.to, assignee: null };
    case 'ComplaintResolved':
      return { ...state, status: 'RESOLVED', resolution: event.data.result };
    case 'ComplaintClosed':
      return { ...state, status: 'CLOSED', closedReason: event.data.reason };
    case 'ComplaintReopened':
      return {
        ...state,
        status: 'IN_PROGRESS',
        resolution: null,
        closedReason: null,
        duplicateOf: state.closedReason === 'DUPLICATE' ? null : state.duplicateOf,
      };
    case 'ComplaintMarkedDuplicate':
      return { ...state, duplicateOf: event.data.duplicateOf };
    case 'ComplaintDocumentAttached':
      return { ...state, documents: { ...state.documents, [event.data.documentId]: { contentType: event.data.contentType, pages: event.data.pages, text: 'PENDING', sealedUnder: event.data.sealedUnder } } };
    case 'ComplaintDocumentTextRead':
    case 'ComplaintDocumentTextUnread': {
      const document = state.documents[event.data.documentId];
      if (!document) throw new Error(`${event.type} of a document never attached: ${event.data.documentId}`);
      const text = event.type === 'ComplaintDocumentTextRead' ? 'READ' : 'UNREAD';
      return { ...state, documents: { ...state.documents, [event.data.documentId]: { ...document, text } } };
    }
  }
}
