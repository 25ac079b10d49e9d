import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CLOCK } from '../../../database/database.module.js';
import { CurrentStaff, Requires } from '../../../identity/sessions/staff-access.decorators.js';
import { mayWorkCases } from '../../../identity/scope/staff-authority.js';
import type { SignedInStaff } from '../../../identity/sessions/staff-context.js';
import type { Clock } from '../../../shared/clock.js';
import { ComplaintDuplicateCheck, duplicateKeysOf } from './complaint-duplicate-check.js';
import { ComplaintDuplicateCheckInput } from '../complaint-inputs.types.js';
import { actingOfficeOf } from '../complaint.command-handlers.js';
import { PossibleDuplicate, toPossibleDuplicate } from '../complaint.types.js';

/** The duplicate check before saving: what receiveComplaint would answer as possible duplicates, storing nothing. */
@Resolver()
export class ComplaintDuplicateCheckResolver {
  constructor(
    @Inject(ComplaintDuplicateCheck) private readonly check: ComplaintDuplicateCheck,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Requires(mayWorkCases)
  @Query(() => [PossibleDuplicate], {
    nullable: true,
    description: 'ตรวจสอบการร้องเรียนซ้ำซ้อน before receiving: the possible duplicates across the country that receiveComplaint '
      + 'would list for your office now (an id in your area; elsewhere the holding office, the day and the reason only). '
      + 'Each match elsewhere goes to the personal-data read log, as at receipt',
  })
  async possibleDuplicateComplaints(
    @CurrentStaff() staff: SignedInStaff, @Args('input') input: ComplaintDuplicateCheckInput,
  ): Promise<PossibleDuplicate[]> {
    const keys = duplicateKeysOf('', input, this.clock.now().toISOString());
    return (await this.check.preview(actingOfficeOf(staff), keys)).map(toPossibleDuplicate);
  }
}
