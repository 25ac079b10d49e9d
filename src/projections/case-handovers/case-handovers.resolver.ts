import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { PG_POOL } from '../../database/database.module.js';
import { type Connection, pageArgs } from '../../graphql/connection.types.js';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { officeNameTh, type OfficeKind } from '../../identity/scope/staff-office.js';
import { decodeCursor, encodeCursor, isInstantKey, mapPage, pageOf } from '../../shared/page.js';
import { pageSize } from '../../shared/page-size.js';
import { hasText } from '../../shared/text-input.js';
import type { HandoverRow } from './case-handovers.projection.js';
import { CaseTypeEnum, HandedOverCaseConnection, HandedOverCaseObject, type HandoverOfficeObject } from './case-handovers.types.js';

const MAX_PAGE = 200;
const PAGE = pageArgs(50, MAX_PAGE);
const office = (level: OfficeKind, code: string): HandoverOfficeObject => ({ level, code, nameTh: officeNameTh({ kind: level, code }) });

/**
 * The cases that left the reader's area (ส่งต่อ): a district's own handovers, a province's (its office's and
 * its districts'), all of them for the centre and auditors; newest first. Row-level security agrees.
 */
@Resolver(() => HandedOverCaseObject)
export class CaseHandoversResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Query(() => HandedOverCaseConnection, { nullable: true, description: 'Cases your area handed to another office, newest first' })
  async handedOverCases(
    @CurrentStaff() staff: SignedInStaff,
    @Args('caseType', { type: () => CaseTypeEnum, nullable: true }) caseType?: HandoverRow['caseType'] | null,
    @Args('first', PAGE.first) first = 50,
    @Args('after', PAGE.after) after?: string | null,
  ): Promise<Connection<HandedOverCaseObject>> {
    const limit = pageSize(first, MAX_PAGE);
    const values: unknown[] = [];
    const param = (value: unknown) => `$${values.push(value)}`;
    const where: string[] = [];
    if (staff.level === 'DISTRICT') where.push(`from_district = ${param(staff.office.code)}`);
    if (staff.level === 'PROVINCE') where.push(`from_province = ${param(staff.office.code)}`);
    if (caseType) where.push(`case_type = ${param(caseType)}`);
    const clause = (list: string[]) => (list.length ? `WHERE ${list.join(' AND ')}` : '');
    const [filters, filterValues] = [[...where], [...values]];
    const totalCount = async () =>
      (await this.pool.query(`SELECT count(*)::int AS n FROM case_handovers ${clause(filters)}`, filterValues)).rows[0].n;
    if (hasText(after)) {
      const [at, streamId, version] = decodeCursor(after, isInstantKey(3));
      where.push(`(handed_at, stream_id, version) < (${param(at)}::timestamptz, ${param(streamId)}, ${param(version)})`);
    }
    const { rows } = await this.pool.query(
      `SELECT stream_id, version, case_type, case_id, kind, handed_at, from_level, from_code, to_level, to_code,
         to_char(handed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS handed_key
       FROM case_handovers ${clause(where)}
       ORDER BY handed_at DESC, stream_id DESC, version DESC LIMIT ${param(limit + 1)}`,
      values,
    );
    const page = pageOf(rows, limit, (r) => encodeCursor([r.handed_key, r.stream_id, r.version]), after);
    return {
      ...mapPage(page, (r) => ({
        caseType: r.case_type, caseId: r.case_id, kind: r.kind, handedAt: r.handed_at,
        from: office(r.from_level, r.from_code), to: office(r.to_level, r.to_code),
      })),
      totalCount,
    };
  }
}
