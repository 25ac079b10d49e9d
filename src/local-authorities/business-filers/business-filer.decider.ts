import { bangkokDay } from '../../calendar/calendar-day.js';
import { parseCitizenId } from '../../shared/citizen-id.js';
import { parseDateInput } from '../../shared/date-input.js';
import type { Decider } from '../../shared/decider.js';
import { UnreadableEventError } from '../../shared/event-schema.js';
import { FieldErrors } from '../../shared/field-errors.js';
import { requireText } from '../../shared/text-input.js';
import type { AuthoriseBusinessFiler, BusinessFilerCommand, RevokeBusinessFiler } from './business-filer.commands.js';
import {
  BUSINESS_FILER_SCHEMA, BUSINESS_FILER_SCHEMA_VERSIONS, type BusinessFilerEvent, type BusinessFilerEventType, type FilerBusinessPlace,
} from './business-filer.events.js';
import { businessFilerErrors } from './business-filer-errors.js';

/** The most each text holds. */
export const FILER_LIMITS = { name: 200, role: 100, evidenceReference: 200, reason: 500 } as const;

export interface AuthorisedFiler {
  filerNo: number;
  citizenId: string;
  role: string;
  active: boolean;
}

/** A business's stream folded: where it lies (once a filer was authorised) and every authorisation, revoked ones too. */
export interface BusinessFilersState {
  business: FilerBusinessPlace | null;
  filers: readonly AuthorisedFiler[];
}

export const initialBusinessFilersState = (): BusinessFilersState => ({ business: null, filers: [] });

export function evolveBusinessFilers(state: BusinessFilersState, event: BusinessFilerEvent): BusinessFilersState {
  if (event.type === 'BusinessFilerAuthorised') {
    const { business, filerNo, citizenId, role } = event.data;
    return { business: state.business ?? business, filers: [...state.filers, { filerNo, citizenId, role, active: true }] };
  }
  return { ...state, filers: state.filers.map((f) => (f.filerNo === event.data.filerNo ? { ...f, active: false } : f)) };
}

/** The active authorisation of this citizen, if they hold one. */
export const activeFilerOf = (state: BusinessFilersState, citizenId: string): AuthorisedFiler | undefined =>
  state.filers.find((f) => f.active && f.citizenId === citizenId);

/**
 * ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคล: a PAO's staff record that a citizen may file online for a business a juristic person
 * owns (a director with signing power, or whom the company gave a power of attorney), and revoke it with a reason.
 * Pure: the time and the business as registered arrive on the command.
 */
export const businessFilerDecider: Decider<BusinessFilerCommand, BusinessFilerEvent, BusinessFilersState> & {
  schemaVersions: Readonly<Record<BusinessFilerEventType, number>>;
} = {
  initialState: initialBusinessFilersState,
  evolve: evolveBusinessFilers,
  decide: (command, state) => (command.type === 'AuthoriseBusinessFiler' ? decideAuthorise(command, state) : decideRevoke(command, state)),
  schemaVersions: BUSINESS_FILER_SCHEMA_VERSIONS,
  read(recorded) {
    try {
      return BUSINESS_FILER_SCHEMA.upcast(recorded);
    } catch (error) {
      if (error instanceof UnreadableEventError) return undefined;
      throw error;
    }
  },
};

function decideAuthorise(command: AuthoriseBusinessFiler, state: BusinessFilersState): BusinessFilerEvent[] {
  if (command.business.ownerKind !== 'JURISTIC') throw businessFilerErrors.ownerNotJuristic();
  const today = bangkokDay(new Date(command.at));
  const errors = new FieldErrors();
  const citizenId = errors.take(() => parseCitizenId(command.citizenId, 'citizenId'));
  const name = errors.take(() => requireText(command.name, 'name', FILER_LIMITS.name));
  const role = errors.take(() => requireText(command.role, 'role', FILER_LIMITS.role));
  const reference = errors.take(() => requireText(command.evidenceReference, 'evidenceReference', FILER_LIMITS.evidenceReference));
  const date = errors.take(() => {
    const day = parseDateInput(command.evidenceDate, 'evidenceDate');
    if (day > today) throw businessFilerErrors.evidenceAfterToday();
    return day;
  });
  const valid = errors.done({ citizenId, name, role, reference, date });
  const held = activeFilerOf(state, valid.citizenId);
  if (held) throw businessFilerErrors.alreadyAuthorised(held.filerNo);
  const { ownerKind: _owner, ...business } = command.business;
  return [{
    type: 'BusinessFilerAuthorised',
    data: {
      business: state.business ?? business, filerNo: state.filers.length + 1, citizenId: valid.citizenId, name: valid.name, role: valid.role,
      evidence: { reference: valid.reference, date: valid.date }, at: command.at,
    },
  }];
}

function decideRevoke(command: RevokeBusinessFiler, state: BusinessFilersState): BusinessFilerEvent[] {
  const filer = state.filers.find((f) => f.filerNo === command.filerNo);
  if (!filer || !state.business) throw businessFilerErrors.notFound();
  if (!filer.active) throw businessFilerErrors.notActive();
  const reason = requireText(command.reason, 'reason', FILER_LIMITS.reason);
  return [{ type: 'BusinessFilerRevoked', data: { businessNo: state.business.businessNo, filerNo: filer.filerNo, reason, at: command.at } }];
}
