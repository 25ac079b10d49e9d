import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Where a projection (read model) stands against the event log' })
export class ProjectionStatusType {
  @Field({ description: 'Projection name' })
  name!: string;

  @Field({ description: 'RUNNING, STANDBY (another process runs it), STARTING, FAILED or STOPPED' })
  state!: string;

  @Field({ description: 'Global position of the last event applied' })
  position!: string;

  @Field(() => Int, { description: 'Events in the log not yet applied' })
  lagEvents!: number;

  @Field(() => Float, { description: 'Age in seconds of the oldest event not yet applied' })
  lagSeconds!: number;

  @Field(() => String, { nullable: true, description: 'Why the projection stopped, with the failing event' })
  lastError!: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the event the projection stopped at' })
  failedEventId!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the checkpoint last moved or the failure was recorded' })
  updatedAt!: Date | null;
}
