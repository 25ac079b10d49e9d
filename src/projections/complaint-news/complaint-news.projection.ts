import type pg from 'pg';
import { DISTRICT_NEWS_EVENTS, type DistrictNewsPostedData } from '../../cases/complaint/news/district-news.events.js';
import type { StoredEvent } from '../../eventstore/event-store.port.js';
import type { Projection } from '../runner/projection.js';

const NEWS_STREAM_PREFIX = 'news-';

/** The parts of DistrictNewsPosted (stream `news-<id>`, upcast to the version written now) kept in the list. */
type PostedData = Omit<DistrictNewsPostedData, 'by'>;

/**
 * District news posts; a post is written once, so a replayed event changes nothing. Its leader and participants are
 * sealed in the log (district-news-personal-fields.ts): after the post's erasure its row is made anew with the marker.
 */
export class ComplaintNewsProjection implements Projection {
  readonly name = 'complaint-news';
  readonly tables = ['district_news'];
  readonly personalDataOf: readonly string[] = ['DistrictNewsPosted'];

  async apply(events: readonly StoredEvent[], tx: pg.ClientBase): Promise<void> {
    const posts = events.filter((e) => e.streamId.startsWith(NEWS_STREAM_PREFIX) && e.type === 'DistrictNewsPosted').map((e) => DISTRICT_NEWS_EVENTS.upcast(e).data as PostedData);
    if (posts.length === 0) return;
    const column = <K extends keyof PostedData>(key: K) => posts.map((p) => p[key]);
    await tx.query(
      `INSERT INTO district_news (news_id, district_code, province_code, activity_name, leader, participants, held_on,
         start_time, end_time, place, photos, posted_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::text[],
         $9::text[], $10::text[], $11::jsonb[], $12::timestamptz[])
       ON CONFLICT (news_id) DO NOTHING`,
      [
        column('newsId'), column('districtCode'), column('provinceCode'), column('activityName'), column('leader'),
        column('participants'), column('heldOn'), column('startTime'), column('endTime'), column('place'),
        posts.map((p) => JSON.stringify(p.photos)), column('at'),
      ],
    );
  }

  /** After an erasure (refoldStreams): the posts' rows go, to be made anew from their events as they read now. */
  async forgetStreams(streamIds: readonly string[], tx: pg.ClientBase): Promise<void> {
    const ids = streamIds.filter((id) => id.startsWith(NEWS_STREAM_PREFIX)).map((id) => id.slice(NEWS_STREAM_PREFIX.length));
    if (ids.length > 0) await tx.query('DELETE FROM district_news WHERE news_id = ANY($1::text[])', [ids]);
  }
}
