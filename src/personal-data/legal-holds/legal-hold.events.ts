import { EventSchema, UnreadableEventError } from '../../shared/event-schema.js';

/**
 * Events of a case's legal-hold stream (`legal-hold-<case stream>`, e.g. `legal-hold-debt-<caseId>`): a court order or
 * an official letter places a hold on the case, which stops its erasure by request or by retention until it is lifted.
 * Values normalised: texts trimmed, `at` the UTC instant the server recorded the fact.
 */

/** The kinds of case a hold can be placed on, by their stream prefix. */
export type HeldCaseType = 'DEBT' | 'COMPLAINT' | 'LEAFLET_PERMIT';

export const CASE_STREAM_PREFIX: Readonly<Record<HeldCaseType, string>> = { DEBT: 'debt-', COMPLAINT: 'complaint-', LEAFLET_PERMIT: 'leaflet-' };

export const caseStreamOf = (caseType: HeldCaseType, caseId: string) => `${CASE_STREAM_PREFIX[caseType]}${caseId}`;

export const LEGAL_HOLD_STREAM_PREFIX = 'legal-hold-';
/** The hold stream of a case stream. */
export const legalHoldStreamOf = (caseStreamId: string) => `${LEGAL_HOLD_STREAM_PREFIX}${caseStreamId}`;

export interface LegalHoldPlacedData {
  caseType: HeldCaseType;
  caseId: string;
  /** The hold's number on the case, 1, 2, … in order. */
  holdNo: number;
  reason: string;
  /** The order's or letter's reference (e.g. คำสั่งศาลแพ่ง คดีหมายเลขดำที่ …). */
  orderReference: string;
  at: string;
}

export interface LegalHoldLiftedData {
  caseType: HeldCaseType;
  caseId: string;
  holdNo: number;
  reason: string;
  at: string;
}

export type LegalHoldEvent =
  | { type: 'LegalHoldPlaced'; data: LegalHoldPlacedData }
  | { type: 'LegalHoldLifted'; data: LegalHoldLiftedData };

export type LegalHoldEventType = LegalHoldEvent['type'];

export const LEGAL_HOLD_SCHEMA_VERSIONS: Readonly<Record<LegalHoldEventType, number>> = { LegalHoldPlaced: 1, LegalHoldLifted: 1 };

export const LEGAL_HOLD_SCHEMA = new EventSchema<LegalHoldEvent>('legal hold', LEGAL_HOLD_SCHEMA_VERSIONS, []);

/** The events of a batch in legal-hold streams, each as written now; an unknown type or version throws, naming the event. */
export function legalHoldEventsIn<S extends { streamId: string; version: number; type: string; schemaVersion: number; data: unknown }>(
  batch: readonly S[],
): { stored: S; event: LegalHoldEvent }[] {
  return batch.flatMap((stored) => {
    if (!stored.streamId.startsWith(LEGAL_HOLD_STREAM_PREFIX)) return [];
    try {
      return [{ stored, event: LEGAL_HOLD_SCHEMA.upcast(stored) }];
    } catch (error) {
      if (error instanceof UnreadableEventError) throw error.at(stored.streamId, stored.version);
      throw error;
    }
  });
}
