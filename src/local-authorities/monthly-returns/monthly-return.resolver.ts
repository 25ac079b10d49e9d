import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { placeOf, readsBusinessIn } from '../levy-access.js';
import { MonthlyReturnCommandHandlers, type ReturnOutcome, staffSender } from './monthly-return.command-handlers.js';
import { foldReturnDetail } from './monthly-return-detail.js';
import { returnErrors } from './monthly-return-errors.js';
import { parsePeriod } from './monthly-return.decider.js';
import type { MonthlyReturnEvent } from './monthly-return.events.js';
import { readReturnEvents } from './return-stream.js';
import { AmendMonthlyReturnInput, FileMonthlyReturnInput, MonthlyReturnObject } from './monthly-return.types.js';

/**
 * Monthly returns: staff key a paper filing or an amendment for a business of their area, and read a return whole,
 * folded from its stream (the truth; no read model is waited for). One outside the reader's area is not found.
 */
@Resolver(() => MonthlyReturnObject)
export class MonthlyReturnResolver {
  constructor(
    @Inject(MonthlyReturnCommandHandlers) private readonly handlers: MonthlyReturnCommandHandlers,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Query(() => MonthlyReturnObject, { nullable: true, description: 'One monthly return with every version, its assessment, bills and overpayments' })
  async monthlyReturn(@CurrentStaff() staff: SignedInStaff, @Args('id', { type: () => ID }) id: string): Promise<MonthlyReturnObject> {
    const events = await this.read(String(id ?? '').trim());
    const detail = foldReturnDetail(events);
    const filed = events[0]?.type === 'MonthlyReturnFiled' ? events[0].data : undefined;
    if (!detail || !filed || !readsBusinessIn(staff, placeOf(filed.parties))) throw returnErrors.notFound('id');
    return detail;
  }

  @Mutation(() => MonthlyReturnObject, { description: 'Keys in a paper monthly return: assessed from the ordinance terms and billed at once' })
  async fileMonthlyReturn(@CurrentStaff() staff: SignedInStaff, @Args('input') input: FileMonthlyReturnInput): Promise<MonthlyReturnObject> {
    const { commandId, period, ...rest } = input;
    return this.answer(await this.handlers.file(staffSender(staff), { ...rest, period: parsePeriod(period), channel: 'PAPER' }, commandId));
  }

  @Mutation(() => MonthlyReturnObject, { description: 'Files an amended return: a new version assessed on the difference, billed or noted as overpaid' })
  async amendMonthlyReturn(@CurrentStaff() staff: SignedInStaff, @Args('input') input: AmendMonthlyReturnInput): Promise<MonthlyReturnObject> {
    const { commandId, ...rest } = input;
    return this.answer(await this.handlers.amend(staffSender(staff), { ...rest, returnId: String(rest.returnId).trim(), channel: 'PAPER' }, commandId));
  }

  private async answer(outcome: ReturnOutcome): Promise<MonthlyReturnObject> {
    return foldReturnDetail(await this.read(outcome.returnId))!;
  }

  private read(returnId: string): Promise<MonthlyReturnEvent[]> {
    return readReturnEvents(this.store, returnId);
  }
}
