import { Inject } from '@nestjs/common';
import { Args, Field, ID, InputType, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { PG_POOL } from '../database/database.module.js';
import { bangkokStartOf, parseDateInput } from '../shared/date-input.js';
import { DomainError } from '../shared/domain-error.js';
import { pageSize } from '../shared/page-size.js';
import { hasText } from '../shared/text-input.js';
import { overseesAll } from './area-scope.js';
import { Requires } from './staff-access.decorators.js';

@ObjectType('PersonalDataRead', { description: 'Who read which personal fields of which record, and when (never the values)' })
export class PersonalDataReadObject {
  @Field(() => ID) readId!: string;
  @Field() readAt!: Date;
  @Field({ description: 'The reading account' }) accountId!: string;
  @Field({ description: 'The office it read for: DISTRICT:1001, PROVINCE:10, CENTRAL' }) office!: string;
  @Field({ description: 'debt_case, complaint, staff_account or stream' }) recordType!: string;
  @Field() recordId!: string;
  @Field(() => [String], { description: 'e.g. debtorCitizenId, debtor.address.line, data' }) fields!: string[];
}

@InputType('PersonalDataReadFilter', { description: 'All given conditions must hold' })
export class PersonalDataReadFilter {
  @Field(() => String, { nullable: true }) accountId?: string | null;
  @Field(() => String, { nullable: true }) recordType?: string | null;
  @Field(() => String, { nullable: true }) recordId?: string | null;
  @Field(() => String, { nullable: true, description: 'Read on or after this day (Bangkok), D/M/YYYY or YYYY-MM-DD, either era' })
  from?: string | null;
  @Field(() => String, { nullable: true, description: 'Read on or before this day (Bangkok)' }) to?: string | null;
}

const MAX_PAGE = 500;
const DAY_MS = 86_400_000;

/** The personal-data read log, newest first, for the centre and the auditors (row-level security agrees). */
@Resolver(() => PersonalDataReadObject)
export class PersonalDataReadsResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Requires(overseesAll)
  @Query(() => [PersonalDataReadObject], { description: 'Reads of personal data, newest first (the centre and auditors)' })
  async personalDataReads(
    @Args('filter', { type: () => PersonalDataReadFilter, nullable: true }) filter?: PersonalDataReadFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100, description: `1 to ${MAX_PAGE}` }) first = 100,
    @Args('before', { type: () => ID, nullable: true, description: 'readId of the last entry of the previous page' }) before?: string | null,
  ): Promise<PersonalDataReadObject[]> {
    pageSize(first, MAX_PAGE);
    const values: unknown[] = [];
    const param = (value: unknown) => `$${values.push(value)}`;
    const where: string[] = [];
    if (hasText(filter?.accountId)) where.push(`account_id = ${param(filter.accountId.trim())}`);
    if (hasText(filter?.recordType)) where.push(`record_type = ${param(filter.recordType.trim())}`);
    if (hasText(filter?.recordId)) where.push(`record_id = ${param(filter.recordId.trim())}`);
    if (hasText(filter?.from)) where.push(`read_at >= ${param(bangkokStartOf(parseDateInput(filter.from, 'filter.from')))}`);
    if (hasText(filter?.to)) {
      const end = Date.parse(bangkokStartOf(parseDateInput(filter.to, 'filter.to'))) + DAY_MS;
      where.push(`read_at < ${param(new Date(end).toISOString())}`);
    }
    if (hasText(before)) {
      if (!/^\d{1,18}$/.test(before.trim())) throw new DomainError('CURSOR_INVALID', 'ตำแหน่งหน้าถัดไปไม่ถูกต้อง', 'before is a readId', 'before');
      where.push(`read_id < ${param(before.trim())}`);
    }
    const { rows } = await this.pool.query(
      `SELECT read_id::text AS "readId", read_at AS "readAt", account_id AS "accountId", office, record_type AS "recordType",
         record_id AS "recordId", fields
       FROM personal_data_reads ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY read_id DESC LIMIT ${param(first)}`,
      values,
    );
    return rows;
  }
}
