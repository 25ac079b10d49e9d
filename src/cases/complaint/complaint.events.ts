import { EventSchema, UnreadableEventError } from '../../shared/event-schema.js';
import type { MapPoint } from './complaint-input.js';
import type { Office } from './complaint-office.js';
import { COMPLAINT_UPCASTERS } from './complaint-upcasters.js';
import type { ComplaintDocumentEvent } from './documents/complaint-documents.events.js';

/**
 * Events of a complaint stream (`complaint-<id>`): past-tense facts with plain JSON data. Times are ISO
 * instants in UTC; `at` is when the server recorded the fact and `by` the office that acted. Absent optional
 * values are null, never missing, so every event of a type has the same keys.
 */
export const COMPLAINT_CHANNELS = ['WALK_IN', 'HOTLINE_1567', 'LETTER', 'WEBSITE', 'MOBILE', 'OTHER'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const PARTY_KINDS = ['PERSON', 'STATE_OFFICIAL', 'ORGANISATION', 'STATE_AGENCY'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const CLOSE_REASONS = ['RESOLVED', 'UNRESOLVABLE', 'WITHDRAWN', 'DUPLICATE'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export type ComplaintStatus = 'RECEIVED' | 'ASSIGNED' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED';

export interface Address {
  line: string;
  subdistrictCode: string;
  districtCode: string;
  provinceCode: string;
}

export type Complainant =
  | { anonymous: true }
  | {
    anonymous: false;
    citizenId: string | null;
    title: string | null;
    firstName: string;
    lastName: string;
    phone: string | null;
    address: Address | null;
  };

/** ผู้ถูกร้องเรียน: the party complained about. */
export interface Party {
  kind: PartyKind;
  name: string;
  position: string | null;
  agency: string | null;
}

/** Codes from complaint-categories.ts; for main category OTHER, subCode is null and otherText is set. */
export interface ComplaintCategory {
  mainCode: string;
  subCode: string | null;
  otherText: string | null;
}

/** Where it happened. */
export interface ComplaintLocation {
  subdistrictCode: string;
  districtCode: string;
  provinceCode: string;
  point: MapPoint | null;
}

/** ชุดปฏิบัติการประจำตำบล (ชปต.) of a subdistrict of the owning district, or a named agency. */
export type Assignee = { kind: 'TAMBON_TEAM'; subdistrictCode: string } | { kind: 'AGENCY'; name: string };

export type DuplicateReason = 'SAME_COMPLAINANT' | 'SAME_ACCUSED_SIMILAR_SUBJECT';

/**
 * A possible duplicate held in the receiving office's area (coversOffice of the office that received it): its id.
 * Every entry of a ComplaintReceived of schema version 1 has this shape, whatever the area; they are read as
 * they are (version 2 only added the shape below).
 */
export interface DuplicateInArea {
  complaintId: string;
  reason: DuplicateReason;
}

/**
 * One held outside the receiving office's area: only the office holding it, the Bangkok day it was received
 * (YYYY-MM-DD) and why it matched; never its id, subject or people. Version 2 of ComplaintReceived.
 */
export interface DuplicateElsewhere {
  heldBy: Office;
  since: string;
  reason: DuplicateReason;
}

export type PossibleDuplicate = DuplicateInArea | DuplicateElsewhere;

export const isDuplicateInArea = (duplicate: PossibleDuplicate): duplicate is DuplicateInArea => 'complaintId' in duplicate;

interface Fact {
  complaintId: string;
  at: string;
  by: Office;
}

export interface ComplaintReceivedData extends Fact {
  trackingCode: string;
  channel: ComplaintChannel;
  /** When the office took the complaint: a paper complaint keeps its own (earlier) date. */
  receivedAt: string;
  owningOffice: Office;
  complainant: Complainant;
  subject: string;
  description: string;
  category: ComplaintCategory;
  location: ComplaintLocation;
  accused: Party | null;
  possibleDuplicates: PossibleDuplicate[];
}

export type ComplaintEvent =
  | { type: 'ComplaintReceived'; data: ComplaintReceivedData }
  | { type: 'ComplaintAssigned'; data: Fact & { assignee: Assignee; note: string | null } }
  | { type: 'ComplaintProgressRecorded'; data: Fact & { note: string } }
  | { type: 'ComplaintForwarded'; data: Fact & { from: Office; to: Office; note: string | null } }
  | { type: 'ComplaintResolved'; data: Fact & { result: string } }
  | { type: 'ComplaintClosed'; data: Fact & { reason: CloseReason; note: string | null; duplicateOf: string | null } }
  | { type: 'ComplaintReopened'; data: Fact & { reason: string } }
  | { type: 'ComplaintMarkedDuplicate'; data: Fact & { duplicateOf: string } }
  | ComplaintDocumentEvent;

export type ComplaintEventType = ComplaintEvent['type'];
export type ComplaintEventData<T extends ComplaintEventType> = Extract<ComplaintEvent, { type: T }>['data'];

/**
 * Schema version of each event type as written now; a new shape gets a new version and an upcaster from the one
 * before (complaint-upcasters.ts).
 */
export const COMPLAINT_EVENT_SCHEMA_VERSIONS: Readonly<Record<ComplaintEventType, number>> = {
  ComplaintReceived: 2,
  ComplaintAssigned: 1,
  ComplaintProgressRecorded: 1,
  ComplaintForwarded: 1,
  ComplaintResolved: 1,
  ComplaintClosed: 1,
  ComplaintReopened: 1,
  ComplaintMarkedDuplicate: 1,
  ComplaintDocumentAttached: 2,
  ComplaintDocumentTextRead: 1,
  ComplaintDocumentTextUnread: 1,
};

/** The complaint events' versions and the upcasters between them: where a stored complaint event becomes a ComplaintEvent. */
export const COMPLAINT_EVENTS = new EventSchema<ComplaintEvent>('complaint', COMPLAINT_EVENT_SCHEMA_VERSIONS, COMPLAINT_UPCASTERS);

/** Streams of complaints: `complaint-<complaintId>`. */
export const COMPLAINT_STREAM_PREFIX = 'complaint-';

/** What a reader of the log needs of a stored event to read it as a complaint event. */
export interface StoredComplaintEventLike {
  streamId: string;
  version: number;
  type: string;
  schemaVersion: number;
  data: unknown;
}

/**
 * A stored event as the complaint event it is, as written now (upcast from the version it was stored in), or
 * undefined when it is not in a complaint's stream. A type this code does not know, or a schema version no
 * upcasters lead from, throws, naming the event: a reader stops rather than skip it.
 */
export function readComplaintEvent(stored: StoredComplaintEventLike): ComplaintEvent | undefined {
  if (!stored.streamId.startsWith(COMPLAINT_STREAM_PREFIX)) return undefined;
  try {
    return COMPLAINT_EVENTS.upcast(stored);
  } catch (error) {
    if (error instanceof UnreadableEventError) throw error.at(stored.streamId, stored.version);
    throw error;
  }
}

/** The events of a batch that are in complaint streams, each with the complaint event it is (see readComplaintEvent). */
export function complaintEventsIn<S extends StoredComplaintEventLike>(batch: readonly S[]): { stored: S; event: ComplaintEvent }[] {
  return batch.flatMap((stored) => {
    const event = readComplaintEvent(stored);
    return event ? [{ stored, event }] : [];
  });
}
