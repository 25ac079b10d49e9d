import { Inject } from '@nestjs/common';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { HISTORY_READER, type HistoryReader } from '../eventstore/history-reader.js';
import { overseesAll } from '../identity/scope/area-scope.js';
import { Requires } from '../identity/sessions/staff-access.decorators.js';
import { RecordedEvent, toRecordedEvent } from './recorded-event.types.js';

/** Any stream's history, for the centre and auditors (who replay any case); through the history reader, so in scope. */
@Resolver(() => RecordedEvent)
export class StreamHistoryResolver {
  constructor(@Inject(HISTORY_READER) private readonly store: HistoryReader) {}

  @Requires(overseesAll)
  @Query(() => [RecordedEvent], {
    nullable: true,
    description: "A stream's full history, optionally up to a version or an instant (the centre and auditors)",
  })
  async streamHistory(
    @Args('streamId', { type: () => ID }) streamId: string,
    @Args('toVersion', { type: () => Int, nullable: true }) toVersion?: number,
    @Args('asOf', { nullable: true }) asOf?: Date,
  ): Promise<RecordedEvent[]> {
    const events = await this.store.readStream(streamId, { toVersion: toVersion ?? undefined, asOf: asOf ?? undefined });
    return events.map(toRecordedEvent);
  }
}
