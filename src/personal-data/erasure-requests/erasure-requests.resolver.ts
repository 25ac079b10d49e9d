import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { HistoryActorObject } from '../../audit/history-actor.types.js';
import { HistoryActors } from '../../audit/history-actors.js';
import { PG_POOL } from '../../database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { type Connection, connectionOf, pageArgs } from '../../graphql/connection.types.js';
import { isCentralAdministrator, overseesAll } from '../../identity/scope/area-scope.js';
import { CurrentStaff, Requires } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { decodeCursor, encodeCursor, mapPage, pageOf } from '../../shared/page.js';
import { pageSize } from '../../shared/page-size.js';
import { type ErasureRequestRow, erasureRequestOfRow, LIST_COLUMNS } from './erasure-request-rows.js';
import { ErasureRequests } from './erasure-requests.js';
import { ErasureRequestObject, RecordErasureRequestInput, RetryErasureInput } from './erasure-requests.types.js';

const ErasureRequestConnection = connectionOf(ErasureRequestObject, 'ErasureRequest', 'Erasure requests, newest first');
const MAX_PAGE = 200;
const PAGE = pageArgs(50, MAX_PAGE);
const isKey = (value: unknown): value is [string, string] =>
  Array.isArray(value) && value.length === 2 && !Number.isNaN(Date.parse(String(value[0]))) && /^[0-9a-f-]{36}$/.test(String(value[1]));

/**
 * Erasure requests (PDPA section 33) over GraphQL: a central administrator records one and is answered the decision
 * (and the erasure's counts when accepted); the centre and auditors list them (erasure_requests, row-level security
 * agreeing).
 */
@Resolver(() => ErasureRequestObject)
export class ErasureRequestsResolver {
  private readonly actors: HistoryActors;

  constructor(
    @Inject(ErasureRequests) private readonly requests: ErasureRequests,
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) store: EventStore,
  ) {
    this.actors = new HistoryActors(store);
  }

  @Requires(isCentralAdministrator)
  @Mutation(() => ErasureRequestObject, {
    description: 'Records a data subject\'s erasure request (PDPA section 33) and decides it at once: refused while a case of theirs is open '
      + 'or under a legal hold, else their keys are destroyed (central administrators)',
  })
  recordErasureRequest(@CurrentStaff() staff: SignedInStaff, @Args('input') input: RecordErasureRequestInput): Promise<ErasureRequestObject> {
    return this.requests.record(staff, input);
  }

  @Requires(isCentralAdministrator)
  @Mutation(() => ErasureRequestObject, {
    description: 'Completes the erasure of an accepted request whose outcome is not recorded (it failed after the decision): the subject\'s '
      + 'keys left are destroyed and the outcome recorded (central administrators)',
  })
  retryErasure(@CurrentStaff() staff: SignedInStaff, @Args('input') input: RetryErasureInput): Promise<ErasureRequestObject> {
    return this.requests.retry(staff, input);
  }

  @Requires(overseesAll)
  @Query(() => ErasureRequestConnection, { nullable: true, description: 'Erasure requests, newest first (the centre and auditors)' })
  async erasureRequests(
    @Args('first', PAGE.first) first = 50,
    @Args('after', PAGE.after) after?: string | null,
  ): Promise<Connection<ErasureRequestObject>> {
    const limit = pageSize(first, MAX_PAGE);
    const [at, id] = after ? decodeCursor(after, isKey) : [null, null];
    const { rows } = await this.pool.query<ErasureRequestRow>(
      `SELECT ${LIST_COLUMNS} FROM erasure_requests WHERE $1::timestamptz IS NULL OR (recorded_at, request_id) < ($1, $2::uuid)
       ORDER BY recorded_at DESC, request_id DESC LIMIT $3`,
      [at, id, limit + 1],
    );
    const totalCount = async () => (await this.pool.query('SELECT count(*)::int AS n FROM erasure_requests')).rows[0].n;
    const page = pageOf(rows, limit, (row) => encodeCursor([row.recorded_at.toISOString(), row.request_id]), after);
    return { ...mapPage(page, erasureRequestOfRow), totalCount };
  }

  @ResolveField(() => HistoryActorObject, { description: 'Who recorded it: name, position and office as they were then' })
  recordedBy(@Parent() request: ErasureRequestObject): Promise<HistoryActorObject> {
    return this.actors.actorAt(request.recordedActor.actor, request.recordedActor.office, request.recordedAt);
  }
}
