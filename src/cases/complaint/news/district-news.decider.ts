import { requireDistrict } from '../../../geography/geography.js';
import type { Decider } from '../../../shared/decider.js';
import { bangkokDateOf, parseDateInput, parseInstant, parseTimeInput, requireDateWithin } from '../../../shared/date-input.js';
import { DomainError } from '../../../shared/domain-error.js';
import { hasText, requireText } from '../../../shared/text-input.js';
import { parseOffice } from '../complaint-office.js';
import { COMPLAINTS_RECEIVED_FROM, requireLongText } from '../complaint-input.js';
import type { PostDistrictNews } from './district-news.commands.js';
import { NEWS_PHOTO_TYPES, type DistrictNewsEvent } from './district-news.events.js';

export const MAX_NEWS_PHOTOS = 10;
export const MAX_NEWS_PHOTO_BYTES = 5 * 1024 * 1024;
const PHOTO_ID = /^[0-9a-f]{64}$/;

export type DistrictNewsState = { posted: false } | { posted: true; districtCode: string };

const error = (code: string, th: string, en: string, field: string) => new DomainError(code, th, en, field);

/** District news: a post is made once, by a district office, about an activity in that district. */
export const districtNewsDecider: Decider<PostDistrictNews, DistrictNewsEvent, DistrictNewsState> = {
  initialState: () => ({ posted: false }),
  evolve: (_state, event) => ({ posted: true, districtCode: event.data.districtCode }),
  decide(command, state) {
    if (state.posted) throw error('NEWS_ALREADY_POSTED', 'โพสต์ข่าวนี้ไว้แล้ว', 'This news post exists already', 'newsId');
    const by = parseOffice(command.actingOffice, 'actingOffice');
    if (by.level !== 'DISTRICT') {
      throw error('NEWS_DISTRICT_ONLY', 'ข่าวกิจกรรมโพสต์ได้เฉพาะศูนย์ดำรงธรรมอำเภอ', 'Only a district office posts activity news', 'actingOffice');
    }
    const startTime = parseTimeInput(command.startTime, 'startTime');
    const endTime = hasText(command.endTime) ? parseTimeInput(command.endTime, 'endTime') : null;
    if (endTime !== null && endTime < startTime) {
      throw error('NEWS_ENDS_BEFORE_START', 'เวลาสิ้นสุดต้องไม่ก่อนเวลาเริ่มกิจกรรม', 'The activity cannot end before it starts', 'endTime');
    }
    return [{
      type: 'DistrictNewsPosted',
      data: {
        newsId: requireText(command.newsId, 'newsId', 100),
        at: parseInstant(command.at, 'at'),
        by,
        districtCode: by.code,
        provinceCode: requireDistrict(by.code).provinceCode,
        activityName: requireText(command.activityName, 'activityName', 300),
        leader: requireText(command.leader, 'leader', 200),
        participants: requireLongText(command.participants, 'participants', 2_000),
        // A post with photos and participants reports an activity held, since the complaint system opened.
        heldOn: requireDateWithin(parseDateInput(command.heldOn, 'heldOn'), 'heldOn', COMPLAINTS_RECEIVED_FROM, bangkokDateOf(parseInstant(command.at, 'at'))),
        startTime,
        endTime,
        place: requireText(command.place, 'place', 300),
        photos: parsePhotos(command.photos ?? []),
      },
    }];
  },
};

function parsePhotos(photos: PostDistrictNews['photos']): PostDistrictNews['photos'] {
  if (photos.length > MAX_NEWS_PHOTOS) {
    throw error('NEWS_TOO_MANY_PHOTOS', `แนบรูปได้ไม่เกิน ${MAX_NEWS_PHOTOS} รูป`, `At most ${MAX_NEWS_PHOTOS} photos`, 'photoIds');
  }
  const ids = new Set<string>();
  return photos.map((photo, i) => {
    const field = `photoIds.${i}`;
    if (!PHOTO_ID.test(photo.photoId) || ids.has(photo.photoId)) {
      throw error('NEWS_PHOTO_UNKNOWN', 'ไม่พบรูปที่อัปโหลด หรือแนบรูปเดียวกันซ้ำ', 'No such uploaded photo, or the same photo twice', field);
    }
    ids.add(photo.photoId);
    if (!(NEWS_PHOTO_TYPES as readonly string[]).includes(photo.contentType) || !(photo.size > 0 && photo.size <= MAX_NEWS_PHOTO_BYTES)) {
      throw error('NEWS_PHOTO_INVALID', 'รูปต้องเป็น JPEG, PNG หรือ WebP ขนาดไม่เกิน 5 MB', 'A photo is JPEG, PNG or WebP of at most 5 MB', field);
    }
    return { photoId: photo.photoId, contentType: photo.contentType, size: photo.size };
  });
}
