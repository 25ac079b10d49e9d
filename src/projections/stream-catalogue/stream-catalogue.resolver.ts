import { Inject } from '@nestjs/common';
import { Args, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { PG_POOL } from '../../database/database.module.js';
import { overseesAll } from '../../identity/area-scope.js';
import { Requires } from '../../identity/staff-access.decorators.js';
import { pageSize } from '../../shared/page-size.js';

@ObjectType({ description: 'One case stream in the log, as the stream catalogue projection has it' })
export class CaseStream {
  @Field({ description: 'Stream id, e.g. debt-…' }) streamId!: string;
  @Field({ description: 'Case type: the stream id prefix' }) caseType!: string;
  @Field(() => Int, { description: 'Number of events in the stream' }) version!: number;
  @Field({ description: 'Type of the latest event' }) lastEventType!: string;
  @Field({ description: 'When the first event was recorded' }) firstRecordedAt!: Date;
  @Field({ description: 'When the latest event was recorded' }) lastRecordedAt!: Date;
}

const MAX_PAGE = 500;

@Resolver(() => CaseStream)
export class StreamCatalogueResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Requires(overseesAll)
  @Query(() => [CaseStream], { description: 'Case streams in stream id order, optionally of one case type (the centre and auditors)' })
  async caseStreams(
    @Args('caseType', { nullable: true }) caseType?: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50, description: `1 to ${MAX_PAGE}` }) first = 50,
    @Args('after', { nullable: true, description: 'Stream id to continue after' }) after?: string,
  ): Promise<CaseStream[]> {
    const limit = pageSize(first, MAX_PAGE);
    const { rows } = await this.pool.query(
      `SELECT stream_id, case_type, version, last_event_type, first_recorded_at, last_recorded_at
       FROM stream_catalogue WHERE ($1::text IS NULL OR case_type = $1) AND ($2::text IS NULL OR stream_id > $2)
       ORDER BY stream_id LIMIT $3`,
      [caseType ?? null, after ?? null, limit],
    );
    return rows.map((r) => ({
      streamId: r.stream_id, caseType: r.case_type, version: r.version, lastEventType: r.last_event_type,
      firstRecordedAt: r.first_recorded_at, lastRecordedAt: r.last_recorded_at,
    }));
  }
}
