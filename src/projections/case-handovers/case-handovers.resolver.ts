import { Inject } from '@nestjs/common';
import { Args, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { PG_POOL } from '../../database/database.module.js';
import { CurrentStaff } from '../../identity/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/staff-context.js';
import { officeNameTh, type OfficeKind } from '../../identity/staff-office.js';
import { requireChoice } from '../../shared/choice.js';
import { DomainError } from '../../shared/domain-error.js';
import { pageSize } from '../../shared/page-size.js';
import { hasText } from '../../shared/text-input.js';

@ObjectType('HandoverOffice', { description: 'An office a case left or went to' })
export class HandoverOfficeObject {
  @Field({ description: 'DISTRICT, PROVINCE or CENTRAL' }) level!: string;
  @Field({ description: '4-digit district, 2-digit province, or CENTRAL' }) code!: string;
  @Field() nameTh!: string;
}

@ObjectType('HandedOverCase', {
  description: 'A read-only line that a case left your area: which case, when, from which office to which; nothing of the case itself',
})
export class HandedOverCaseObject {
  @Field({ description: 'DEBT or COMPLAINT' }) caseType!: string;
  @Field() caseId!: string;
  @Field({ description: 'TRANSFERRED (ส่งต่อ), DISTRICT_CORRECTED (a correction of the district) or FORWARDED (a complaint)' }) kind!: string;
  @Field() handedAt!: Date;
  @Field(() => HandoverOfficeObject) from!: HandoverOfficeObject;
  @Field(() => HandoverOfficeObject) to!: HandoverOfficeObject;
  @Field({ description: 'Pass as `before` for the next (older) page' }) cursor!: string;
}

const MAX_PAGE = 200;
const office = (level: string, code: string): HandoverOfficeObject =>
  ({ level, code, nameTh: officeNameTh({ kind: level as OfficeKind, code }) });

function decodeCursor(cursor: string): [string, string, number] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 3 && typeof value[0] === 'string' && Number.isFinite(Date.parse(value[0]))
      && typeof value[1] === 'string' && Number.isInteger(value[2])) return [value[0], value[1], value[2]];
  } catch {
    // refused below
  }
  throw new DomainError('CURSOR_INVALID', 'ตำแหน่งหน้าถัดไปไม่ถูกต้อง ให้เริ่มใหม่', 'The cursor is not one this list gave out; start again', 'before');
}

/**
 * The cases that left the reader's area (ส่งต่อ): a district's own handovers, a province's (its office's and
 * its districts'), all of them for the centre and auditors; newest first. Row-level security agrees.
 */
@Resolver(() => HandedOverCaseObject)
export class CaseHandoversResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Query(() => [HandedOverCaseObject], { description: 'Cases your area handed to another office, newest first' })
  async handedOverCases(
    @CurrentStaff() staff: SignedInStaff,
    @Args('caseType', { type: () => String, nullable: true, description: 'DEBT or COMPLAINT' }) caseType?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50, description: `1 to ${MAX_PAGE}` }) first = 50,
    @Args('before', { type: () => String, nullable: true, description: 'cursor of the last line of the previous page' }) before?: string | null,
  ): Promise<HandedOverCaseObject[]> {
    pageSize(first, MAX_PAGE);
    const values: unknown[] = [];
    const param = (value: unknown) => `$${values.push(value)}`;
    const where: string[] = [];
    if (staff.level === 'DISTRICT') where.push(`from_district = ${param(staff.office.code)}`);
    if (staff.level === 'PROVINCE') where.push(`from_province = ${param(staff.office.code)}`);
    if (hasText(caseType)) where.push(`case_type = ${param(requireChoice(caseType.trim(), ['DEBT', 'COMPLAINT'] as const, 'caseType'))}`);
    if (hasText(before)) {
      const [at, streamId, version] = decodeCursor(before);
      where.push(`(handed_at, stream_id, version) < (${param(at)}::timestamptz, ${param(streamId)}, ${param(version)})`);
    }
    const { rows } = await this.pool.query(
      `SELECT stream_id, version, case_type, case_id, kind, handed_at, from_level, from_code, to_level, to_code,
         to_char(handed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS handed_key
       FROM case_handovers ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY handed_at DESC, stream_id DESC, version DESC LIMIT ${param(first)}`,
      values,
    );
    return rows.map((r) => ({
      caseType: r.case_type, caseId: r.case_id, kind: r.kind, handedAt: r.handed_at,
      from: office(r.from_level, r.from_code), to: office(r.to_level, r.to_code),
      cursor: Buffer.from(JSON.stringify([r.handed_key, r.stream_id, r.version])).toString('base64url'),
    }));
  }
}
