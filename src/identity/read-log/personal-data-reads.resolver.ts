import { Inject } from '@nestjs/common';
import { Args, Field, ID, InputType, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { PG_POOL } from '../../database/database.module.js';
import { type Connection, connectionOf, pageArgs } from '../../graphql/connection.types.js';
import { bangkokStartOf, parseDateInput } from '../../shared/date-input.js';
import { decodeCursor, encodeCursor, pageOf } from '../../shared/page.js';
import { pageSize } from '../../shared/page-size.js';
import { hasText } from '../../shared/text-input.js';
import { overseesAll } from '../scope/area-scope.js';
import { PersonalDataRecordTypeEnum } from '../identity.enums.js';
import type { RecordType } from './personal-data-reads.js';
import { Requires } from '../sessions/staff-access.decorators.js';

@ObjectType('PersonalDataRead', { description: 'Who read which personal fields of which record, and when (never the values)' })
export class PersonalDataReadObject {
  @Field(() => ID) readId!: string;
  @Field() readAt!: Date;
  @Field(() => ID, { description: 'The reading account' }) accountId!: string;
  @Field({ description: 'The office it read for: DISTRICT:1001, PROVINCE:10, CENTRAL' }) office!: string;
  @Field(() => PersonalDataRecordTypeEnum) recordType!: RecordType;
  @Field(() => ID) recordId!: string;
  @Field(() => [String], { description: 'e.g. debtorCitizenId, debtor.address.line, data' }) fields!: string[];
}

const PersonalDataReadConnection = connectionOf(PersonalDataReadObject, 'PersonalDataRead', 'Reads of personal data, newest first');

@InputType('PersonalDataReadFilter', { description: 'All given conditions must hold' })
export class PersonalDataReadFilter {
  @Field(() => ID, { nullable: true }) accountId?: string | null;
  @Field(() => PersonalDataRecordTypeEnum, { nullable: true }) recordType?: RecordType | null;
  @Field(() => ID, { nullable: true }) recordId?: string | null;
  @Field(() => String, { nullable: true, description: 'Read on or after this day (Bangkok), D/M/YYYY or YYYY-MM-DD, either era' })
  from?: string | null;
  @Field(() => String, { nullable: true, description: 'Read on or before this day (Bangkok)' }) to?: string | null;
}

const MAX_PAGE = 500;
const PAGE = pageArgs(100, MAX_PAGE);
const DAY_MS = 86_400_000;
const isReadKey = (value: unknown): value is [string] => Array.isArray(value) && value.length === 1 && /^\d{1,18}$/.test(String(value[0]));

/** The personal-data read log, newest first, for the centre and the auditors (row-level security agrees). */
@Resolver(() => PersonalDataReadObject)
export class PersonalDataReadsResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Requires(overseesAll)
  @Query(() => PersonalDataReadConnection, { nullable: true, description: 'Reads of personal data, newest first (the centre and auditors)' })
  async personalDataReads(
    @Args('filter', { type: () => PersonalDataReadFilter, nullable: true }) filter?: PersonalDataReadFilter | null,
    @Args('first', PAGE.first) first = 100,
    @Args('after', PAGE.after) after?: string | null,
  ): Promise<Connection<PersonalDataReadObject>> {
    const limit = pageSize(first, MAX_PAGE);
    const values: unknown[] = [];
    const param = (value: unknown) => `$${values.push(value)}`;
    const where: string[] = [];
    if (hasText(filter?.accountId)) where.push(`account_id = ${param(filter.accountId.trim())}`);
    if (filter?.recordType) where.push(`record_type = ${param(filter.recordType)}`);
    if (hasText(filter?.recordId)) where.push(`record_id = ${param(filter.recordId.trim())}`);
    if (hasText(filter?.from)) where.push(`read_at >= ${param(bangkokStartOf(parseDateInput(filter.from, 'filter.from')))}`);
    if (hasText(filter?.to)) {
      const end = Date.parse(bangkokStartOf(parseDateInput(filter.to, 'filter.to'))) + DAY_MS;
      where.push(`read_at < ${param(new Date(end).toISOString())}`);
    }
    const clause = (list: string[]) => (list.length ? `WHERE ${list.join(' AND ')}` : '');
    const [filters, filterValues] = [[...where], [...values]];
    const totalCount = async () =>
      (await this.pool.query(`SELECT count(*)::int AS n FROM personal_data_reads ${clause(filters)}`, filterValues)).rows[0].n;
    if (hasText(after)) where.push(`read_id < ${param(decodeCursor(after, isReadKey)[0])}`);
    const { rows } = await this.pool.query<PersonalDataReadObject>(
      `SELECT read_id::text AS "readId", read_at AS "readAt", account_id AS "accountId", office, record_type AS "recordType",
         record_id AS "recordId", fields
       FROM personal_data_reads ${clause(where)}
       ORDER BY read_id DESC LIMIT ${param(limit + 1)}`,
      values,
    );
    return { ...pageOf(rows, limit, (row) => encodeCursor([row.readId]), after), totalCount };
  }
}
