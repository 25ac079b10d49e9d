import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { StoredEvent } from '../eventstore/event-store.port.js';
import { personalDataOfStream } from '../identity/read-log/personal-data-reads.js';

@ObjectType({ description: 'One recorded event with its metadata, as the log holds it' })
export class RecordedEvent {
  @Field(() => ID) eventId!: string;
  @Field({ description: 'Event type, e.g. DebtorRegistered' }) type!: string;
  @Field(() => Int) schemaVersion!: number;
  @Field(() => Int, { description: 'Version of the stream after this event' }) version!: number;
  @Field({ description: 'Global position in the log' }) position!: string;
  @Field() recordedAt!: Date;
  @Field(() => ID, { description: 'Who did it' }) actor!: string;
  @Field(() => String, { nullable: true, description: 'The office the account acted for' }) actorOffice?: string | null;
  @Field(() => ID) correlationId!: string;
  @Field(() => ID) causationId!: string;
  @Field() commandId!: string;
  /** Reads of the data (names, ids, debts…) are logged against the stream's case. */
  @Field({ description: 'The event data as JSON', middleware: [personalDataOfStream()] }) data!: string;
  /** The stream the event belongs to (not a field: the history query names it). */
  streamId!: string;
}

/** A stored event as the history queries answer it. */
export function toRecordedEvent(e: StoredEvent): RecordedEvent {
  return {
    eventId: e.eventId, type: e.type, schemaVersion: e.schemaVersion, version: e.version, streamId: e.streamId,
    position: e.position.globalPosition.toString(), recordedAt: e.recordedAt, ...e.metadata, data: JSON.stringify(e.data),
  };
}
