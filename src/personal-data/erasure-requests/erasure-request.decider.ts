import { bangkokDay } from '../../calendar/calendar-day.js';
import { maskCitizenId } from '../../identity/filers/filer-identity.js';
import { parseCitizenId } from '../../shared/citizen-id.js';
import { parseDateInput, requireDateWithin } from '../../shared/date-input.js';
import type { Decider } from '../../shared/decider.js';
import { UnreadableEventError } from '../../shared/event-schema.js';
import { FieldErrors } from '../../shared/field-errors.js';
import { requireText } from '../../shared/text-input.js';
import type { ErasureRequestAsked, ErasureRequestCommand, RecordErasureOutcome, RecordErasureRequest } from './erasure-request.commands.js';
import {
  type CaseRef, ERASURE_REQUEST_SCHEMA, ERASURE_REQUEST_SCHEMA_VERSIONS, type ErasureBasis, type ErasureRequester, type ErasureRequestEvent,
  type ErasureRequestEventType,
} from './erasure-request.events.js';
import { erasureChoiceErrors, erasureRequestErrors } from './erasure-request-errors.js';

export const ERASURE_LIMITS = { letterReference: 200 } as const;
/** The day the rights of the PDPA came into force: no request letter is older. */
export const PDPA_IN_FORCE = '2022-06-01';
export const REQUESTERS: readonly ErasureRequester[] = ['DATA_SUBJECT', 'REPRESENTATIVE'];
export const BASES: readonly ErasureBasis[] = ['NO_LONGER_NECESSARY', 'CONSENT_WITHDRAWN', 'OBJECTION', 'UNLAWFUL_PROCESSING'];

export type ErasureStatus = 'ACCEPTED' | 'REFUSED' | 'ERASED';

export interface ErasureRequestState {
  status: ErasureStatus | null;
  requestId: string | null;
}

/** The request as checked. */
export interface CheckedErasureRequest {
  citizenId: string;
  requester: ErasureRequester;
  basis: ErasureBasis;
  letterReference: string;
  receivedOn: string;
}

/**
 * What was typed, checked with no I/O, every refusal at once: the citizen id (Thai digits, dashes and spaces accepted;
 * check digit verified), who asked and on what ground, the letter's reference (1 to 200 characters) and the day it
 * was received (D/M/YYYY B.E. or C.E., or YYYY-MM-DD; not before the PDPA's rights came into force, not after today).
 */
export function checkErasureRequest(asked: ErasureRequestAsked, at: string): CheckedErasureRequest {
  const errors = new FieldErrors();
  const citizenId = errors.take(() => parseCitizenId(String(asked.citizenId ?? ''), 'citizenId'));
  const requester = errors.take(() => { if (!REQUESTERS.includes(asked.requester)) throw erasureChoiceErrors.requester(); return asked.requester; });
  const basis = errors.take(() => { if (!BASES.includes(asked.basis)) throw erasureChoiceErrors.basis(); return asked.basis; });
  const letterReference = errors.take(() => requireText(asked.letterReference, 'letterReference', ERASURE_LIMITS.letterReference));
  const receivedOn = errors.take(() => {
    const day = requireDateWithin(parseDateInput(String(asked.receivedOn ?? ''), 'receivedOn'), 'receivedOn', PDPA_IN_FORCE);
    if (day > bangkokDay(new Date(at))) throw erasureRequestErrors.receivedAhead();
    return day;
  });
  return errors.done({ citizenId, requester, basis, letterReference, receivedOn });
}

const refOf = ({ caseType, caseId }: CaseRef): CaseRef => ({ caseType, caseId });

/**
 * คำขอลบข้อมูลส่วนบุคคล (PDPA section 33): recorded and decided at once. Refused while any case naming the subject is
 * open (its purpose has not ended) or under a legal hold (an order keeps it); otherwise accepted, and then the outcome
 * of the erasure is recorded once. Pure: the time, the request id and the subject's cases arrive on the command.
 */
export const erasureRequestDecider: Decider<ErasureRequestCommand, ErasureRequestEvent, ErasureRequestState> & {
  schemaVersions: Readonly<Record<ErasureRequestEventType, number>>;
} = {
  initialState: () => ({ status: null, requestId: null }),
  evolve: (_state, event) => ({
    status: event.type === 'ErasureRequestAccepted' ? 'ACCEPTED' : event.type === 'ErasureRequestRefused' ? 'REFUSED' : 'ERASED',
    requestId: event.data.requestId,
  }),
  decide: (command, state) => (command.type === 'RecordErasureRequest' ? decideRecord(command, state) : decideOutcome(command, state)),
  schemaVersions: ERASURE_REQUEST_SCHEMA_VERSIONS,
  read(recorded) {
    try {
      return ERASURE_REQUEST_SCHEMA.upcast(recorded);
    } catch (error) {
      if (error instanceof UnreadableEventError) return undefined;
      throw error;
    }
  },
};

function decideRecord(command: RecordErasureRequest, state: ErasureRequestState): ErasureRequestEvent[] {
  const { citizenId, ...checked } = checkErasureRequest(command, command.at);
  if (state.status !== null) throw erasureRequestErrors.recorded();
  const data = { requestId: command.requestId, subjectMasked: maskCitizenId(citizenId), ...checked, caseCount: command.cases.length, at: command.at };
  const openCases = command.cases.filter((c) => c.open).map(refOf);
  const heldCases = command.cases.filter((c) => c.held).map(refOf);
  if (openCases.length > 0 || heldCases.length > 0) return [{ type: 'ErasureRequestRefused', data: { ...data, openCases, heldCases } }];
  return [{ type: 'ErasureRequestAccepted', data }];
}

function decideOutcome(command: RecordErasureOutcome, state: ErasureRequestState): ErasureRequestEvent[] {
  if (state.status !== 'ACCEPTED' || state.requestId === null) throw erasureRequestErrors.notAccepted();
  const { keysDestroyed, streamCount } = command;
  if (![keysDestroyed, streamCount].every((n) => Number.isSafeInteger(n) && n >= 0)) throw erasureRequestErrors.outcomeCount();
  return [{ type: 'SubjectDataErased', data: { requestId: state.requestId, keysDestroyed, streamCount, at: command.at } }];
}
