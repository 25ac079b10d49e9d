import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CLOCK } from '../../../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../../eventstore/event-store.port.js';
import { coversDistrict } from '../../../identity/scope/area-scope.js';
import { CurrentStaff } from '../../../identity/sessions/staff-access.decorators.js';
import { mayWorkCases } from '../../../identity/scope/staff-authority.js';
import type { SignedInStaff } from '../../../identity/sessions/staff-context.js';
import type { Clock } from '../../../shared/clock.js';
import { bangkokDateOf } from '../../../shared/date-input.js';
import { DomainError } from '../../../shared/domain-error.js';
import { debtCaseActions } from './debt-actions.js';
import { debtStreamId } from '../registration/debt-case-id.js';
import { foldDebtCaseDetail } from './debt-detail.js';
import { DebtCaseDetailObject } from './debt-detail.types.js';
import { toDetailObject } from './debt-detail.view.js';
import { debtErrors } from '../debt-errors.js';
import { debtEventsIn } from '../debt.events.js';

/**
 * A debt case read back whole, folded from its stream as the command handlers read it (the stream is the
 * truth; no read model is waited for). A case outside the reader's area answers DEBT_CASE_NOT_FOUND, as the
 * case list does; each personal field read is logged (personal-data-reads.ts). What the reader may do to it
 * now is the decider's view of its state today (debt-actions.ts), nothing for an account that does not work cases.
 */
@Resolver(() => DebtCaseDetailObject)
export class DebtDetailResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, @Inject(CLOCK) private readonly clock: Clock) {}

  @Query(() => DebtCaseDetailObject, {
    nullable: true,
    description: 'One informal-debt case of your area whole: debtor, creditors, debts, contacts, transfers, sessions, '
      + 'agreement, referral and closing',
  })
  async debtCaseDetail(@CurrentStaff() staff: SignedInStaff, @Args('id', { type: () => ID }) id: string): Promise<DebtCaseDetailObject> {
    const stored = await this.store.readStream(debtStreamId(id.trim()));
    const detail = foldDebtCaseDetail(debtEventsIn(stored).map(({ event }) => event));
    if (!detail || !coversDistrict(staff, detail.state.figures.districtCode)) throw notFound();
    const today = bangkokDateOf(this.clock.now().toISOString());
    return toDetailObject(detail, mayWorkCases(staff) ? debtCaseActions(detail.state, today) : []);
  }
}

/** As the case list answers it: DEBT_CASE_NOT_FOUND naming the id. */
function notFound(): DomainError {
  const { code, messageTh, messageEn } = debtErrors.notFound();
  return new DomainError(code, messageTh, messageEn, 'id');
}
