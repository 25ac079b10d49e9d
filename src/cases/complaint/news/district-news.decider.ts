import { requireDistrict } from '../../../geography/geography.js';
import type { Decider, RecordedFact } from '../../../shared/decider.js';
import { UnreadableEventError } from '../../../shared/event-schema.js';
import { bangkokDateOf, parseDateInput, parseInstant, parseTimeInput, requireDateWithin } from '../../../shared/date-input.js';
import { DomainError } from '../../../shared/domain-error.js';
import { FieldErrors, parseEach } from '../../../shared/field-errors.js';
import { hasText, requireText } from '../../../shared/text-input.js';
import { parseOffice } from '../complaint-office.js';
import { COMPLAINTS_RECEIVED_FROM, requireLongText } from '../complaint-input.js';
import type { PostDistrictNews } from './district-news.commands.js';
import { DISTRICT_NEWS_EVENT_SCHEMA_VERSIONS, DISTRICT_NEWS_EVENTS, NEWS_PHOTO_TYPES, type DistrictNewsEvent, type NewsPhoto } from './district-news.events.js';

export const MAX_NEWS_PHOTOS = 10;
export const MAX_NEWS_PHOTO_BYTES = 5 * 1024 * 1024;
const PHOTO_ID = /^[0-9a-f]{64}$/;

export type DistrictNewsState = { posted: false } | { posted: true; districtCode: string; photos: NewsPhoto[] };

const error = (code: string, th: string, en: string, field: string) => new DomainError(code, th, en, field);

/** District news: a post is made once, by a district office, about an activity in that district; its fields' refusals at once. */
export const districtNewsDecider: Decider<PostDistrictNews, DistrictNewsEvent, DistrictNewsState> = {
  initialState: () => ({ posted: false }),
  evolve: (_state, event) => ({ posted: true, districtCode: event.data.districtCode, photos: event.data.photos }),
  schemaVersions: DISTRICT_NEWS_EVENT_SCHEMA_VERSIONS,
  read: (event) => readRecordedNewsEvent(event),
  decide(command, state) {
    if (state.posted) throw error('NEWS_ALREADY_POSTED', 'โพสต์ข่าวนี้ไว้แล้ว', 'This news post exists already', 'newsId');
    const by = parseOffice(command.actingOffice, 'actingOffice');
    if (by.level !== 'DISTRICT') {
      throw error('NEWS_DISTRICT_ONLY', 'ข่าวกิจกรรมโพสต์ได้เฉพาะศูนย์ดำรงธรรมอำเภอ', 'Only a district office posts activity news', 'actingOffice');
    }
    const fields = new FieldErrors();
    const at = fields.take(() => parseInstant(command.at, 'at'));
    const newsId = fields.take(() => requireText(command.newsId, 'newsId', 100));
    const activityName = fields.take(() => requireText(command.activityName, 'activityName', 300));
    const leader = fields.take(() => requireText(command.leader, 'leader', 200));
    const participants = fields.take(() => requireLongText(command.participants, 'participants', 2_000));
    // A post with photos and participants reports an activity held, since the complaint system opened.
    const heldOn = fields.after([at], (at) =>
      requireDateWithin(parseDateInput(command.heldOn, 'heldOn'), 'heldOn', COMPLAINTS_RECEIVED_FROM, bangkokDateOf(at)));
    const startTime = fields.take(() => parseTimeInput(command.startTime, 'startTime'));
    const endTime = fields.take(() => (hasText(command.endTime) ? parseTimeInput(command.endTime, 'endTime') : null));
    fields.after([startTime, endTime], (startTime, endTime) => {
      if (endTime !== null && endTime < startTime) {
        throw error('NEWS_ENDS_BEFORE_START', 'เวลาสิ้นสุดต้องไม่ก่อนเวลาเริ่มกิจกรรม', 'The activity cannot end before it starts', 'endTime');
      }
    });
    const place = fields.take(() => requireText(command.place, 'place', 300));
    const photos = fields.take(() => parsePhotos(command.photos ?? []));
    const post = fields.done({ newsId, at, activityName, leader, participants, heldOn, startTime, endTime, place, photos });
    return [{
      type: 'DistrictNewsPosted',
      data: {
        newsId: post.newsId, at: post.at, by, districtCode: by.code, provinceCode: requireDistrict(by.code).provinceCode,
        activityName: post.activityName, leader: post.leader, participants: post.participants, heldOn: post.heldOn,
        startTime: post.startTime, endTime: post.endTime, place: post.place, photos: post.photos,
      },
    }];
  },
};

/** At most MAX_NEWS_PHOTOS, each uploaded, once, of a type and size kept; every photo's refusal at once. */
function parsePhotos(photos: PostDistrictNews['photos']): PostDistrictNews['photos'] {
  if (photos.length > MAX_NEWS_PHOTOS) {
    throw error('NEWS_TOO_MANY_PHOTOS', `แนบรูปได้ไม่เกิน ${MAX_NEWS_PHOTOS} รูป`, `At most ${MAX_NEWS_PHOTOS} photos`, 'photoIds');
  }
  return parseEach(photos, (photo, i) => {
    const field = `photoIds.${i}`;
    if (!PHOTO_ID.test(photo.photoId) || photos.findIndex((other) => other.photoId === photo.photoId) < i) {
      throw error('NEWS_PHOTO_UNKNOWN', 'ไม่พบรูปที่อัปโหลด หรือแนบรูปเดียวกันซ้ำ', 'No such uploaded photo, or the same photo twice', field);
    }
    if (!(NEWS_PHOTO_TYPES as readonly string[]).includes(photo.contentType) || !(photo.size > 0 && photo.size <= MAX_NEWS_PHOTO_BYTES)) {
      throw error('NEWS_PHOTO_INVALID', 'รูปต้องเป็น JPEG, PNG หรือ WebP ขนาดไม่เกิน 5 MB', 'A photo is JPEG, PNG or WebP of at most 5 MB', field);
    }
    return { photoId: photo.photoId, contentType: photo.contentType, size: photo.size, sealedUnder: photo.sealedUnder };
  });
}

/** A recorded news event as written now (upcast from the version it was stored in), or undefined when it cannot be one. */
export function readRecordedNewsEvent(stored: RecordedFact): DistrictNewsEvent | undefined {
  try {
    return DISTRICT_NEWS_EVENTS.upcast(stored);
  } catch (error) {
    if (error instanceof UnreadableEventError) return undefined;
    throw error;
  }
}
