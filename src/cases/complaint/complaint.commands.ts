import type { DuplicateCandidate } from './duplicates/complaint-duplicates.js';
import type { MapPoint } from './complaint-input.js';
import type { Office } from './complaint-office.js';
import type { CloseReason, ComplaintChannel, PartyKind } from './complaint.events.js';
import type { ComplaintDocumentCommand } from './documents/complaint-documents.commands.js';

/**
 * Commands on a complaint, as the command handler passes them to the decider. `at` is the instant the server
 * recorded the command (ISO 8601); `actingOffice` is the office of the staff member sending it. Codes may be
 * typed in Thai digits; optional text may be null or absent.
 */
interface CommandBase {
  at: string;
  actingOffice: Office;
  /**
   * The subdistrict code when a member of its tambon team (ชปต.) sends the command; the acting office is then the
   * district the team works for. A team records progress on the complaints assigned to it, nothing else.
   */
  actingTeam?: string | null;
}

export interface ComplainantInput {
  /** True when the complainant asks to stay anonymous; the other fields must then be empty. */
  anonymous: boolean;
  citizenId?: string | null;
  title?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
  address?: { line: string; subdistrictCode: string; districtCode: string } | null;
}

export interface PartyInput {
  kind: PartyKind;
  name: string;
  position?: string | null;
  agency?: string | null;
}

/** รับเรื่องร้องเรียนร้องทุกข์. The acting office receives the complaint and owns it. */
export interface ReceiveComplaint extends CommandBase {
  type: 'ReceiveComplaint';
  complaintId: string;
  /** From generateTrackingCode() in tracking-code.ts, made outside the decider. */
  trackingCode: string;
  channel: ComplaintChannel;
  /** A complaint taken earlier (on paper) keeps its own date or instant; defaults to `at`. */
  receivedAt?: string | null;
  complainant: ComplainantInput;
  subject: string;
  description: string;
  /** Main and sub category codes; for main OTHER, no sub code but the sub category written in otherText. */
  category: { main: string; sub?: string | null; otherText?: string | null };
  location: { subdistrictCode: string; districtCode: string; point?: MapPoint | null };
  accused?: PartyInput | null;
  /** Complaints the read model found with the same complainant or accused; the decider picks the matches. */
  candidates: DuplicateCandidate[];
}

export interface AssignComplaint extends CommandBase {
  type: 'AssignComplaint';
  assignee: { kind: 'TAMBON_TEAM'; subdistrictCode: string } | { kind: 'AGENCY'; name: string };
  note?: string | null;
}

export interface RecordComplaintProgress extends CommandBase {
  type: 'RecordComplaintProgress';
  note: string;
}

/** Sends the complaint to a province, the central centre or another district, which then owns it. */
export interface ForwardComplaint extends CommandBase {
  type: 'ForwardComplaint';
  to: Office;
  note?: string | null;
}

export interface ResolveComplaint extends CommandBase {
  type: 'ResolveComplaint';
  result: string;
}

export interface CloseComplaint extends CommandBase {
  type: 'CloseComplaint';
  reason: CloseReason;
  /** Required when the reason is UNRESOLVABLE. */
  note?: string | null;
}

export interface ReopenComplaint extends CommandBase {
  type: 'ReopenComplaint';
  reason: string;
}

export interface MarkComplaintDuplicate extends CommandBase {
  type: 'MarkComplaintDuplicate';
  duplicateOf: string;
}

export type ComplaintCommand =
  | ReceiveComplaint
  | AssignComplaint
  | RecordComplaintProgress
  | ForwardComplaint
  | ResolveComplaint
  | CloseComplaint
  | ReopenComplaint
  | MarkComplaintDuplicate
  | ComplaintDocumentCommand;
