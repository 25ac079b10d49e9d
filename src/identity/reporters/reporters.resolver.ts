import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ResponsibleReporters } from './responsible-reporters.js';
import { NameResponsibleReportersInput, ResponsibleReportersObject, toReportersObject } from './reporters.types.js';
import { CurrentStaff } from '../sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../sessions/staff-context.js';

const OFFICE_CODE = { description: '4-digit district or 2-digit province code; Thai digits accepted' };

/** Each district and province names exactly two responsible reporters (seed 001). */
@Resolver(() => ResponsibleReportersObject)
export class ResponsibleReportersResolver {
  constructor(@Inject(ResponsibleReporters) private readonly reporters: ResponsibleReporters) {}

  @Mutation(() => ResponsibleReportersObject, {
    description: "Names the office's two responsible reporters, replacing the pair before; by its chief or its accounts' manager",
  })
  async nameResponsibleReporters(
    @CurrentStaff() staff: SignedInStaff, @Args('input') { officeCode, accountIds, commandId }: NameResponsibleReportersInput,
  ): Promise<ResponsibleReportersObject> {
    return toReportersObject(await this.reporters.name(staff, officeCode, accountIds, commandId));
  }

  @Query(() => ResponsibleReportersObject, { nullable: true, description: 'The pair responsible now; null before one is named' })
  async responsibleReporters(
    @CurrentStaff() staff: SignedInStaff,
    @Args('officeCode', OFFICE_CODE) officeCode: string,
  ): Promise<ResponsibleReportersObject | null> {
    const view = await this.reporters.current(staff, officeCode);
    return view && toReportersObject(view);
  }
}
