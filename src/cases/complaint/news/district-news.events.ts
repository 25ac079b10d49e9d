import type { Office } from '../complaint-office.js';

/**
 * ข่าว: an activity post of a district's Damrongdhama centre (seed 004: activity name, leader, participants,
 * date, time and place, with photos), one stream `news-<id>` per post. Plain JSON; absent values are null.
 */
export const NEWS_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type NewsPhotoType = (typeof NEWS_PHOTO_TYPES)[number];

/** A photo kept under the data folder, named by the SHA-256 of its bytes. */
export interface NewsPhoto {
  photoId: string;
  contentType: NewsPhotoType;
  size: number;
}

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
