import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type pg from 'pg';
import { formatThaiDate } from '../../calendar/thai-date-text.js';
import { PG_POOL } from '../../database/database.module.js';
import { requireDistrict } from '../../geography/geography.js';
import { Public } from '../../identity/staff-access.decorators.js';
import { pageSize } from '../../shared/page-size.js';
import { DistrictNewsItem } from './complaint-news.types.js';

const MAX_PAGE = 100;

/** The public news of a district centre, newest activity first: no sign-in. */
@Public()
@Resolver(() => DistrictNewsItem)
export class ComplaintNewsResolver {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Query(() => [DistrictNewsItem], { description: 'ข่าว: activity posts of a district\'s Damrongdhama centre, newest first' })
  async districtNews(
    @Args('districtCode', { description: '4 digits, Thai digits accepted' }) districtCode: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: `1 to ${MAX_PAGE}` }) first = 20,
  ): Promise<DistrictNewsItem[]> {
    const district = requireDistrict(districtCode, 'districtCode');
    const { rows } = await this.pool.query(
      `SELECT news_id, district_code, activity_name, leader, participants, to_char(held_on, 'YYYY-MM-DD') AS held_on,
         start_time, end_time, place, photos, posted_at
       FROM district_news WHERE district_code = $1 ORDER BY held_on DESC, posted_at DESC LIMIT $2`,
      [district.code, pageSize(first, MAX_PAGE)],
    );
    const centre = `ศูนย์ดำรงธรรม${district.isBangkokKhet ? 'เขต' : 'อำเภอ'}${district.nameTh}`;
    return rows.map((row) => ({
      newsId: row.news_id, districtCode: row.district_code, centreNameTh: centre, activityName: row.activity_name,
      leader: row.leader, participants: row.participants, heldOn: row.held_on, heldOnTh: formatThaiDate(row.held_on),
      startTime: row.start_time, endTime: row.end_time, place: row.place, postedAt: row.posted_at,
      photos: (row.photos as { photoId: string; contentType: string; size: number }[]).map((p) => ({
        url: `/news-photos/${p.photoId}`, contentType: p.contentType, size: p.size,
      })),
    }));
  }
}
