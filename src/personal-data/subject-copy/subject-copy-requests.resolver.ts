import { Inject } from '@nestjs/common';
import { Args, Field, ID, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { HistoryActorObject } from '../../audit/history-actor.types.js';
import { HistoryActors } from '../../audit/history-actors.js';
import { PG_POOL } from '../../database/database.module.js';
import { type Connection, connectionOf, pageArgs } from '../../graphql/connection.types.js';
import { overseesAll } from '../../identity/scope/area-scope.js';
import { Requires } from '../../identity/sessions/staff-access.decorators.js';
import { decodeCursor, encodeCursor, pageOf } from '../../shared/page.js';
import { pageSize } from '../../shared/page-size.js';

@ObjectType({ description: "A data subject's copy produced: who asked, for whom (masked), on what basis, when" })
export class SubjectCopyRequest {
  @Field(() => ID) requestId!: string;
  @Field() requestedAt!: Date;
  @Field(() => ID, { description: 'The central administrator who produced it' }) accountId!: string;
  @Field() office!: string;
  @Field({ description: 'The citizen id masked: xxxxxxxxx1234' }) subjectMasked!: string;
  @Field() requestReference!: string;
  @Field(() => Int) recordCount!: number;
}

const SubjectCopyRequestConnection = connectionOf(SubjectCopyRequest, 'SubjectCopyRequest', "Data subjects' copies produced, newest first");
const MAX_PAGE = 200;
const PAGE = pageArgs(50, MAX_PAGE);
const isKey = (value: unknown): value is [string, string] =>
  Array.isArray(value) && value.length === 2 && !Number.isNaN(Date.parse(String(value[0]))) && /^[0-9a-f-]{36}$/.test(String(value[1]));

/** The record of the copies produced (subject_copy_requests), for the centre and auditors; row-level security agrees. */
@Resolver(() => SubjectCopyRequest)
export class SubjectCopyRequestsResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool, @Inject(HistoryActors) private readonly actors: HistoryActors) {}

  @Requires(overseesAll)
  @Query(() => SubjectCopyRequestConnection, { nullable: true, description: "Data subjects' copies produced, newest first (the centre and auditors)" })
  async subjectCopyRequests(
    @Args('first', PAGE.first) first = 50,
    @Args('after', PAGE.after) after?: string | null,
  ): Promise<Connection<SubjectCopyRequest>> {
    const limit = pageSize(first, MAX_PAGE);
    const [at, id] = after ? decodeCursor(after, isKey) : [null, null];
    const { rows } = await this.pool.query<SubjectCopyRequest>(
      `SELECT request_id::text AS "requestId", requested_at AS "requestedAt", account_id AS "accountId", office,
         subject_masked AS "subjectMasked", request_reference AS "requestReference", record_count AS "recordCount"
       FROM subject_copy_requests WHERE $1::timestamptz IS NULL OR (requested_at, request_id) < ($1, $2::uuid)
       ORDER BY requested_at DESC, request_id DESC LIMIT $3`,
      [at, id, limit + 1],
    );
    const totalCount = async () => (await this.pool.query('SELECT count(*)::int AS n FROM subject_copy_requests')).rows[0].n;
    return { ...pageOf(rows, limit, (row) => encodeCursor([row.requestedAt.toISOString(), row.requestId]), after), totalCount };
  }

  @ResolveField(() => HistoryActorObject, { description: 'The requester: name, position and office as they were then' })
  requestedBy(@Parent() request: SubjectCopyRequest): Promise<HistoryActorObject> {
    return this.actors.actorAt(`account:${request.accountId}`, request.office, request.requestedAt);
  }
}
