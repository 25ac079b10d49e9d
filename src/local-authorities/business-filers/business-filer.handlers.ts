import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CLOCK } from '../../database/database.module.js';
import { CaseCommand } from '../../eventstore/case-command.js';
import type { CommandResult } from '../../eventstore/handle-command.js';
import { commandContextFor, type SignedInStaff } from '../../identity/sessions/staff-context.js';
import type { Clock } from '../../shared/clock.js';
import { type Business, businessErrors } from '../businesses/business.decider.js';
import { BusinessesStore } from '../businesses/businesses.store.js';
import { readsBusinessIn } from '../levy-access.js';
import type { BusinessFilerCommand } from './business-filer.commands.js';
import { type BusinessFilersState, businessFilerDecider } from './business-filer.decider.js';
import { type BusinessFilerEvent, businessStreamId } from './business-filer.events.js';
import { businessFilerErrors } from './business-filer-errors.js';
import type { AuthoriseBusinessFilerInput, RevokeBusinessFilerInput } from './business-filer.types.js';

/**
 * Completes the authorised-filer commands with what only the server knows (the business as registered, the time) and
 * sends them through the CommandBus on the business's stream. A business outside the account's reach is answered as
 * not found; the department's accounts that read it may not record its filers (the PAO's own staff do).
 */
@Injectable()
export class BusinessFilerHandlers {
  constructor(
    @Inject(CommandBus) private readonly bus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(BusinessesStore) private readonly businesses: BusinessesStore,
  ) {}

  async authorise(staff: SignedInStaff, input: AuthoriseBusinessFilerInput): Promise<Business> {
    const { commandId, businessNo, ...form } = input;
    const business = await this.kept(staff, businessNo);
    const { authorityCode, districtCode, provinceCode, ownerKind } = business;
    await this.send(staff, business, commandId, { type: 'AuthoriseBusinessFiler', businessNo, ...form }, {
      ...form, type: 'AuthoriseBusinessFiler', at: this.now(), business: { businessNo, authorityCode, districtCode, provinceCode, ownerKind },
    });
    return business;
  }

  async revoke(staff: SignedInStaff, input: RevokeBusinessFilerInput): Promise<Business> {
    const { commandId, businessNo, filerNo, reason } = input;
    const business = await this.kept(staff, businessNo);
    await this.send(staff, business, commandId, { type: 'RevokeBusinessFiler', businessNo, filerNo, reason }, {
      type: 'RevokeBusinessFiler', at: this.now(), filerNo, reason,
    });
    return business;
  }

  /** The business, when the account is its PAO's own staff; elsewhere not found, and the department reads without recording. */
  private async kept(staff: SignedInStaff, businessNo: number): Promise<Business> {
    const business = Number.isSafeInteger(businessNo) ? await this.businesses.find(businessNo) : undefined;
    if (!business || !readsBusinessIn(staff, business)) throw businessErrors.notFound();
    if (staff.level !== 'LOCAL') throw businessFilerErrors.localStaffOnly();
    return business;
  }

  private send(staff: SignedInStaff, business: Business, clientCommandId: string | null | undefined, asked: unknown, command: BusinessFilerCommand)
    : Promise<CommandResult<BusinessFilerEvent, BusinessFilersState>> {
    const context = commandContextFor(staff, clientCommandId, asked);
    return this.bus.execute(new CaseCommand(businessStreamId(business.businessNo), businessFilerDecider, command, context, {
      mayAct(state) {
        if (state.business && !readsBusinessIn(staff, state.business)) throw businessErrors.notFound();
      },
    }));
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
