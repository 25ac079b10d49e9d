import type { Decider } from '../../shared/decider.js';
import { UnreadableEventError } from '../../shared/event-schema.js';
import { FieldErrors } from '../../shared/field-errors.js';
import { requireText } from '../../shared/text-input.js';
import { toArabicDigits } from '../../shared/thai-digits.js';
import type { LegalHoldCommand, LiftLegalHold, PlaceLegalHold } from './legal-hold.commands.js';
import {
  type HeldCaseType, LEGAL_HOLD_SCHEMA, LEGAL_HOLD_SCHEMA_VERSIONS, type LegalHoldEvent, type LegalHoldEventType,
} from './legal-hold.events.js';
import { legalHoldErrors } from './legal-hold-errors.js';

/** The most each text holds. */
export const LEGAL_HOLD_LIMITS = { caseId: 100, reason: 500, orderReference: 200 } as const;

const CASE_ID = /^[A-Za-z0-9_.-]+$/;

/** A case's holds folded: the case (once held), how many were placed, and the active one's number (null when none is). */
export interface LegalHoldState {
  held: { caseType: HeldCaseType; caseId: string } | null;
  holds: number;
  active: number | null;
}

export const initialLegalHoldState = (): LegalHoldState => ({ held: null, holds: 0, active: null });

export function evolveLegalHold(state: LegalHoldState, event: LegalHoldEvent): LegalHoldState {
  const { caseType, caseId, holdNo } = event.data;
  if (event.type === 'LegalHoldPlaced') return { held: { caseType, caseId }, holds: holdNo, active: holdNo };
  return { ...state, active: null };
}

/** A case id as typed: trimmed, Thai digits read; letters, digits, `-`, `_` and `.` only, at most 100. */
export function parseHeldCaseId(typed: string): string {
  const id = toArabicDigits(String(typed ?? '')).trim();
  if (id === '' || id.length > LEGAL_HOLD_LIMITS.caseId || !CASE_ID.test(id)) throw legalHoldErrors.caseIdFormat();
  return id;
}

/**
 * การระงับการลบข้อมูลตามคำสั่ง (legal hold): a central administrator places a hold on a debt case, a complaint or a leaflet permit on
 * the strength of a court order or an official letter, which stops the erasure of its personal data by request or by
 * retention; one hold is active at a time; lifting it says why. Pure: the time and whether the case exists arrive on
 * the command.
 */
export const legalHoldDecider: Decider<LegalHoldCommand, LegalHoldEvent, LegalHoldState> & {
  schemaVersions: Readonly<Record<LegalHoldEventType, number>>;
} = {
  initialState: initialLegalHoldState,
  evolve: evolveLegalHold,
  decide: (command, state) => (command.type === 'PlaceLegalHold' ? decidePlace(command, state) : decideLift(command, state)),
  schemaVersions: LEGAL_HOLD_SCHEMA_VERSIONS,
  read(recorded) {
    try {
      return LEGAL_HOLD_SCHEMA.upcast(recorded);
    } catch (error) {
      if (error instanceof UnreadableEventError) return undefined;
      throw error;
    }
  },
};

function decidePlace(command: PlaceLegalHold, state: LegalHoldState): LegalHoldEvent[] {
  const errors = new FieldErrors();
  const caseId = errors.take(() => parseHeldCaseId(command.caseId));
  const reason = errors.take(() => requireText(command.reason, 'reason', LEGAL_HOLD_LIMITS.reason));
  const orderReference = errors.take(() => requireText(command.orderReference, 'orderReference', LEGAL_HOLD_LIMITS.orderReference));
  const valid = errors.done({ caseId, reason, orderReference });
  if (!command.caseFound) throw legalHoldErrors.unknownCase();
  if (state.active !== null) throw legalHoldErrors.alreadyHeld(state.active);
  return [{
    type: 'LegalHoldPlaced',
    data: { caseType: command.caseType, caseId: valid.caseId, holdNo: state.holds + 1, reason: valid.reason, orderReference: valid.orderReference, at: command.at },
  }];
}

function decideLift(command: LiftLegalHold, state: LegalHoldState): LegalHoldEvent[] {
  if (state.active === null || state.held === null) throw legalHoldErrors.notHeld();
  const reason = requireText(command.reason, 'reason', LEGAL_HOLD_LIMITS.reason);
  return [{ type: 'LegalHoldLifted', data: { ...state.held, holdNo: state.active, reason, at: command.at } }];
}
