import { Inject } from '@nestjs/common';
import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { PG_POOL } from '../../database/database.module.js';
import { type Connection, connectionOf, pageArgs } from '../../graphql/connection.types.js';
import { storedEnumType } from '../../graphql/enum-type.js';
import { overseesAll } from '../../identity/scope/area-scope.js';
import { Requires } from '../../identity/sessions/staff-access.decorators.js';
import { decodeCursor, encodeCursor, mapPage, pageOf } from '../../shared/page.js';
import { pageSize } from '../../shared/page-size.js';
import { hasText } from '../../shared/text-input.js';

/** The prefixes of the log's streams: `debt-…`, `complaint-…`, `news-…`, `account-…`, `reporters-…`, `governor-summary-…`. */
const StreamTypeEnum = storedEnumType('StreamType', 'What a stream of the log records: its stream id prefix', {
  DEBT: ['debt', 'หนี้นอกระบบ — an informal-debt case'],
  COMPLAINT: ['complaint', 'เรื่องร้องเรียนร้องทุกข์ — a complaint'],
  NEWS: ['news', 'ข่าว — a district news post'],
  ACCOUNT: ['account', 'บัญชีผู้ใช้งาน — a staff account'],
  REPORTERS: ['reporters', 'ผู้รับผิดชอบการรายงาน — an office\'s responsible reporters'],
  GOVERNOR_SUMMARY: ['governor', 'สรุปผลเสนอผู้ว่าราชการจังหวัด — a district\'s monthly complaint summary, certified and sent (governor-summary-…)'],
});
type StreamType = (typeof StreamTypeEnum)[keyof typeof StreamTypeEnum];

@ObjectType({ description: 'One case stream in the log, as the stream catalogue projection has it' })
export class CaseStream {
  @Field(() => ID, { description: 'Stream id, e.g. debt-…' }) streamId!: string;
  @Field(() => StreamTypeEnum, { description: 'The stream id prefix' }) caseType!: StreamType;
  @Field(() => Int, { description: 'Number of events in the stream' }) version!: number;
  @Field({ description: 'Type of the latest event' }) lastEventType!: string;
  @Field({ description: 'When the first event was recorded' }) firstRecordedAt!: Date;
  @Field({ description: 'When the latest event was recorded' }) lastRecordedAt!: Date;
}

const CaseStreamConnection = connectionOf(CaseStream, 'CaseStream', 'Streams of the log in stream id order');
const MAX_PAGE = 500;
const PAGE = pageArgs(50, MAX_PAGE);
const isStreamKey = (value: unknown): value is [string] => Array.isArray(value) && value.length === 1 && typeof value[0] === 'string';

@Resolver(() => CaseStream)
export class StreamCatalogueResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Requires(overseesAll)
  @Query(() => CaseStreamConnection, { nullable: true, description: 'Case streams in stream id order, optionally of one type (the centre and auditors)' })
  async caseStreams(
    @Args('caseType', { type: () => StreamTypeEnum, nullable: true }) caseType?: StreamType | null,
    @Args('first', PAGE.first) first = 50,
    @Args('after', PAGE.after) after?: string | null,
  ): Promise<Connection<CaseStream>> {
    const limit = pageSize(first, MAX_PAGE);
    const from = hasText(after) ? decodeCursor(after, isStreamKey)[0] : null;
    const { rows } = await this.pool.query(
      `SELECT stream_id, case_type, version, last_event_type, first_recorded_at, last_recorded_at
       FROM stream_catalogue WHERE ($1::text IS NULL OR case_type = $1) AND ($2::text IS NULL OR stream_id > $2)
       ORDER BY stream_id LIMIT $3`,
      [caseType ?? null, from, limit + 1],
    );
    const totalCount = async () =>
      (await this.pool.query('SELECT count(*)::int AS n FROM stream_catalogue WHERE ($1::text IS NULL OR case_type = $1)', [caseType ?? null]))
        .rows[0].n;
    const page = pageOf(rows, limit, (r) => encodeCursor([r.stream_id]), after);
    return {
      ...mapPage(page, (r) => ({
        streamId: r.stream_id, caseType: r.case_type, version: r.version, lastEventType: r.last_event_type,
        firstRecordedAt: r.first_recorded_at, lastRecordedAt: r.last_recorded_at,
      })),
      totalCount,
    };
  }
}
