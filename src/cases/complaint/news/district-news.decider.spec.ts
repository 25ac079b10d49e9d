import { describe, expect, it } from '@jest/globals';
import { given } from '../../../../test/support/decider-spec.js';
import type { PostDistrictNews } from './district-news.commands.js';
import { districtNewsDecider, readRecordedNewsEvent } from './district-news.decider.js';
import type { DistrictNewsEvent } from './district-news.events.js';

const PHOTO = { photoId: 'a'.repeat(64), contentType: 'image/jpeg' as const, size: 120_000, sealedUnder: '5f0e3c1a-7d2b-4c8e-9a61-0b3f2d4e6a81' };
const post = (patch: Partial<PostDistrictNews> = {}): PostDistrictNews => ({
  type: 'PostDistrictNews', at: '2025-01-15T10:00:00+07:00', actingOffice: { level: 'DISTRICT', code: '๗๐๐๑' }, newsId: 'n-1',
  activityName: ' ศูนย์ดำรงธรรมอำเภอเคลื่อนที่ ', leader: 'นายอำเภอเมืองราชบุรี', participants: 'กำนัน ผู้ใหญ่บ้าน\nและประชาชน ๕๐ คน',
  heldOn: '๑๕/๑/๒๕๖๘', startTime: '๐๙.๓๐ น.', endTime: '12:00', place: 'ศาลาประชาคมตำบลหน้าเมือง', photos: [PHOTO],
  ...patch,
});
const POSTED: DistrictNewsEvent = {
  type: 'DistrictNewsPosted',
  data: {
    newsId: 'n-1', at: '2025-01-15T03:00:00.000Z', by: { level: 'DISTRICT', code: '7001' }, districtCode: '7001', provinceCode: '70',
    activityName: 'ศูนย์ดำรงธรรมอำเภอเคลื่อนที่', leader: 'นายอำเภอเมืองราชบุรี', participants: 'กำนัน ผู้ใหญ่บ้าน\nและประชาชน ๕๐ คน',
    heldOn: '2025-01-15', startTime: '09:30', endTime: '12:00', place: 'ศาลาประชาคมตำบลหน้าเมือง', photos: [PHOTO],
  },
};

describe('district news decider', () => {
  it('posts an activity with its day in the Buddhist Era and times typed in Thai digits', () => {
    given(districtNewsDecider).when(post()).then([POSTED]);
  });

  it('posts without an end time or photos', () => {
    given(districtNewsDecider).when(post({ endTime: ' ', photos: [] }))
      .then([{ ...POSTED, data: { ...POSTED.data, endTime: null, photos: [] } }]);
  });

  it('answers every refused field of a post at once, in the order of the form', () => {
    given(districtNewsDecider).when(post({ activityName: ' ', heldOn: '31/2/2568', startTime: '25:00', photos: [PHOTO, PHOTO] }))
      .thenRejectsAll([
        ['TEXT_REQUIRED', 'activityName'], ['DATE_MALFORMED', 'heldOn'], ['TIME_MALFORMED', 'startTime'], ['NEWS_PHOTO_UNKNOWN', 'photoIds.1'],
      ]);
  });

  it('refuses what a post cannot be', () => {
    given(districtNewsDecider, [POSTED]).when(post()).thenRejects('NEWS_ALREADY_POSTED', 'newsId');
    given(districtNewsDecider).when(post({ actingOffice: { level: 'PROVINCE', code: '70' } })).thenRejects('NEWS_DISTRICT_ONLY', 'actingOffice');
    given(districtNewsDecider).when(post({ endTime: '09:00' })).thenRejects('NEWS_ENDS_BEFORE_START', 'endTime');
    given(districtNewsDecider).when(post({ heldOn: '31/2/2568' })).thenRejects('DATE_MALFORMED', 'heldOn');
    given(districtNewsDecider).when(post({ heldOn: '1/1/2443' })).thenRejects('DATE_OUT_OF_RANGE', 'heldOn');
    given(districtNewsDecider).when(post({ heldOn: '30/9/2562' })).thenRejects('DATE_OUT_OF_RANGE', 'heldOn');
    given(districtNewsDecider).when(post({ heldOn: '16/1/2568' })).thenRejects('DATE_OUT_OF_RANGE', 'heldOn');
    given(districtNewsDecider).when(post({ startTime: '25:00' })).thenRejects('TIME_MALFORMED', 'startTime');
    given(districtNewsDecider).when(post({ leader: ' ' })).thenRejects('TEXT_REQUIRED', 'leader');
    given(districtNewsDecider).when(post({ photos: Array.from({ length: 11 }, (_, i) => ({ ...PHOTO, photoId: String(i % 10).repeat(64) })) }))
      .thenRejects('NEWS_TOO_MANY_PHOTOS', 'photoIds');
    given(districtNewsDecider).when(post({ photos: [PHOTO, PHOTO] })).thenRejects('NEWS_PHOTO_UNKNOWN', 'photoIds.1');
    given(districtNewsDecider).when(post({ photos: [{ ...PHOTO, size: 5 * 1024 * 1024 + 1 }] })).thenRejects('NEWS_PHOTO_INVALID', 'photoIds.0');
    given(districtNewsDecider).when(post({ photos: [{ ...PHOTO, contentType: 'image/gif' as never }] })).thenRejects('NEWS_PHOTO_INVALID', 'photoIds.0');
  });
});

describe('reading stored news events', () => {
  it('reads a post of schema version 1 (before sealing: its photos kept plain) as photos sealed under no key', () => {
    const photos = [{ photoId: PHOTO.photoId, contentType: PHOTO.contentType, size: PHOTO.size }];
    expect(readRecordedNewsEvent({ type: 'DistrictNewsPosted', schemaVersion: 1, data: { ...POSTED.data, photos } })?.data.photos)
      .toEqual([{ ...photos[0], sealedUnder: null }]);
    expect(readRecordedNewsEvent({ type: 'DistrictNewsPosted', schemaVersion: 2, data: POSTED.data })).toEqual(POSTED);
    expect(readRecordedNewsEvent({ type: 'DistrictNewsPosted', schemaVersion: 3, data: POSTED.data })).toBeUndefined();
  });
});
