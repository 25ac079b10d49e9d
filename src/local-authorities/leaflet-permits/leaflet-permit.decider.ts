import { bangkokDay } from '../../calendar/calendar-day.js';
import type { Decider } from '../../shared/decider.js';
import { parseDateInput } from '../../shared/date-input.js';
import { UnreadableEventError } from '../../shared/event-schema.js';
import { FieldErrors } from '../../shared/field-errors.js';
import { formatSatang, groupedBaht, parseMoney } from '../../shared/money.js';
import { optionalText } from '../../shared/text-input.js';
import type { LeafletPermitCommand, RequestLeafletPermit } from './leaflet-permit.commands.js';
import {
  LEAFLET_EVENT_SCHEMA, LEAFLET_EVENT_SCHEMA_VERSIONS, type LeafletPermitEvent, type LeafletPermitEventType, type PermitAuthority,
} from './leaflet-permit.events.js';
import { leafletErrors } from './leaflet-permit-errors.js';
import { LEAFLET_LIMITS, parseRequest, parseTexts } from './leaflet-permit-request.js';
import { evolveLeafletPermit, initialLeafletPermitState, type LeafletPermit, type LeafletPermitState } from './leaflet-permit-state.js';

/** The most a fee is recorded at: the ceiling the ordinance terms are held to (1,000,000 baht). */
const MAX_FEE_SATANG = 100_000_000n;

/**
 * การโฆษณาด้วยการปิด ทิ้ง หรือโปรยแผ่นประกาศ (Public Cleanliness Act B.E. 2535 s.10): one stream per request,
 * requested → checked → approved with conditions or refused with reasons → fee paid → permit issued. Pure: the time,
 * the authority and its terms, the due day and the numbers from the authority's books arrive on the command.
 */
export const leafletPermitDecider: Decider<LeafletPermitCommand, LeafletPermitEvent, LeafletPermitState> & {
  schemaVersions: Readonly<Record<LeafletPermitEventType, number>>;
} = {
  initialState: initialLeafletPermitState,
  evolve: evolveLeafletPermit,
  decide(command, state) {
    if (command.type === 'RequestLeafletPermit') {
      if (state.status !== null) throw leafletErrors.alreadyRequested();
      return decideRequest(command);
    }
    if (state.status === null) throw leafletErrors.notFound();
    return decideOnPermit(command, state);
  },
  schemaVersions: LEAFLET_EVENT_SCHEMA_VERSIONS,
  read(recorded) {
    try {
      return LEAFLET_EVENT_SCHEMA.upcast(recorded);
    } catch (error) {
      if (error instanceof UnreadableEventError) return undefined;
      throw error;
    }
  },
};

function decideRequest(command: RequestLeafletPermit): LeafletPermitEvent[] {
  const requestedOn = bangkokDay(new Date(command.at));
  const { authority: given, terms } = command;
  if (given.kind === 'PAO' || given.districtCode === null) throw leafletErrors.paoNotIssuer();
  if (given.kind !== 'MUNICIPALITY' && given.kind !== 'SAO' && given.kind !== 'PATTAYA') throw leafletErrors.paoNotIssuer();
  if (!terms || command.dueOn === null) throw leafletErrors.noTerms(requestedOn);
  const authority: PermitAuthority = { ...given, kind: given.kind, districtCode: given.districtCode };
  const facts = parseRequest(command, authority, requestedOn);
  return [{
    type: 'LeafletPermitRequested',
    data: {
      permitId: command.permitId, at: command.at, requestedOn, authority, channel: command.channel, ...facts, feeSatang: terms.feeSatang,
      termsEffectiveFrom: terms.effectiveFrom, decisionDays: terms.decisionDays, dueOn: command.dueOn,
    },
  }];
}

const UNDECIDED = new Set(['REQUESTED', 'CHECKED']);

function decideOnPermit(command: Exclude<LeafletPermitCommand, RequestLeafletPermit>, state: LeafletPermit): LeafletPermitEvent[] {
  const { permitId } = state.request;
  const { at } = command;
  const today = bangkokDay(new Date(at));
  switch (command.type) {
    case 'CheckLeafletPermit': {
      if (state.status !== 'REQUESTED') throw UNDECIDED.has(state.status) ? leafletErrors.notRequested() : leafletErrors.alreadyDecided();
      return [{ type: 'LeafletPermitChecked', data: { permitId, at, note: optionalText(command.note, 'note', LEAFLET_LIMITS.note) } }];
    }
    case 'ApproveLeafletPermit': {
      requireCheckedUndecided(state);
      return [{ type: 'LeafletPermitApproved', data: { permitId, at, decidedOn: today, conditions: parseTexts(command.conditions, 'conditions', 0) } }];
    }
    case 'RefuseLeafletPermit': {
      requireCheckedUndecided(state);
      return [{ type: 'LeafletPermitRefused', data: { permitId, at, decidedOn: today, reasons: parseTexts(command.reasons, 'reasons', 1) } }];
    }
    case 'RecordLeafletFeePaid': {
      requireApproved(state);
      if (state.status !== 'APPROVED') throw leafletErrors.alreadyPaid();
      const fields = new FieldErrors();
      const amount = fields.take(() => parseMoney(command.amount, 'amount', MAX_FEE_SATANG));
      fields.after([amount], (paid) => {
        if (paid !== BigInt(state.request.feeSatang)) throw leafletErrors.feeMismatch(groupedBaht(formatSatang(BigInt(state.request.feeSatang))));
      });
      const paidOn = fields.take(() => parseDateInput(command.paidOn, 'paidOn'));
      fields.after([paidOn], (day) => {
        if (day < state.decidedOn!) throw leafletErrors.paidBeforeApproval(state.decidedOn!);
        if (day > today) throw leafletErrors.paidInFuture();
      });
      const done = fields.done({ amount, paidOn });
      return [{
        type: 'LeafletFeePaid',
        data: { permitId, at, paidOn: done.paidOn, amountSatang: Number(done.amount), receipt: { ...command.receipt } },
      }];
    }
    case 'IssueLeafletPermit': {
      requireApproved(state);
      if (state.status === 'ISSUED') throw leafletErrors.alreadyIssued();
      if (state.status !== 'PAID' && state.request.feeSatang > 0) throw leafletErrors.notPaid();
      return [{ type: 'LeafletPermitIssued', data: { permitId, at, issuedOn: today, permitNumber: { ...command.permitNumber }, conditions: state.conditions } }];
    }
  }
}

function requireCheckedUndecided(state: LeafletPermit): void {
  if (state.status === 'REQUESTED') throw leafletErrors.notChecked();
  if (state.status !== 'CHECKED') throw leafletErrors.alreadyDecided();
}

/** Approved, perhaps paid or issued since; refused or not yet decided is refused. */
function requireApproved(state: LeafletPermit): void {
  if (state.status === 'REFUSED') throw leafletErrors.refused();
  if (UNDECIDED.has(state.status)) throw leafletErrors.notApproved();
}
