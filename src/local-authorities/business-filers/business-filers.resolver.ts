import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { HistoryActorObject } from '../../audit/history-actor.types.js';
import { HistoryActors } from '../../audit/history-actors.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { toBusinessObject } from '../businesses/businesses.resolver.js';
import { BusinessObject } from '../businesses/businesses.types.js';
import { businessStreamId } from './business-filer.events.js';
import { BusinessFilerHandlers } from './business-filer.handlers.js';
import { AuthoriseBusinessFilerInput, BusinessAuthorisedFilerObject, RevokeBusinessFilerInput } from './business-filer.types.js';
import { authorisedFilersOf } from './business-filer.view.js';

/**
 * ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคล over GraphQL: a PAO's own staff record who may file online for a juristic person's
 * business and revoke it; the business (read by whoever reads it) lists them from its stream, revoked ones too.
 */
@Resolver(() => BusinessObject)
export class BusinessFilersResolver {
  constructor(
    @Inject(BusinessFilerHandlers) private readonly handlers: BusinessFilerHandlers,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @ResolveField(() => [BusinessAuthorisedFilerObject], { description: 'Who may file online for the juristic person owning it: active and revoked, in order' })
  async authorisedFilers(@Parent() business: BusinessObject): Promise<BusinessAuthorisedFilerObject[]> {
    return authorisedFilersOf(await this.store.readStream(businessStreamId(business.businessNo)));
  }

  @Mutation(() => BusinessObject, { description: 'Records that a citizen may file online for a juristic person\'s business (the PAO\'s own staff)' })
  async authoriseBusinessFiler(@CurrentStaff() staff: SignedInStaff, @Args('input') input: AuthoriseBusinessFilerInput): Promise<BusinessObject> {
    return toBusinessObject(await this.handlers.authorise(staff, input));
  }

  @Mutation(() => BusinessObject, { description: 'Revokes an active authorisation to file for a business, with the reason (the PAO\'s own staff)' })
  async revokeBusinessFiler(@CurrentStaff() staff: SignedInStaff, @Args('input') input: RevokeBusinessFilerInput): Promise<BusinessObject> {
    return toBusinessObject(await this.handlers.revoke(staff, input));
  }
}

/** Who recorded and who revoked an authorisation: the account as it stood then. */
@Resolver(() => BusinessAuthorisedFilerObject)
export class BusinessAuthorisedFilerFields {
  private readonly actors: HistoryActors;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.actors = new HistoryActors(store);
  }

  @ResolveField(() => HistoryActorObject, { description: 'Who recorded it: name, position and office as they were then' })
  authorisedBy(@Parent() filer: BusinessAuthorisedFilerObject): Promise<HistoryActorObject> {
    return this.actors.actorAt(filer.authorisedActor.actor, filer.authorisedActor.office, filer.authorisedAt);
  }

  @ResolveField(() => HistoryActorObject, { nullable: true, description: 'Who revoked it; null while active' })
  async revokedBy(@Parent() filer: BusinessAuthorisedFilerObject): Promise<HistoryActorObject | null> {
    return filer.revokedActor && filer.revokedAt ? this.actors.actorAt(filer.revokedActor.actor, filer.revokedActor.office, filer.revokedAt) : null;
  }
}
