import { EventSchema, UnreadableEventError, upcaster } from '../../shared/event-schema.js';

/**
 * Events of a leaflet advertising permit stream (`leaflet-<permitId>`): past-tense facts, values normalised
 * (Arabic digits, ISO CE dates, UTC instants, money in whole satang). `at` is when the server recorded the fact.
 * The request carries what was in force on its day (the fee, the days to decide, the due day), so nothing later
 * (a new ordinance, a holiday added) changes it.
 */

/** The authority that takes the request, as it stood: a municipality, SAO or Pattaya City. */
export interface PermitAuthority {
  code: string;
  nameTh: string;
  kind: 'MUNICIPALITY' | 'SAO' | 'PATTAYA';
  provinceCode: string;
  districtCode: string;
}

export interface Applicant {
  kind: 'PERSON' | 'JURISTIC';
  name: string;
  /** 13 digits: a citizen id for a person, a juristic person's registration number otherwise (check digit verified). */
  idNumber: string;
  phone: string;
}

/** Where the leaflets go: a point, or a whole subdistrict (ตำบล) of the authority's district. */
export type PermitPlace =
  | { kind: 'POINT'; lat: string; lon: string; description: string | null }
  | { kind: 'SUBDISTRICT'; code: string; nameTh: string; description: string | null };

/** PAPER: staff keyed a request made at the office; ONLINE: the applicant, signed in with D.DOPA, requested it themself. */
export const PERMIT_CHANNELS = ['PAPER', 'ONLINE'] as const;
export type PermitChannel = (typeof PERMIT_CHANNELS)[number];

export type LeafletPermitStatus = 'REQUESTED' | 'CHECKED' | 'APPROVED' | 'REFUSED' | 'PAID' | 'ISSUED';

export interface LeafletPermitRequestedData {
  permitId: string;
  at: string;
  /** The Asia/Bangkok day of `at`: the terms in force on it apply. */
  requestedOn: string;
  authority: PermitAuthority;
  /** How the request reached the authority (schema 2; a request of schema 1 was keyed by staff: PAPER). */
  channel: PermitChannel;
  applicant: Applicant;
  advertisement: string;
  places: PermitPlace[];
  from: string;
  to: string;
  leaflets: number;
  feeSatang: number;
  /** The ordinance terms the fee and the days came from: their first day in force. */
  termsEffectiveFrom: string;
  decisionDays: number;
  /** The last working day the authority has to decide (decisionDays working days after requestedOn). */
  dueOn: string;
}

export interface LeafletPermitCheckedData { permitId: string; at: string; note: string | null }
export interface LeafletPermitApprovedData { permitId: string; at: string; decidedOn: string; conditions: string[] }
export interface LeafletPermitRefusedData { permitId: string; at: string; decidedOn: string; reasons: string[] }
export interface LeafletFeePaidData {
  permitId: string; at: string; paidOn: string; amountSatang: number;
  /** The receipt (ใบเสร็จรับเงิน): its number in the authority's book for the fiscal year of paidOn. */
  receipt: { fiscalYear: number; number: number };
}
export interface LeafletPermitIssuedData {
  permitId: string; at: string; issuedOn: string;
  /** The permit's number in the authority's book for the fiscal year of issuedOn. */
  permitNumber: { fiscalYear: number; number: number };
  conditions: string[];
}

export type LeafletPermitEvent =
  | { type: 'LeafletPermitRequested'; data: LeafletPermitRequestedData }
  | { type: 'LeafletPermitChecked'; data: LeafletPermitCheckedData }
  | { type: 'LeafletPermitApproved'; data: LeafletPermitApprovedData }
  | { type: 'LeafletPermitRefused'; data: LeafletPermitRefusedData }
  | { type: 'LeafletFeePaid'; data: LeafletFeePaidData }
  | { type: 'LeafletPermitIssued'; data: LeafletPermitIssuedData };

export type LeafletPermitEventType = LeafletPermitEvent['type'];

export const LEAFLET_EVENT_SCHEMA_VERSIONS: Readonly<Record<LeafletPermitEventType, number>> = {
  LeafletPermitRequested: 2, LeafletPermitChecked: 1, LeafletPermitApproved: 1, LeafletPermitRefused: 1, LeafletFeePaid: 1,
  LeafletPermitIssued: 1,
};

/** A request of schema 1 was keyed by staff at the office: it reads as a PAPER request. */
export const REQUEST_WITHOUT_CHANNEL = upcaster<Omit<LeafletPermitRequestedData, 'channel'>, LeafletPermitRequestedData>({
  type: 'LeafletPermitRequested', from: 1, name: 'leaflet-request-channel-paper',
  reason: 'A request names its channel (ยื่นทางออนไลน์ with D.DOPA, or keyed by staff), so staff tell online requests apart',
  up: (data) => ({ ...data, channel: 'PAPER' }),
});

export const LEAFLET_EVENT_SCHEMA = new EventSchema<LeafletPermitEvent>('leaflet permit', LEAFLET_EVENT_SCHEMA_VERSIONS, [REQUEST_WITHOUT_CHANNEL]);

export const LEAFLET_STREAM_PREFIX = 'leaflet-';
export const leafletStreamId = (permitId: string) => `${LEAFLET_STREAM_PREFIX}${permitId}`;

/**
 * The events of a batch in leaflet permit streams, each as written now; an unknown type or schema version throws,
 * naming the event: a reader stops rather than skip it.
 */
export function leafletEventsIn<S extends { streamId: string; version: number; type: string; schemaVersion: number; data: unknown }>(
  batch: readonly S[],
): { stored: S; event: LeafletPermitEvent }[] {
  return batch.flatMap((stored) => {
    if (!stored.streamId.startsWith(LEAFLET_STREAM_PREFIX)) return [];
    try {
      return [{ stored, event: LEAFLET_EVENT_SCHEMA.upcast(stored) }];
    } catch (error) {
      if (error instanceof UnreadableEventError) throw error.at(stored.streamId, stored.version);
      throw error;
    }
  });
}
