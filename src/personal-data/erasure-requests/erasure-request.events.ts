import { EventSchema, UnreadableEventError } from '../../shared/event-schema.js';

/**
 * Events of an erasure request's stream (`erasure-request-<requestId>`): a data subject's request to erase their
 * personal data (PDPA section 33), recorded by a central administrator and decided at once, and, when accepted, the
 * outcome of the erasure. The citizen id is never stored in plain: only masked (xxxxxxxxx1234).
 */

/** Who asked: the data subject themselves, or their representative (ผู้แทนโดยชอบธรรม, ผู้รับมอบอำนาจ). */
export type ErasureRequester = 'DATA_SUBJECT' | 'REPRESENTATIVE';

/** The grounds of PDPA section 33, paragraph 1, (1) to (4). */
export type ErasureBasis = 'NO_LONGER_NECESSARY' | 'CONSENT_WITHDRAWN' | 'OBJECTION' | 'UNLAWFUL_PROCESSING';

/** A case naming the subject, or a staff account they held (its id the caseId). */
export type SubjectCaseType = 'DEBT' | 'COMPLAINT' | 'LEAFLET_PERMIT' | 'BUSINESS' | 'STAFF_ACCOUNT';

export interface CaseRef {
  caseType: SubjectCaseType;
  caseId: string;
}

/** The request as recorded, whatever the decision. */
export interface ErasureRequestData {
  requestId: string;
  /** The citizen id masked: all but its last four digits hidden. */
  subjectMasked: string;
  requester: ErasureRequester;
  basis: ErasureBasis;
  /** The request letter's reference, as typed (trimmed). */
  letterReference: string;
  /** The day the letter was received, ISO (CE). */
  receivedOn: string;
  /** How many cases name the subject (debtor, complainant), staff accounts they held counted. */
  caseCount: number;
  at: string;
}

export interface ErasureRequestRefusedData extends ErasureRequestData {
  /** The subject's cases still open (not closed, not resolved). */
  openCases: CaseRef[];
  /** The subject's cases under a legal hold. */
  heldCases: CaseRef[];
}

export interface SubjectDataErasedData {
  requestId: string;
  /** Keys the shredder destroyed. */
  keysDestroyed: number;
  /** Streams whose personal fields became unreadable. */
  streamCount: number;
  at: string;
}

export type ErasureRequestEvent =
  | { type: 'ErasureRequestAccepted'; data: ErasureRequestData }
  | { type: 'ErasureRequestRefused'; data: ErasureRequestRefusedData }
  | { type: 'SubjectDataErased'; data: SubjectDataErasedData };

export type ErasureRequestEventType = ErasureRequestEvent['type'];

export const ERASURE_REQUEST_SCHEMA_VERSIONS: Readonly<Record<ErasureRequestEventType, number>> = {
  ErasureRequestAccepted: 1, ErasureRequestRefused: 1, SubjectDataErased: 1,
};

export const ERASURE_REQUEST_SCHEMA = new EventSchema<ErasureRequestEvent>('erasure request', ERASURE_REQUEST_SCHEMA_VERSIONS, []);

export const ERASURE_REQUEST_STREAM_PREFIX = 'erasure-request-';
export const erasureRequestStreamId = (requestId: string) => `${ERASURE_REQUEST_STREAM_PREFIX}${requestId}`;

/** The events of a batch in erasure-request streams, each as written now; an unknown type or version throws, naming the event. */
export function erasureRequestEventsIn<S extends { streamId: string; version: number; type: string; schemaVersion: number; data: unknown }>(
  batch: readonly S[],
): { stored: S; event: ErasureRequestEvent }[] {
  return batch.flatMap((stored) => {
    if (!stored.streamId.startsWith(ERASURE_REQUEST_STREAM_PREFIX)) return [];
    try {
      return [{ stored, event: ERASURE_REQUEST_SCHEMA.upcast(stored) }];
    } catch (error) {
      if (error instanceof UnreadableEventError) throw error.at(stored.streamId, stored.version);
      throw error;
    }
  });
}
