import type { HistorySpec } from '../../../audit/field-changes.js';
import { clockTime, districtName, provinceName, thaiDate } from '../../../audit/value-text.js';
import { districtNewsDecider, type DistrictNewsState } from './district-news.decider.js';
import { DISTRICT_NEWS_EVENTS, type DistrictNewsEvent } from './district-news.events.js';

/** A news post's history as typed changes (audit/field-changes.ts): the post is its one event, its photos without the key they are sealed under. */
export const districtNewsHistory: HistorySpec<DistrictNewsEvent, DistrictNewsState> = {
  read: (event) => DISTRICT_NEWS_EVENTS.upcast(event),
  initialState: districtNewsDecider.initialState,
  evolve: districtNewsDecider.evolve,
  view: () => null,
  facts(event) {
    const { newsId, at, by, photos, ...post } = event.data;
    return { ...post, photos: photos.map(({ photoId, contentType, size }) => ({ photoId, contentType, size })) };
  },
  types: { DistrictNewsPosted: { th: 'ลงข่าวกิจกรรม', en: 'Activity news posted' } },
  fields: {
    districtCode: { th: 'อำเภอ/เขต', en: 'District', text: districtName },
    provinceCode: { th: 'จังหวัด', en: 'Province', text: provinceName },
    activityName: { th: 'ชื่อกิจกรรม', en: 'Activity' },
    leader: { th: 'ผู้นำในการทำกิจกรรม', en: 'Led by' },
    participants: { th: 'ผู้เข้าร่วมกิจกรรม', en: 'Participants' },
    heldOn: { th: 'วันที่จัดกิจกรรม', en: 'Held on', text: thaiDate },
    startTime: { th: 'เวลาเริ่ม', en: 'Starts at', text: clockTime },
    endTime: { th: 'เวลาสิ้นสุด', en: 'Ends at', text: clockTime },
    place: { th: 'สถานที่', en: 'Place' },
    'photos.*.photoId': { th: 'รูปภาพ', en: 'Photo' },
    'photos.*.contentType': { th: 'ชนิดไฟล์รูปภาพ', en: 'Photo type' },
    'photos.*.size': { th: 'ขนาดไฟล์รูปภาพ (ไบต์)', en: 'Photo size (bytes)' },
  },
};
