import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { HolidayCalendar } from '../../calendar/holiday-calendar.js';
import { CLOCK } from '../../database/database.module.js';
import { CaseCommand } from '../../eventstore/case-command.js';
import type { CommandContext, CommandResult, StreamAccess } from '../../eventstore/handle-command.js';
import { commandContextFor, type SignedInStaff } from '../../identity/sessions/staff-context.js';
import type { Clock } from '../../shared/clock.js';
import { businessErrors } from '../businesses/business.decider.js';
import { BusinessesStore } from '../businesses/businesses.store.js';
import { keepsBusinessesIn, type LevyPlace, placeOf } from '../levy-access.js';
import { LocalAuthoritiesStore } from '../local-authorities.store.js';
import { returnErrors } from './monthly-return-errors.js';
import type { MonthlyReturnState } from './monthly-return-state.js';
import type { AmendMonthlyReturn, FileMonthlyReturn } from './monthly-return.commands.js';
import { monthlyReturnDecider, termsForPeriod } from './monthly-return.decider.js';
import { monthlyReturnId, monthlyReturnStreamId, type MonthlyReturnEvent } from './monthly-return.events.js';

/** A filing as the API takes it: what the server adds (parties, terms, holidays, the time, the return's id) left out. */
export type FilingRequest = Omit<FileMonthlyReturn, 'type' | 'returnId' | 'parties' | 'terms' | 'holidays' | 'at'> & { businessNo: number };
export type AmendmentRequest = Omit<AmendMonthlyReturn, 'type' | 'at'>;
export type ReturnOutcome = CommandResult<MonthlyReturnEvent, MonthlyReturnState> & { returnId: string };

/**
 * Who sends a return: staff keying a paper filing (the businesses of their area), or a filer online (the businesses
 * they own); the actor their events record.
 */
export interface ReturnSender {
  keeps(business: LevyPlace & { businessNo: number }): boolean;
  context(clientCommandId: string | null | undefined, request: unknown): CommandContext;
}

export const staffSender = (staff: SignedInStaff): ReturnSender => ({
  keeps: (business) => keepsBusinessesIn(staff, business),
  context: (clientCommandId, request) => commandContextFor(staff, clientCommandId, request),
});

/** A return of a business the sender does not keep is answered as not found. */
const keeperAccess = (sender: ReturnSender): StreamAccess<MonthlyReturnState> => ({
  mayAct(state) {
    if (state !== null && !sender.keeps({ ...placeOf(state.filed.parties), businessNo: state.filed.parties.businessNo })) throw returnErrors.notFound();
  },
});

/**
 * Completes monthly-return commands with what only the server knows: the business and its PAO as registered, the PAO's
 * terms for the period, the government holidays of the two years the deadline can fall in, and the time; sends each
 * through the CommandBus on the stream of its business, levy and month (a duplicate filing meets the stream's
 * first version there, in the append's transaction).
 */
@Injectable()
export class MonthlyReturnCommandHandlers {
  constructor(
    @Inject(CommandBus) private readonly bus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(BusinessesStore) private readonly businesses: BusinessesStore,
    @Inject(LocalAuthoritiesStore) private readonly authorities: LocalAuthoritiesStore,
    @Inject(HolidayCalendar) private readonly holidays: HolidayCalendar,
  ) {}

  async file(sender: ReturnSender, request: FilingRequest, clientCommandId?: string | null): Promise<ReturnOutcome> {
    const business = await this.businesses.find(request.businessNo);
    if (!business || !sender.keeps(business)) throw businessErrors.notFound('businessNo');
    if (!business.kinds.includes(request.kind)) throw returnErrors.kindNotRegistered();
    const authority = await this.authorities.find(business.authorityCode);
    if (!authority) throw businessErrors.notFound('businessNo');
    const returnId = monthlyReturnId(business.businessNo, request.kind, request.period);
    const { businessNo, ...rest } = request;
    const command: FileMonthlyReturn = {
      ...rest, type: 'FileMonthlyReturn', returnId,
      parties: {
        authorityCode: authority.code, authorityNameTh: authority.nameTh, provinceCode: authority.provinceCode, districtCode: authority.districtCode,
        billerCode: authority.billerCode, businessNo, businessName: business.nameTh, businessDistrictCode: business.districtCode,
        ownerCitizenId: business.ownerKind === 'CITIZEN' ? business.ownerId : null,
      },
      terms: termsForPeriod(await this.authorities.history(authority.code), request.period) ?? null,
      holidays: await this.holidaysAfter(request.period),
      at: this.now(),
    };
    return this.send(sender, returnId, command, clientCommandId, { type: 'FileMonthlyReturn', ...request });
  }

  async amend(sender: ReturnSender, request: AmendmentRequest, clientCommandId?: string | null): Promise<ReturnOutcome> {
    const command: AmendMonthlyReturn = { ...request, type: 'AmendMonthlyReturn', at: this.now() };
    return this.send(sender, request.returnId, command, clientCommandId, { type: 'AmendMonthlyReturn', ...request });
  }

  private async send(sender: ReturnSender, returnId: string, command: FileMonthlyReturn | AmendMonthlyReturn, clientCommandId: string | null | undefined, asked: unknown) {
    const context = sender.context(clientCommandId, asked);
    const result = await this.bus.execute(new CaseCommand(monthlyReturnStreamId(returnId), monthlyReturnDecider, command, context, keeperAccess(sender)));
    return { ...result, returnId };
  }

  /** The holidays of the year after the period's month and the next: a deadline moved on never leaves them. */
  private async holidaysAfter(period: string): Promise<string[]> {
    const year = Number(period.slice(0, 4)) + (period.endsWith('-12') ? 1 : 0);
    return [...await this.holidays.holidaysIn(year), ...await this.holidays.holidaysIn(year + 1)].map((h) => h.date);
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
