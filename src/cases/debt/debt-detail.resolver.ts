import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { coversDistrict } from '../../identity/scope/area-scope.js';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { DomainError } from '../../shared/domain-error.js';
import { debtStreamId } from './debt-case-id.js';
import { foldDebtCaseDetail } from './debt-detail.js';
import { DebtCaseDetailObject } from './debt-detail.types.js';
import { toDetailObject } from './debt-detail.view.js';
import { debtErrors } from './debt-errors.js';
import { debtEventsIn } from './debt.events.js';

/**
 * A debt case read back whole, folded from its stream as the command handlers read it (the stream is the
 * truth; no read model is waited for). A case outside the reader's area answers DEBT_CASE_NOT_FOUND, as the
 * case list does; each personal field read is logged (personal-data-reads.ts).
 */
@Resolver(() => DebtCaseDetailObject)
export class DebtDetailResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Query(() => DebtCaseDetailObject, {
    nullable: true,
    description: 'One informal-debt case of your area whole: debtor, creditors, debts, contacts, transfers, sessions, '
      + 'agreement, referral and closing',
  })
  async debtCaseDetail(@CurrentStaff() staff: SignedInStaff, @Args('id', { type: () => ID }) id: string): Promise<DebtCaseDetailObject> {
    const stored = await this.store.readStream(debtStreamId(id.trim()));
    const detail = foldDebtCaseDetail(debtEventsIn(stored).map(({ event }) => event));
    if (!detail || !coversDistrict(staff, detail.state.figures.districtCode)) throw notFound();
    return toDetailObject(detail);
  }
}

/** As the case list answers it: DEBT_CASE_NOT_FOUND naming the id. */
function notFound(): DomainError {
  const { code, messageTh, messageEn } = debtErrors.notFound();
  return new DomainError(code, messageTh, messageEn, 'id');
}
