import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type pg from 'pg';
import { bangkokDay } from '../../calendar/calendar-day.js';
import { HolidayCalendar } from '../../calendar/holiday-calendar.js';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG, CLOCK, OWNER_POOL } from '../../database/database.module.js';
import { inTransaction } from '../../database/transaction.js';
import { CaseCommand } from '../../eventstore/case-command.js';
import { commandKeyOf } from '../../eventstore/event-ids.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { type CommandContext, type CommandResult, handleCommand, type StreamAccess } from '../../eventstore/handle-command.js';
import { requirePostgresLog } from '../../eventstore/log-features.js';
import { transactionLog } from '../../eventstore/postgres/transaction-log.js';
import { canReadAuthority } from '../../identity/scope/area-scope.js';
import { commandContextFor, type SignedInStaff } from '../../identity/sessions/staff-context.js';
import type { Clock } from '../../shared/clock.js';
import { foldRecorded } from '../../shared/decider.js';
import { parseDateInput } from '../../shared/date-input.js';
import { LocalAuthoritiesStore } from '../local-authorities.store.js';
import { parseAuthorityCode } from '../local-authority.decider.js';
import { authorityNotFound } from '../local-authority-errors.js';
import { type NumberBook, takeNextNumber } from '../receipts/local-numbers.js';
import type { LeafletPermitCommand, RecordLeafletFeePaid, IssueLeafletPermit, RequestLeafletPermit } from './leaflet-permit.commands.js';
import { leafletPermitDecider } from './leaflet-permit.decider.js';
import { leafletStreamId, type LeafletPermitEvent, type PermitChannel } from './leaflet-permit.events.js';
import { decisionDueOn } from './leaflet-permit-due.js';
import { leafletErrors } from './leaflet-permit-errors.js';
import { leafletPermitIdFor } from './leaflet-permit-id.js';
import type { LeafletPermitState } from './leaflet-permit-state.js';

type Requested<C> = C extends unknown ? Omit<C, 'at'> : never;
/** What the API passes: the request without what the server adds. */
export type PermitRequest = Omit<RequestLeafletPermit, 'type' | 'at' | 'permitId' | 'authority' | 'terms' | 'dueOn' | 'channel'> & { authorityCode: string };
/** A decision-step command as the API passes it. */
export type PermitStep = Requested<Exclude<LeafletPermitCommand, RequestLeafletPermit | RecordLeafletFeePaid | IssueLeafletPermit>>;
export type FeePaidRequest = Omit<RecordLeafletFeePaid, 'type' | 'at' | 'receipt'>;

export interface PermitOutcome {
  permitId: string;
  result: CommandResult<LeafletPermitEvent, LeafletPermitState>;
}

/** The authority's own revenue staff (LOCAL), or the department's accounts whose area holds it (canReadAuthority). */
export const authorityInArea = (staff: SignedInStaff, a: { code: string; provinceCode: string; districtCode: string | null }): boolean =>
  canReadAuthority(staff, a);

/** A permit of an authority outside the account's area is answered like one that does not exist. */
function permitAccess(staff: SignedInStaff): StreamAccess<LeafletPermitState> {
  return {
    mayAct(state) {
      if (state.status !== null && !authorityInArea(staff, state.request.authority)) throw leafletErrors.notFound();
    },
  };
}

/** Who requests a permit: the authorities they may request at, what their events record, the channel, who may act on the stream. */
export interface PermitRequester {
  channel: PermitChannel;
  mayRequestAt(authority: { code: string; provinceCode: string; districtCode: string | null }): boolean;
  context(clientCommandId: string | null | undefined, request: unknown): CommandContext;
  access: StreamAccess<LeafletPermitState>;
}

/** Staff key a request at an authority of their area, at the office (PAPER). */
const staffRequester = (staff: SignedInStaff): PermitRequester => ({
  channel: 'PAPER', mayRequestAt: (a) => authorityInArea(staff, a), access: permitAccess(staff),
  context: (clientCommandId, request) => commandContextFor(staff, clientCommandId, request),
});

/**
 * Completes leaflet permit commands with what only the server knows: the time, the authority and its terms in force
 * on the request day, the due day by the holiday table, and the next number of the authority's receipt or permit book.
 * A request and the decision steps go through the CommandBus; the fee payment and the issue append their event in the
 * same PostgreSQL transaction that takes the number from the book (receipts/local-numbers.ts), so a refused or failed
 * command gives its number back and no number is taken twice.
 */
@Injectable()
export class LeafletPermitHandlers {
  constructor(
    @Inject(CommandBus) private readonly bus: CommandBus,
    @Inject(OWNER_POOL) private readonly pool: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LocalAuthoritiesStore) private readonly authorities: LocalAuthoritiesStore,
    @Inject(HolidayCalendar) private readonly holidays: HolidayCalendar,
  ) {}

  request(staff: SignedInStaff, request: PermitRequest, clientCommandId?: string | null): Promise<PermitOutcome> {
    return this.requestBy(staffRequester(staff), request, clientCommandId);
  }

  /**
   * A request from whoever the requester is (staff at the office, a filer online): the authority must be one it may
   * request at; its id is drawn from the requester's actor and command id, so a retry lands on the same stream.
   */
  async requestBy(requester: PermitRequester, request: PermitRequest, clientCommandId?: string | null): Promise<PermitOutcome> {
    const { authorityCode, ...details } = request;
    const code = parseAuthorityCode(authorityCode, 'authorityCode');
    const authority = await this.authorities.find(code);
    if (!authority) throw authorityNotFound(code, 'authorityCode');
    if (!requester.mayRequestAt(authority)) throw leafletErrors.outsideArea();
    const at = this.clock.now();
    const day = bangkokDay(at);
    const inForce = await this.authorities.termsOn(code, day);
    const terms = inForce && inForce.leafletPermitFeeSatang !== null && inForce.leafletDecisionDays !== null
      ? { effectiveFrom: inForce.effectiveFrom, feeSatang: inForce.leafletPermitFeeSatang, decisionDays: inForce.leafletDecisionDays }
      : null;
    const dueOn = terms ? decisionDueOn(day, terms.decisionDays, await this.holidaysAround(day)) : null;
    const context = requester.context(clientCommandId, { type: 'RequestLeafletPermit', ...request });
    const permitId = leafletPermitIdFor(commandKeyOf(context.actor, context.commandId));
    const command: RequestLeafletPermit = {
      ...details, type: 'RequestLeafletPermit', at: at.toISOString(), permitId, terms, dueOn, channel: requester.channel,
      authority: { code, nameTh: authority.nameTh, kind: authority.kind, provinceCode: authority.provinceCode, districtCode: authority.districtCode },
    };
    const result = await this.bus.execute(new CaseCommand(leafletStreamId(permitId), leafletPermitDecider, command, context, requester.access));
    return { permitId, result };
  }

  handle(staff: SignedInStaff, permitId: string, request: PermitStep, clientCommandId?: string | null): Promise<PermitOutcome> {
    const context = commandContextFor(staff, clientCommandId, request);
    return this.send(staff, permitId, context, { ...request, at: this.clock.now().toISOString() } as LeafletPermitCommand);
  }

  /** Records the fee paid at the counter, with the next receipt number of the fiscal year of the day paid. */
  recordFeePaid(staff: SignedInStaff, permitId: string, request: FeePaidRequest, clientCommandId?: string | null): Promise<PermitOutcome> {
    const paidOn = parseDateInput(request.paidOn, 'paidOn');
    const context = commandContextFor(staff, clientCommandId, { type: 'RecordLeafletFeePaid', ...request });
    return this.numbered(staff, permitId, context, 'RECEIPT', paidOn, (receipt, at) => ({ ...request, type: 'RecordLeafletFeePaid', at, receipt }));
  }

  /** Issues the permit with the next permit number of the fiscal year of today. */
  issue(staff: SignedInStaff, permitId: string, clientCommandId?: string | null): Promise<PermitOutcome> {
    const context = commandContextFor(staff, clientCommandId, { type: 'IssueLeafletPermit' });
    const today = bangkokDay(this.clock.now());
    return this.numbered(staff, permitId, context, 'LEAFLET_PERMIT', today, (permitNumber, at): IssueLeafletPermit => ({ type: 'IssueLeafletPermit', at, permitNumber }));
  }

  /**
   * Takes the book's next number and decides and appends in one transaction. The number is taken after a savepoint
   * and given back when the command stores nothing (a retry of one handled before); a refusal rolls everything back.
   */
  private async numbered(
    staff: SignedInStaff, permitId: string, context: CommandContext, book: NumberBook, day: string,
    commandOf: (number: { fiscalYear: number; number: number }, at: string) => LeafletPermitCommand,
  ): Promise<PermitOutcome> {
    requirePostgresLog(this.config, 'GAPLESS_NUMBERS');
    const streamId = leafletStreamId(permitId);
    const { state } = foldRecorded(leafletPermitDecider, await this.store.readStream(streamId));
    permitAccess(staff).mayAct(state);
    if (state.status === null) throw leafletErrors.notFound();
    const authorityCode = state.request.authority.code;
    const result = await inTransaction(this.pool, async (client) => {
      const log = await transactionLog(this.store, client);
      await client.query('SAVEPOINT before_number');
      const taken = await takeNextNumber(client, book, authorityCode, day, streamId);
      const command = commandOf({ fiscalYear: taken.fiscalYear, number: taken.number }, this.clock.now().toISOString());
      const handled = await handleCommand(log, streamId, leafletPermitDecider, command, context, {
        access: permitAccess(staff), maxAttempts: 1,
      });
      if (handled.alreadyHandled || handled.events.length === 0) await client.query('ROLLBACK TO SAVEPOINT before_number');
      return handled;
    });
    return { permitId, result };
  }

  private async send(staff: SignedInStaff, permitId: string, context: CommandContext, command: LeafletPermitCommand): Promise<PermitOutcome> {
    const result = await this.bus.execute(new CaseCommand(leafletStreamId(permitId), leafletPermitDecider, command, context, permitAccess(staff)));
    return { permitId, result };
  }

  /** The holidays of the request's year and the two after it (the terms allow at most 365 working days, under 18 months). */
  private async holidaysAround(day: string): Promise<Set<string>> {
    const year = Number(day.slice(0, 4));
    const years = await Promise.all([year, year + 1, year + 2].map((y) => this.holidays.holidaysIn(y)));
    return new Set(years.flat().map((h) => h.date));
  }
}
