import { eventLabelOf } from '../../audit/history-specs.js';
import { formatThaiDate, formatThaiDateTime } from '../../calendar/thai-date-text.js';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import { maskCitizenId } from '../../identity/filers/filer-identity.js';
import type { RecordType } from '../../identity/read-log/personal-data-reads.js';

/** How the person appears in a record: the debtor or a creditor of a debt case, a complainant, a permit's applicant, a staff member. */
export type SubjectRole = 'DEBTOR' | 'CREDITOR' | 'COMPLAINANT' | 'PERMIT_APPLICANT' | 'AUTHORISED_FILER' | 'RETURN_OWNER' | 'RETURN_FILER'
  | 'STAFF_MEMBER';

/** A stream of the log that names the person, and the record it is. */
export interface SubjectStream {
  streamId: string;
  recordType: RecordType;
  recordId: string;
  roles: SubjectRole[];
}

export interface CopyEvent {
  eventId: string;
  version: number;
  /** The type as stored, e.g. `DebtorRegistered`. */
  type: string;
  /** Its Thai name as the case histories give it (`ลงทะเบียนลูกหนี้นอกระบบ`); the type as stored where they name none. */
  typeLabelTh: string;
  recordedAt: string;
  /** The Bangkok date and time, Buddhist Era: `15 ธันวาคม 2566 15:00 น.` */
  recordedAtTh: string;
  actor: string;
  actorOffice: string | null;
  /** Who that was, as they were then: name, position and office (or what acted, for the system). */
  actorTh: string;
  /** The event's data as the event store answers it (upcast to its current schema). */
  data: unknown;
}

export interface CopyRecord extends SubjectStream {
  events: CopyEvent[];
}

/** A business registered with a PAO that the person owns (a row, not a stream). */
export interface CopyBusiness {
  businessNo: number;
  authorityCode: string;
  nameTh: string;
  kinds: string[];
  addressLine: string;
  registeredAt: string;
  registeredAtTh: string;
}

/** One entry of the personal-data read log about one of the records. */
export interface CopyRead {
  readId: string;
  readAt: string;
  readAtTh: string;
  accountId: string;
  office: string;
  recordType: RecordType;
  recordId: string;
  fields: string[];
  /** The reader as they were then: name, position and office. */
  readerTh: string;
}

/** The data subject's copy (PDPA section 30): every record about the citizen id, their histories, and who read them. */
export interface SubjectCopy {
  requestId: string;
  requestedAt: string;
  requestedAtTh: string;
  requestedBy: { accountId: string; office: string };
  citizenId: string;
  subjectMasked: string;
  requestReference: string;
  records: CopyRecord[];
  businesses: CopyBusiness[];
  reads: CopyRead[];
}

export interface CopyParts {
  requestId: string;
  requestedAt: Date;
  requestedBy: { accountId: string; office: string };
  citizenId: string;
  requestReference: string;
  streams: { stream: SubjectStream; events: StoredEvent[] }[];
  businesses: (Omit<CopyBusiness, 'registeredAt' | 'registeredAtTh'> & { registeredAt: Date })[];
  reads: (Omit<CopyRead, 'readAt' | 'readAtTh' | 'readerTh'> & { readAt: Date })[];
  /** Who an actor (`account:<id>`) acting for an office was at an instant, in Thai; looked up beforehand. */
  nameOf(actor: string, office: string | null, at: Date): string;
}

const eventOf = (nameOf: CopyParts['nameOf']) => (e: StoredEvent): CopyEvent => ({
  eventId: e.eventId, version: e.version, type: e.type, typeLabelTh: eventLabelOf(e.streamId, e.type)?.th ?? e.type, recordedAt: e.recordedAt.toISOString(),
  recordedAtTh: formatThaiDateTime(e.recordedAt), actor: e.metadata.actor, actorOffice: e.metadata.actorOffice ?? null,
  actorTh: nameOf(e.metadata.actor, e.metadata.actorOffice ?? null, e.recordedAt), data: e.data,
});

/** The copy, its instants in ISO and in Thai (Bangkok, Buddhist Era); records in stream order, events and reads oldest first. Pure. */
export function subjectCopyOf(parts: CopyParts): SubjectCopy {
  return {
    requestId: parts.requestId,
    requestedAt: parts.requestedAt.toISOString(),
    requestedAtTh: formatThaiDateTime(parts.requestedAt),
    requestedBy: parts.requestedBy,
    citizenId: parts.citizenId,
    subjectMasked: maskCitizenId(parts.citizenId),
    requestReference: parts.requestReference,
    records: parts.streams
      .filter(({ events }) => events.length > 0)
      .map(({ stream, events }) => ({ ...stream, events: [...events].sort((a, b) => a.version - b.version).map(eventOf(parts.nameOf)) })),
    businesses: parts.businesses.map((b) => ({ ...b, registeredAt: b.registeredAt.toISOString(), registeredAtTh: formatThaiDate(b.registeredAt) })),
    reads: [...parts.reads].sort((a, b) => Number(a.readId) - Number(b.readId))
      .map((r) => ({
        ...r, readAt: r.readAt.toISOString(), readAtTh: formatThaiDateTime(r.readAt), readerTh: parts.nameOf(`account:${r.accountId}`, r.office, r.readAt),
      })),
  };
}
