import type { HeldCaseType } from './legal-hold.events.js';

/** A central administrator places a hold on a case; the handler says whether the case exists in the log. */
export interface PlaceLegalHold {
  type: 'PlaceLegalHold';
  at: string;
  caseType: HeldCaseType;
  caseId: string;
  caseFound: boolean;
  reason: string;
  orderReference: string;
}

/** A central administrator lifts the active hold of a case, with why (the order was revoked, the case was decided). */
export interface LiftLegalHold {
  type: 'LiftLegalHold';
  at: string;
  reason: string;
}

export type LegalHoldCommand = PlaceLegalHold | LiftLegalHold;
