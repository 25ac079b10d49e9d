import { EventSchema } from '../../../shared/event-schema.js';
import type { Office } from '../complaint-office.js';
import { DISTRICT_NEWS_UPCASTERS } from './district-news-upcasters.js';

/**
 * ข่าว: an activity post of a district's Damrongdhama centre (seed 004: activity name, leader, participants,
 * date, time and place, with photos), one stream `news-<id>` per post. Plain JSON; absent values are null.
 */
export const NEWS_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type NewsPhotoType = (typeof NEWS_PHOTO_TYPES)[number];

/** A photo of a post: the SHA-256 of its bytes names it; its bytes are kept sealed under the post's key (news-photo-store.ts). */
export interface NewsPhoto {
  photoId: string;
  contentType: NewsPhotoType;
  size: number;
  /**
   * The id of the data key (the post's CASE key) the post's copy of the bytes is sealed under (version 2); null for a
   * photo posted before sealing, whose bytes are kept plain under their SHA-256. Not personal: an id, no value.
   */
  sealedUnder: string | null;
}

/** Where a posted photo is served to anyone: GET /news-photos/<newsId>/<photoId> (news-photos.controller.ts). */
export const newsPhotoUrl = (newsId: string, photoId: string) => `/news-photos/${encodeURIComponent(newsId)}/${photoId}`;

export interface DistrictNewsPostedData {
  newsId: string;
  at: string;
  by: Office;
  districtCode: string;
  provinceCode: string;
  activityName: string;
  /** ผู้นำในการทำกิจกรรม */
  leader: string;
  /** ผู้เข้าร่วมกิจกรรม, as written */
  participants: string;
  /** The day (YYYY-MM-DD, CE) and Bangkok times (HH:MM) of the activity. */
  heldOn: string;
  startTime: string;
  endTime: string | null;
  place: string;
  photos: NewsPhoto[];
}

export type DistrictNewsEvent = { type: 'DistrictNewsPosted'; data: DistrictNewsPostedData };

/** Schema version of each event type as written now; a new shape gets a new version and an upcaster (district-news-upcasters.ts). */
export const DISTRICT_NEWS_EVENT_SCHEMA_VERSIONS: Readonly<Record<DistrictNewsEvent['type'], number>> = { DistrictNewsPosted: 2 };

/** The news events' versions and the upcasters between them: where a stored news event becomes a DistrictNewsEvent. */
export const DISTRICT_NEWS_EVENTS = new EventSchema<DistrictNewsEvent>('district news', DISTRICT_NEWS_EVENT_SCHEMA_VERSIONS, DISTRICT_NEWS_UPCASTERS);
