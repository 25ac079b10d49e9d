import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { HistoryActorObject } from '../../audit/history-actor.types.js';
import { HistoryActors } from '../../audit/history-actors.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { LegalHoldObject } from './legal-holds.types.js';

/** Who placed and who lifted a hold: the account as it stood then. */
@Resolver(() => LegalHoldObject)
export class LegalHoldActorFields {
  private readonly actors: HistoryActors;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.actors = new HistoryActors(store);
  }

  @ResolveField(() => HistoryActorObject, { description: 'Who placed it: name, position and office as they were then' })
  placedBy(@Parent() hold: LegalHoldObject): Promise<HistoryActorObject> {
    return this.actors.actorAt(hold.placedActor.actor, hold.placedActor.office, hold.placedAt);
  }

  @ResolveField(() => HistoryActorObject, { nullable: true, description: 'Who lifted it; null while active' })
  async liftedBy(@Parent() hold: LegalHoldObject): Promise<HistoryActorObject | null> {
    return hold.liftedActor && hold.liftedAt ? this.actors.actorAt(hold.liftedActor.actor, hold.liftedActor.office, hold.liftedAt) : null;
  }
}
