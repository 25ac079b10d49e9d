import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { LocalState } from './projection-runner.js';
import { ProjectionStateEnum } from './projection-status.enums.js';

@ObjectType('OpenAppend', { description: 'An append transaction still open: events committed after it wait until it ends' })
export class OpenAppend {
  @Field(() => Int, { nullable: true, description: 'Its PostgreSQL server process (pg_stat_activity.pid)' })
  pid!: number | null;

  @Field(() => String, { nullable: true, description: 'The application_name of its connection' })
  applicationName!: string | null;

  @Field(() => Date, { nullable: true, description: 'When its transaction began' })
  startedAt!: Date | null;

  @Field(() => Int, { description: 'Committed events this projection has not applied that wait for it' })
  eventsWaiting!: number;
}

@ObjectType('ProjectionStatus', { description: 'Where a projection (read model) stands against the event log' })
export class ProjectionStatusType {
  @Field({ description: 'Projection name' })
  name!: string;

  @Field(() => ProjectionStateEnum)
  state!: LocalState;

  @Field({ description: 'Global position of the last event applied' })
  position!: string;

  @Field(() => Int, { description: 'Committed events not yet applied, those waiting behind an open append included' })
  lagEvents!: number;

  @Field(() => Float, { description: 'Age in seconds of the oldest committed event not yet applied' })
  lagSeconds!: number;

  @Field(() => OpenAppend, { nullable: true, description: 'The open append that holds committed events back from this projection' })
  heldBy!: OpenAppend | null;

  @Field(() => String, { nullable: true, description: 'Why the projection stopped, with the failing event' })
  lastError!: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the event the projection stopped at' })
  failedEventId!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the checkpoint last moved or the failure was recorded' })
  updatedAt!: Date | null;
}
