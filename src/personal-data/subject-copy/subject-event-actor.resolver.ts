import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { HistoryActorObject } from '../../audit/history-actor.types.js';
import { HistoryActors } from '../../audit/history-actors.js';
import { SubjectEvent } from './subject-copy.types.js';

/** Who recorded an event of the copy, named as a history names them. */
@Resolver(() => SubjectEvent)
export class SubjectEventActorField {
  constructor(@Inject(HistoryActors) private readonly actors: HistoryActors) {}

  @ResolveField(() => HistoryActorObject, { description: 'Who recorded it: name, position and office as they were then' })
  actedBy(@Parent() event: SubjectEvent): Promise<HistoryActorObject> {
    return this.actors.actorAt(event.actor, event.actorOffice, event.recordedAt);
  }
}
