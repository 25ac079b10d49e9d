import type { PermitAuthority, PermitChannel } from './leaflet-permit.events.js';

/**
 * Commands on a leaflet permit as the handler passes them to the decider: values raw, as staff typed them (Thai
 * digits, Buddhist Era dates); what only the server knows (the time, the authority and its terms, the due day,
 * numbers taken from the authority's books) is added by the handler.
 */
interface CommandBase { at: string }

export interface PlaceInput {
  lat?: string | null;
  lon?: string | null;
  subdistrictCode?: string | null;
  description?: string | null;
}

export interface ApplicantInput {
  kind: string;
  name: string;
  idNumber: string;
  phone: string;
}

/** The authority's terms in force on the request day, as far as leaflet permits go. */
export interface LeafletTerms {
  effectiveFrom: string;
  feeSatang: number;
  decisionDays: number;
}

export interface RequestLeafletPermit extends CommandBase {
  type: 'RequestLeafletPermit';
  permitId: string;
  /** The authority as registered; its kind is judged here (a PAO issues no leaflet permit). */
  authority: Omit<PermitAuthority, 'kind' | 'districtCode'> & { kind: string; districtCode: string | null };
  /** Null when the authority has no leaflet fee in force on the request day. */
  terms: LeafletTerms | null;
  /** The last working day to decide, counted from the request day by the holiday table (leaflet-permit-due.ts). */
  dueOn: string | null;
  /** Set by the handler: PAPER for staff, ONLINE for a filer signed in with D.DOPA. */
  channel: PermitChannel;
  applicant: ApplicantInput;
  advertisement: string;
  places: PlaceInput[];
  from: string;
  to: string;
  leaflets: string;
}

export interface CheckLeafletPermit extends CommandBase { type: 'CheckLeafletPermit'; note?: string | null }
export interface ApproveLeafletPermit extends CommandBase { type: 'ApproveLeafletPermit'; conditions: string[] }
export interface RefuseLeafletPermit extends CommandBase { type: 'RefuseLeafletPermit'; reasons: string[] }
export interface RecordLeafletFeePaid extends CommandBase {
  type: 'RecordLeafletFeePaid';
  amount: string;
  paidOn: string;
  /** Taken from the authority's receipt book in the transaction that stores the event. */
  receipt: { fiscalYear: number; number: number };
}
export interface IssueLeafletPermit extends CommandBase {
  type: 'IssueLeafletPermit';
  /** Taken from the authority's permit book in the transaction that stores the event. */
  permitNumber: { fiscalYear: number; number: number };
}

export type LeafletPermitCommand =
  | RequestLeafletPermit | CheckLeafletPermit | ApproveLeafletPermit | RefuseLeafletPermit | RecordLeafletFeePaid | IssueLeafletPermit;
