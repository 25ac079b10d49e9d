import { EventSchema, UnreadableEventError } from '../../shared/event-schema.js';

/**
 * Events of a business's stream (`business-<businessNo>`): who may file its monthly returns online for the juristic
 * person that owns it (ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคล). Values normalised: Arabic digits, ISO CE dates, UTC instants;
 * `at` is when the server recorded the fact.
 */

/** The business as it stood when a filer was first authorised for it: its PAO and where it lies (for access). */
export interface FilerBusinessPlace {
  businessNo: number;
  authorityCode: string;
  districtCode: string;
  provinceCode: string;
}

export interface BusinessFilerAuthorisedData {
  business: FilerBusinessPlace;
  /** The authorisation's number on the business, 1, 2, … in order. */
  filerNo: number;
  /** 13 digits, check digit verified: the citizen D.DOPA will prove at sign-in. */
  citizenId: string;
  name: string;
  /** กรรมการผู้มีอำนาจ, ผู้รับมอบอำนาจ …: their filings' position unless they give another. */
  role: string;
  /** The document the company authorised them by (หนังสือมอบอำนาจ, หนังสือรับรองนิติบุคคล): its reference and date. */
  evidence: { reference: string; date: string };
  at: string;
}

export interface BusinessFilerRevokedData {
  businessNo: number;
  filerNo: number;
  reason: string;
  at: string;
}

export type BusinessFilerEvent =
  | { type: 'BusinessFilerAuthorised'; data: BusinessFilerAuthorisedData }
  | { type: 'BusinessFilerRevoked'; data: BusinessFilerRevokedData };

export type BusinessFilerEventType = BusinessFilerEvent['type'];

export const BUSINESS_FILER_SCHEMA_VERSIONS: Readonly<Record<BusinessFilerEventType, number>> = {
  BusinessFilerAuthorised: 1, BusinessFilerRevoked: 1,
};

export const BUSINESS_FILER_SCHEMA = new EventSchema<BusinessFilerEvent>('business filer', BUSINESS_FILER_SCHEMA_VERSIONS, []);

export const BUSINESS_STREAM_PREFIX = 'business-';
export const businessStreamId = (businessNo: number) => `${BUSINESS_STREAM_PREFIX}${businessNo}`;

/** The events of a batch in business streams, each as written now; an unknown type or version throws, naming the event. */
export function businessFilerEventsIn<S extends { streamId: string; version: number; type: string; schemaVersion: number; data: unknown }>(
  batch: readonly S[],
): { stored: S; event: BusinessFilerEvent }[] {
  return batch.flatMap((stored) => {
    if (!stored.streamId.startsWith(BUSINESS_STREAM_PREFIX)) return [];
    try {
      return [{ stored, event: BUSINESS_FILER_SCHEMA.upcast(stored) }];
    } catch (error) {
      if (error instanceof UnreadableEventError) throw error.at(stored.streamId, stored.version);
      throw error;
    }
  });
}
