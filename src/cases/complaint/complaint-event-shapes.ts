import type { RecordedFact } from '../../shared/decider.js';
import { UnreadableEventError } from '../../shared/event-schema.js';
import { either, finite, type Guard, integer, listOf, nullable, oneOf, shape, text } from '../../shared/json-guard.js';
import type { MapPoint } from './complaint-input.js';
import { OFFICE_LEVELS, type Office } from './complaint-office.js';
import {
  CLOSE_REASONS, COMPLAINT_CHANNELS, COMPLAINT_EVENTS, PARTY_KINDS, type Address, type Assignee, type ComplaintCategory, type ComplaintEvent, type ComplaintEventData,
  type ComplaintEventType, type Complainant, type ComplaintLocation, type DuplicateElsewhere, type DuplicateInArea, type DuplicateReason, type Party,
  type PossibleDuplicate,
} from './complaint.events.js';
import { COMPLAINT_DOCUMENT_TYPES, type ComplaintDocumentPageText } from './documents/complaint-documents.events.js';

const office = shape<Office>({ level: oneOf(OFFICE_LEVELS), code: text });
const address = shape<Address>({ line: text, subdistrictCode: text, districtCode: text, provinceCode: text });
const complainant: Guard<Complainant> = either(
  shape<Extract<Complainant, { anonymous: true }>>({ anonymous: oneOf([true]) }),
  shape<Extract<Complainant, { anonymous: false }>>({
    anonymous: oneOf([false]), citizenId: nullable(text), title: nullable(text), firstName: text, lastName: text, phone: nullable(text),
    address: nullable(address),
  }),
);
const party = shape<Party>({ kind: oneOf(PARTY_KINDS), name: text, position: nullable(text), agency: nullable(text) });
const category = shape<ComplaintCategory>({ mainCode: text, subCode: nullable(text), otherText: nullable(text) });
const point = shape<MapPoint>({ lat: finite, lng: finite });
const location = shape<ComplaintLocation>({ subdistrictCode: text, districtCode: text, provinceCode: text, point: nullable(point) });
const assignee: Guard<Assignee> = either(
  shape<Extract<Assignee, { kind: 'TAMBON_TEAM' }>>({ kind: oneOf(['TAMBON_TEAM']), subdistrictCode: text }),
  shape<Extract<Assignee, { kind: 'AGENCY' }>>({ kind: oneOf(['AGENCY']), name: text }),
);
const DUPLICATE_REASONS = Object.keys({ SAME_COMPLAINANT: 0, SAME_ACCUSED_SIMILAR_SUBJECT: 0 } satisfies Record<DuplicateReason, 0>) as DuplicateReason[];
const possibleDuplicate: Guard<PossibleDuplicate> = either(
  shape<DuplicateInArea>({ complaintId: text, reason: oneOf(DUPLICATE_REASONS) }),
  shape<DuplicateElsewhere>({ heldBy: office, since: text, reason: oneOf(DUPLICATE_REASONS) }),
);
const fact = { complaintId: text, at: text, by: office };
const pageText = shape<ComplaintDocumentPageText>({ page: integer, text, confidence: nullable(finite) });

/** The shape of each complaint event's data as written now (schema versions in COMPLAINT_EVENT_SCHEMA_VERSIONS). */
const SHAPES: { [T in ComplaintEventType]: Guard<ComplaintEventData<T>> } = {
  ComplaintReceived: shape<ComplaintEventData<'ComplaintReceived'>>({
    ...fact, trackingCode: text, channel: oneOf(COMPLAINT_CHANNELS), receivedAt: text, owningOffice: office, complainant, subject: text,
    description: text, category, location, accused: nullable(party), possibleDuplicates: listOf(possibleDuplicate),
  }),
  ComplaintAssigned: shape<ComplaintEventData<'ComplaintAssigned'>>({ ...fact, assignee, note: nullable(text) }),
  ComplaintProgressRecorded: shape<ComplaintEventData<'ComplaintProgressRecorded'>>({ ...fact, note: text }),
  ComplaintForwarded: shape<ComplaintEventData<'ComplaintForwarded'>>({ ...fact, from: office, to: office, note: nullable(text) }),
  ComplaintResolved: shape<ComplaintEventData<'ComplaintResolved'>>({ ...fact, result: text }),
  ComplaintClosed: shape<ComplaintEventData<'ComplaintClosed'>>({ ...fact, reason: oneOf(CLOSE_REASONS), note: nullable(text), duplicateOf: nullable(text) }),
  ComplaintReopened: shape<ComplaintEventData<'ComplaintReopened'>>({ ...fact, reason: text }),
  ComplaintMarkedDuplicate: shape<ComplaintEventData<'ComplaintMarkedDuplicate'>>({ ...fact, duplicateOf: text }),
  ComplaintDocumentAttached: shape<ComplaintEventData<'ComplaintDocumentAttached'>>({
    ...fact, documentId: text, contentType: oneOf(COMPLAINT_DOCUMENT_TYPES), size: integer, pages: integer, fileName: nullable(text),
    sealedUnder: nullable(text),
  }),
  ComplaintDocumentTextRead: shape<ComplaintEventData<'ComplaintDocumentTextRead'>>({
    complaintId: text, documentId: text, engine: text, pages: listOf(pageText), at: text,
  }),
  ComplaintDocumentTextUnread: shape<ComplaintEventData<'ComplaintDocumentTextUnread'>>({ complaintId: text, documentId: text, reason: text, at: text }),
};

/**
 * A recorded event as the complaint event it is as written now (upcast through COMPLAINT_EVENTS from the version it
 * was stored in), or undefined when it is not one this code can fold: an unknown type, a version no upcasters lead
 * from, or data that is not of the current shape once upcast.
 */
export function readRecordedComplaintEvent(stored: RecordedFact): ComplaintEvent | undefined {
  let event: ComplaintEvent;
  try {
    event = COMPLAINT_EVENTS.upcast(stored);
  } catch (error) {
    if (error instanceof UnreadableEventError) return undefined;
    throw error;
  }
  return (SHAPES[event.type] as Guard<unknown>)(event.data) ? event : undefined;
}
