import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { PG_POOL } from '../../database/database.module.js';
import { type Connection, connectionOf, pageArgs } from '../../graphql/connection.types.js';
import { isCentralAdministrator, overseesAll } from '../../identity/scope/area-scope.js';
import { CurrentStaff, Requires } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { decodeCursor, encodeCursor, mapPage, pageOf } from '../../shared/page.js';
import { pageSize } from '../../shared/page-size.js';
import type { HeldCaseType } from './legal-hold.events.js';
import { LegalHoldHandlers } from './legal-hold.handlers.js';
import { type LegalHoldRow, legalHoldOfRow, LIST_COLUMNS } from './legal-hold-rows.js';
import { HeldCaseTypeEnum, LegalHoldObject, LiftLegalHoldInput, PlaceLegalHoldInput } from './legal-holds.types.js';

const LegalHoldConnection = connectionOf(LegalHoldObject, 'LegalHold', 'Legal holds, newest placed first');
const MAX_PAGE = 200;
const PAGE = pageArgs(50, MAX_PAGE);
const isKey = (value: unknown): value is [string, string, number] =>
  Array.isArray(value) && value.length === 3 && !Number.isNaN(Date.parse(String(value[0]))) && typeof value[1] === 'string' && Number.isInteger(value[2]);

/**
 * Legal holds over GraphQL: central administrators place and lift them; the centre and auditors list them (the read
 * model legal_holds, row-level security agreeing) and read a case's holds as its hold stream has them now.
 */
@Resolver(() => LegalHoldObject)
export class LegalHoldsResolver {
  constructor(@Inject(LegalHoldHandlers) private readonly handlers: LegalHoldHandlers, @Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Requires(isCentralAdministrator)
  @Mutation(() => LegalHoldObject, { description: 'Places a legal hold on a case, stopping the erasure of its personal data (central administrators)' })
  placeLegalHold(@CurrentStaff() staff: SignedInStaff, @Args('input') input: PlaceLegalHoldInput): Promise<LegalHoldObject> {
    return this.handlers.place(staff, input);
  }

  @Requires(isCentralAdministrator)
  @Mutation(() => LegalHoldObject, { description: 'Lifts the active legal hold of a case, with why (central administrators)' })
  liftLegalHold(@CurrentStaff() staff: SignedInStaff, @Args('input') input: LiftLegalHoldInput): Promise<LegalHoldObject> {
    return this.handlers.lift(staff, input);
  }

  @Requires(overseesAll)
  @Query(() => [LegalHoldObject], { nullable: true, description: 'A case\'s legal holds, active and lifted, oldest first, as the log has them now (the centre and auditors)' })
  caseLegalHolds(
    @Args('caseType', { type: () => HeldCaseTypeEnum }) caseType: HeldCaseType, @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<LegalHoldObject[]> {
    return this.handlers.holdsOf(caseType, caseId);
  }

  @Requires(overseesAll)
  @Query(() => LegalHoldConnection, { nullable: true, description: 'Legal holds, newest placed first; only the active ones when asked (the centre and auditors)' })
  async legalHolds(
    @Args('activeOnly', { type: () => Boolean, nullable: true, description: 'Only the holds not lifted' }) activeOnly?: boolean | null,
    @Args('first', PAGE.first) first = 50,
    @Args('after', PAGE.after) after?: string | null,
  ): Promise<Connection<LegalHoldObject>> {
    const limit = pageSize(first, MAX_PAGE);
    const [at, stream, holdNo] = after ? decodeCursor(after, isKey) : [null, null, null];
    const { rows } = await this.pool.query<LegalHoldRow>(
      `SELECT ${LIST_COLUMNS} FROM legal_holds
       WHERE ($1::boolean IS NOT TRUE OR lifted_at IS NULL) AND ($2::timestamptz IS NULL OR (placed_at, case_stream_id, hold_no) < ($2, $3, $4))
       ORDER BY placed_at DESC, case_stream_id DESC, hold_no DESC LIMIT $5`,
      [activeOnly ?? false, at, stream, holdNo, limit + 1],
    );
    const totalCount = async () =>
      (await this.pool.query('SELECT count(*)::int AS n FROM legal_holds WHERE $1::boolean IS NOT TRUE OR lifted_at IS NULL', [activeOnly ?? false])).rows[0].n;
    const page = pageOf(rows, limit, (row) => encodeCursor([row.placed_at.toISOString(), row.case_stream_id, row.hold_no]), after);
    return { ...mapPage(page, legalHoldOfRow), totalCount };
  }
}
