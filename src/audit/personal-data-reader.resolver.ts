import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PersonalDataReadObject } from '../identity/read-log/personal-data-reads.resolver.js';
import { HistoryActorObject } from './history-actor.types.js';
import { HistoryActors } from './history-actors.js';

/** Who read personal data, named as a history names who acted: the account as it stood at the read. */
@Resolver(() => PersonalDataReadObject)
export class PersonalDataReaderField {
  constructor(@Inject(HistoryActors) private readonly actors: HistoryActors) {}

  @ResolveField(() => HistoryActorObject, { description: 'The reading account: name, position and the office it read for, as they were then' })
  readBy(@Parent() read: PersonalDataReadObject): Promise<HistoryActorObject> {
    return this.actors.actorAt(`account:${read.accountId}`, read.office, read.readAt);
  }
}
