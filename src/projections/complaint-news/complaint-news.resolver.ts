import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { newsPhotoUrl } from '../../cases/complaint/news/district-news.events.js';
import { formatThaiDate } from '../../calendar/thai-date-text.js';
import { PG_POOL } from '../../database/database.module.js';
import { requireDistrict } from '../../geography/geography.js';
import { type Connection, pageArgs } from '../../graphql/connection.types.js';
import { Public } from '../../identity/sessions/staff-access.decorators.js';
import { ERASED_MARKER } from '../../personal-data/keys/personal-data-shredder.js';
import { decodeCursor, encodeCursor, pageOf } from '../../shared/page.js';
import { pageSize } from '../../shared/page-size.js';
import { hasText } from '../../shared/text-input.js';
import { DistrictNewsConnection, DistrictNewsItem } from './complaint-news.types.js';

const MAX_PAGE = 100;
const PAGE = pageArgs(20, MAX_PAGE);

/** The cursor of a post: its day, when it was posted (ISO, microseconds) and its id. */
const isNewsKey = (value: unknown): value is [string, string, string] =>
  Array.isArray(value) && value.length === 3 && /^\d{4}-\d{2}-\d{2}$/.test(value[0]) && typeof value[1] === 'string'
  && Number.isFinite(Date.parse(value[1])) && typeof value[2] === 'string';

/** The public news of a district centre, newest activity first: no sign-in. */
@Public()
@Resolver(() => DistrictNewsItem)
export class ComplaintNewsResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Query(() => DistrictNewsConnection, { nullable: true, description: 'ข่าว: activity posts of a district\'s Damrongdhama centre, newest first' })
  async districtNews(
    @Args('districtCode', { description: '4 digits, Thai digits accepted' }) districtCode: string,
    @Args('first', PAGE.first) first = 20,
    @Args('after', PAGE.after) after?: string | null,
  ): Promise<Connection<DistrictNewsItem>> {
    const district = requireDistrict(districtCode, 'districtCode');
    const limit = pageSize(first, MAX_PAGE);
    const key = hasText(after) ? decodeCursor(after, isNewsKey) : null;
    const { rows } = await this.pool.query(
      `SELECT news_id, district_code, activity_name, leader, participants, to_char(held_on, 'YYYY-MM-DD') AS held_on,
         start_time, end_time, place, photos, posted_at,
         to_char(posted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS posted_key
       FROM district_news WHERE district_code = $1
         AND ($2::date IS NULL OR (held_on, posted_at, news_id) < ($2::date, $3::timestamptz, $4::text))
       ORDER BY held_on DESC, posted_at DESC, news_id DESC LIMIT $5`,
      [district.code, key?.[0] ?? null, key?.[1] ?? null, key?.[2] ?? null, limit + 1],
    );
    const centre = `ศูนย์ดำรงธรรม${district.isBangkokKhet ? 'เขต' : 'อำเภอ'}${district.nameTh}`;
    const page = pageOf(rows, limit, (row) => encodeCursor([row.held_on, row.posted_key, row.news_id]), after);
    const totalCount = async () =>
      (await this.pool.query('SELECT count(*)::int AS n FROM district_news WHERE district_code = $1', [district.code])).rows[0].n;
    return {
      ...page,
      totalCount,
      edges: page.edges.map(({ cursor, node: row }) => ({
        cursor,
        node: {
          newsId: row.news_id, districtCode: row.district_code, centreNameTh: centre, activityName: row.activity_name,
          leader: row.leader, participants: row.participants, heldOn: row.held_on, heldOnTh: formatThaiDate(row.held_on),
          startTime: row.start_time, endTime: row.end_time, place: row.place, postedAt: row.posted_at,
          // The photos are sealed under the key of the post's names: names read as the marker, that key is destroyed.
          photos: (row.photos as { photoId: string; contentType: string; size: number }[]).map((p) => ({
            photoId: p.photoId, url: row.leader === ERASED_MARKER ? null : newsPhotoUrl(row.news_id, p.photoId),
            erased: row.leader === ERASED_MARKER, contentType: p.contentType, size: p.size,
          })),
        },
      })),
    };
  }
}
