import { Inject } from '@nestjs/common';
import { Args, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { EVENT_STORE, type EventStore } from './event-store.port.js';

@ObjectType({ description: 'One recorded event with its metadata, as the log holds it' })
export class RecordedEvent {
  @Field() eventId!: string;
  @Field({ description: 'Event type, e.g. DebtorRegistered' }) type!: string;
  @Field(() => Int) schemaVersion!: number;
  @Field(() => Int, { description: 'Version of the stream after this event' }) version!: number;
  @Field({ description: 'Global position in the log' }) position!: string;
  @Field() recordedAt!: Date;
  @Field({ description: 'Who did it' }) actor!: string;
  @Field(() => String, { nullable: true, description: 'The office the account acted for' }) actorOffice?: string | null;
  @Field() correlationId!: string;
  @Field() causationId!: string;
  @Field() commandId!: string;
  @Field({ description: 'The event data as JSON' }) data!: string;
}

@Resolver(() => RecordedEvent)
export class StreamHistoryResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Query(() => [RecordedEvent], { description: "A case's full history, optionally up to a version or an instant" })
  async streamHistory(
    @Args('streamId') streamId: string,
    @Args('toVersion', { type: () => Int, nullable: true }) toVersion?: number,
    @Args('asOf', { nullable: true }) asOf?: Date,
  ): Promise<RecordedEvent[]> {
    const events = await this.store.readStream(streamId, { toVersion: toVersion ?? undefined, asOf: asOf ?? undefined });
    return events.map((e) => ({
      eventId: e.eventId, type: e.type, schemaVersion: e.schemaVersion, version: e.version,
      position: e.position.globalPosition.toString(), recordedAt: e.recordedAt, ...e.metadata,
      data: JSON.stringify(e.data),
    }));
  }
}
