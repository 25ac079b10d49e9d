import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NewsPhotoCleanupTimer } from '../../src/cases/complaint/news/news-photo-cleanup.timer.js';
import { photoIdOf, photoKey, sealedPhotoKey } from '../../src/cases/complaint/news/news-photo-store.js';
import type { AppConfig } from '../../src/config/config.js';
import { APP_CONFIG } from '../../src/database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../src/eventstore/event-store.port.js';
import type { BlobStore } from '../../src/storage/blob-store.js';
import { BLOB_STORE } from '../../src/storage/open-blob-store.js';
import { ERASED_MARKER, PERSONAL_DATA_SHREDDER, type PersonalDataShredder } from '../../src/personal-data/keys/personal-data-shredder.js';
import { databaseText } from '../support/database-text.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
let base: string;
/** An officer of the district centre of Mueang Ratchaburi (7001), and one of the province office of Ratchaburi. */
let officer: SignedIn;
let provinceOfficer: SignedIn;
/** An officer of another district centre of Ratchaburi (Chom Bueng, 7002). */
let otherOfficer: SignedIn;
const stored: string[] = [];
beforeAll(async () => {
  t = await startTestApp();
  base = t.base;
  officer = await t.signInAs({ level: 'DISTRICT', office: '7001' });
  provinceOfficer = await t.signInAs({ level: 'PROVINCE', office: '70' });
  otherOfficer = await t.signInAs({ level: 'DISTRICT', office: '7002' });
});
afterAll(async () => {
  const blobs = t.app.get<BlobStore>(BLOB_STORE);
  await Promise.all(stored.map((photoId) => blobs.delete(photoKey(photoId))));
  await t.close();
});

const PNG = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(2000)]);
const JPEG = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(3000)]);
interface Uploaded { photoId: string; contentType: string; size: number }
const upload = (body: Buffer, contentType: string, token: string | null = officer.token) =>
  fetch(`${base}/news-photos`, { method: 'POST', headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });

const POST = `mutation ($input: PostDistrictNewsInput!) {
  postDistrictNews(input: $input) {
    newsId version alreadyHandled districtCode heldOn photos { photoId url contentType size } } }`;
const input = (photoIds: string[]) => ({
  activityName: 'ศูนย์ดำรงธรรมอำเภอเคลื่อนที่พบประชาชน', leader: 'นายอำเภอเมืองราชบุรี', participants: 'กำนัน ผู้ใหญ่บ้าน และประชาชน ๕๐ คน',
  heldOn: '๑๕/๑/๒๕๖๘', startTime: '09.30', endTime: '12:00 น.', place: 'ศาลาประชาคมตำบลหน้าเมือง', photoIds,
});

describe('district news with photos', () => {
  it('keeps uploaded photos under the data folder, checking their type and size', async () => {
    const png = PNG();
    const response = await upload(png, 'image/png');
    expect(response.status).toBe(201);
    const photo = await response.json() as Uploaded;
    expect(photo).toEqual({ photoId: expect.stringMatching(/^[0-9a-f]{64}$/), contentType: 'image/png', size: png.length });
    stored.push(photo.photoId);
    const onDisk = await fs.readFile(path.join(t.app.get<AppConfig>(APP_CONFIG).dataDir, 'news-photos', photo.photoId.slice(0, 2), photo.photoId));
    expect(onDisk.equals(png)).toBe(true);

    const mislabelled = await upload(JPEG(), 'image/png');
    expect(mislabelled.status).toBe(415);
    expect(await mislabelled.json()).toMatchObject({ code: 'NEWS_PHOTO_INVALID', messageTh: expect.stringMatching(/[ก-๙]/) });
    expect((await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml')).status).toBe(415);
    const tooLarge = await upload(Buffer.concat([PNG(), Buffer.alloc(5 * 1024 * 1024)]), 'image/png');
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ code: 'NEWS_PHOTO_TOO_LARGE' });
    expect((await upload(PNG(), 'image/png', provinceOfficer.token)).status).toBe(403);
    const anonymous = await upload(PNG(), 'image/png', null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('posts an activity with its photos, once per commandId, and shows it in the district news', async () => {
    const jpeg = JPEG();
    const photo = await (await upload(jpeg, 'image/jpeg')).json() as Uploaded;
    stored.push(photo.photoId);
    const commandId = randomUUID();
    const posted = (await officer.graphql(POST, { input: { ...input([photo.photoId]), commandId } })).data.postDistrictNews;
    const url = `/news-photos/${posted.newsId}/${photo.photoId}`;
    expect(posted).toEqual({
      newsId: expect.any(String), version: 1, alreadyHandled: false, districtCode: '7001', heldOn: '2025-01-15',
      photos: [{ photoId: photo.photoId, url, contentType: 'image/jpeg', size: jpeg.length }],
    });
    // Posted, the photo is the post's sealed copy alone: the plain upload is gone, and the copy holds none of its bytes.
    const blobs = t.app.get<BlobStore>(BLOB_STORE);
    expect(await blobs.exists(photoKey(photo.photoId))).toBe(false);
    const copy = await buffer((await blobs.get(sealedPhotoKey(posted.newsId, photo.photoId)))!.body);
    expect(copy.includes(jpeg.subarray(4, 64))).toBe(false);
    const retried = (await officer.graphql(POST, { input: { ...input([photo.photoId]), commandId } })).data.postDistrictNews;
    expect(retried).toMatchObject({ newsId: posted.newsId, alreadyHandled: true });

    await t.caughtUp();
    const { data } = await t.graphql(`{ districtNews(districtCode: "๗๐๐๑") { totalCount edges { node { newsId centreNameTh activityName
      leader participants heldOn heldOnTh startTime endTime place photos { photoId url erased contentType size } } } } }`);
    expect(data.districtNews.totalCount).toBe(1);
    expect(data.districtNews.edges.map((e: { node: object }) => e.node)).toEqual([{
      newsId: posted.newsId, centreNameTh: 'ศูนย์ดำรงธรรมอำเภอเมืองราชบุรี', activityName: 'ศูนย์ดำรงธรรมอำเภอเคลื่อนที่พบประชาชน',
      leader: 'นายอำเภอเมืองราชบุรี', participants: 'กำนัน ผู้ใหญ่บ้าน และประชาชน ๕๐ คน', heldOn: '2025-01-15', heldOnTh: '15 มกราคม 2568',
      startTime: '09:30', endTime: '12:00', place: 'ศาลาประชาคมตำบลหน้าเมือง',
      photos: [{ photoId: photo.photoId, url, erased: false, contentType: 'image/jpeg', size: jpeg.length }],
    }]);
    const served = await fetch(`${base}${data.districtNews.edges[0].node.photos[0].url}`);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await served.arrayBuffer()).equals(jpeg)).toBe(true);
    expect((await fetch(`${base}/news-photos/${'0'.repeat(64)}`)).status).toBe(404);
    expect((await fetch(`${base}/news-photos/${posted.newsId}/${'0'.repeat(64)}`)).status).toBe(404);
    expect((await fetch(`${base}/news-photos/${randomUUID()}/${photo.photoId}`)).status).toBe(404);
    expect((await fetch(`${base}/news-photos/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  it('refuses a post naming a photo never uploaded, or from a province office, storing nothing', async () => {
    const before = (await t.db.pool.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n;
    const unknown = await officer.graphql(POST, { input: input(['f'.repeat(64)]) });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NEWS_PHOTO_UNKNOWN', field: 'photoIds[0]' });
    const province = await provinceOfficer.graphql(POST, { input: input([]) });
    expect(province.errors![0].extensions).toMatchObject({ code: 'NEWS_DISTRICT_ONLY', field: 'actingOffice' });
    expect((await t.db.pool.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n).toBe(before);
  });

  it('pages the news newest activity first, a page at a time, with the count of every post', async () => {
    for (const heldOn of ['๑/๒/๒๕๖๘', '๑/๓/๒๕๖๘']) expect((await officer.graphql(POST, { input: { ...input([]), heldOn } })).errors).toBeUndefined();
    await t.caughtUp();
    const PAGE = `query ($after: String) { districtNews(districtCode: "7001", first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { heldOn } } } }`;
    const first = (await t.graphql(PAGE)).data.districtNews;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true, endCursor: first.edges[1].cursor } });
    const second = (await t.graphql(PAGE, { after: first.pageInfo.endCursor })).data.districtNews;
    expect(second).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    expect([...first.edges, ...second.edges].map((e: { node: { heldOn: string } }) => e.node.heldOn)).toEqual(['2025-03-01', '2025-02-01', '2025-01-15']);
    expect((await t.graphql(PAGE, { after: 'nope' })).errors![0].extensions).toMatchObject({ code: 'CURSOR_INVALID', field: 'after' });
  });
});

describe('photos posted before sealing', () => {
  it('are read from their plain bytes under the post of version 1, which posting them again and the cleanup leave in place', async () => {
    // A post of schema version 1: its photo's plain bytes under their SHA-256, listed as migration 1091 lists them.
    const png = PNG();
    const photoId = photoIdOf(png);
    stored.push(photoId);
    const blobs = t.app.get<BlobStore>(BLOB_STORE);
    await blobs.putIfAbsent(photoKey(photoId), png);
    const newsId = randomUUID();
    await t.app.get<EventStore>(EVENT_STORE).appendToStream(`news-${newsId}`, [{
      eventId: randomUUID(), type: 'DistrictNewsPosted', schemaVersion: 1,
      data: {
        newsId, at: new Date().toISOString(), by: { level: 'DISTRICT', code: '7001' }, districtCode: '7001', provinceCode: '70',
        activityName: 'ข่าวก่อนผนึกรูป', leader: 'ปลัดอำเภอ', participants: 'ชาวบ้าน', heldOn: '2025-01-10', startTime: '09:00', endTime: null,
        place: 'ที่ว่าการอำเภอ', photos: [{ photoId, contentType: 'image/png', size: png.length }],
      },
      metadata: { actor: 'system:test', correlationId: randomUUID(), causationId: randomUUID(), commandId: randomUUID() },
    }], 'no-stream');
    await t.db.pool.query('INSERT INTO news_plain_photos (photo_id) VALUES ($1)', [photoId]);
    await t.caughtUp();
    const served = await fetch(`${base}/news-photos/${newsId}/${photoId}`);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);

    // The same bytes uploaded and posted again: the new post has its sealed copy; the old one's plain bytes stay.
    await upload(png, 'image/png');
    const again = await officer.graphql(POST, { input: input([photoId]) });
    expect(again.errors).toBeUndefined();
    await t.db.pool.query(`UPDATE news_photo_uploads SET uploaded_at = uploaded_at - interval '25 hours' WHERE photo_id = $1`, [photoId]);
    await t.app.get(NewsPhotoCleanupTimer).run();
    expect(await blobs.exists(photoKey(photoId))).toBe(true);
    expect((await fetch(`${base}/news-photos/${newsId}/${photoId}`)).status).toBe(200);
    expect((await fetch(`${base}${again.data.postDistrictNews.photos[0].url}`)).status).toBe(200);
  });
});

describe('the people a post names (PDPA)', () => {
  it('are sealed in the log under the post\'s key, and after the post\'s erasure show the marker, in no table any more', async () => {
    const people = { leader: 'นายสมเกียรติ ลบชื่อได้', participants: 'นางบุญมี ผู้เข้าร่วมลบได้ และชาวบ้าน ๒๐ คน' };
    const posted = await officer.graphql(POST, { input: { ...input([]), ...people, heldOn: '๒/๒/๒๕๖๘' } });
    const { newsId } = posted.data.postDistrictNews as { newsId: string };
    await t.caughtUp();
    const { rows } = await t.db.pool.query<{ data: string }>('SELECT data::text FROM events WHERE stream_id = $1', [`news-${newsId}`]);
    expect(rows[0].data).toContain('ศาลาประชาคมตำบลหน้าเมือง');
    for (const name of Object.values(people)) expect(rows[0].data).not.toContain(name);
    const NEWS = `{ districtNews(districtCode: "7001", first: 50) { edges { node { newsId activityName leader participants place } } } }`;
    const postOf = async () => (await t.graphql(NEWS)).data.districtNews.edges.map((e: { node: { newsId: string } }) => e.node).find((n: { newsId: string }) => n.newsId === newsId);
    expect(await postOf()).toMatchObject(people);

    const outcome = await t.app.get<PersonalDataShredder>(PERSONAL_DATA_SHREDDER).eraseStreams([`news-${newsId}`], { kind: 'REQUEST', reference: 'news-leader-request' });
    expect(outcome).toEqual({ keysDestroyed: 1, streams: [`news-${newsId}`] });
    expect(await postOf()).toEqual({
      newsId, activityName: 'ศูนย์ดำรงธรรมอำเภอเคลื่อนที่พบประชาชน', leader: ERASED_MARKER, participants: ERASED_MARKER, place: 'ศาลาประชาคมตำบลหน้าเมือง',
    });
    const dump = await databaseText(t.db.pool);
    for (const name of ['สมเกียรติ', 'บุญมี']) expect(dump).not.toContain(name);
  });
});

describe('photos not posted yet', () => {
  const photoUrl = (photoId: string) => `${base}/news-photos/${photoId}`;
  const uploaded = async (by: SignedIn = officer): Promise<Uploaded> => {
    const photo = await (await upload(PNG(), 'image/png', by.token)).json() as Uploaded;
    stored.push(photo.photoId);
    return photo;
  };

  it('are served only to the office that uploaded them, anyone else answered 404, never cached', async () => {
    const photo = await uploaded();
    for (const other of [await fetch(photoUrl(photo.photoId)), await otherOfficer.get(`/news-photos/${photo.photoId}`)]) {
      expect(other.status).toBe(404);
      expect(other.headers.get('cache-control')).toBe('private, no-store');
      expect(await other.json()).toMatchObject({ code: 'NEWS_PHOTO_NOT_FOUND' });
    }
    const own = await officer.get(`/news-photos/${photo.photoId}`);
    expect(own.status).toBe(200);
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await own.arrayBuffer()).length).toBe(photo.size);
    const colleague = await t.signInAs({ level: 'DISTRICT', office: '7001' });
    expect((await colleague.get(`/news-photos/${photo.photoId}`)).status).toBe(200);
    const byCookie = await fetch(photoUrl(photo.photoId), { headers: { cookie: `damrong_session=${officer.token}` } });
    expect(byCookie.status).toBe(200);
  });

  it('may not be attached to a post of another office, and become public once posted, under the post', async () => {
    const photo = await uploaded();
    const refused = await otherOfficer.graphql(POST, { input: input([photo.photoId]) });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'NEWS_PHOTO_UNKNOWN', field: 'photoIds[0]' });
    const posted = await officer.graphql(POST, { input: input([photo.photoId]) });
    expect(posted.errors).toBeUndefined();
    const served = await fetch(`${base}${posted.data.postDistrictNews.photos[0].url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('cache-control')).toBe('public, max-age=86400');
    // The upload is taken: its plain bytes are no more, at its own path for anyone.
    expect((await officer.get(`/news-photos/${photo.photoId}`)).status).toBe(404);
    const again = await officer.graphql(POST, { input: input([photo.photoId]) });
    expect(again.errors![0].extensions).toMatchObject({ code: 'NEWS_PHOTO_UNKNOWN', field: 'photoIds[0]' });
  });

  it('take back the sealed copies of a refused post', async () => {
    const photo = await uploaded();
    const refused = await officer.graphql(POST, { input: { ...input([photo.photoId]), endTime: '08:00' } });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'NEWS_ENDS_BEFORE_START' });
    const files = await fs.readdir(path.join(t.app.get<AppConfig>(APP_CONFIG).dataDir, 'news-photos-sealed'), { recursive: true }).catch(() => []);
    expect(files.filter((f) => f.endsWith(photo.photoId))).toEqual([]);
    expect((await officer.get(`/news-photos/${photo.photoId}`)).status).toBe(200);
  });

  it('are deleted, file and record, a day after their upload; fresh ones are kept, posted ones served sealed', async () => {
    const [old, fresh, posted, sharedOld] = [await uploaded(), await uploaded(), await uploaded(), await uploaded()];
    // The same bytes uploaded by another office today: one photo, kept while that upload is fresh.
    await t.db.pool.query(`INSERT INTO news_photo_uploads VALUES ($1, 'DISTRICT:7002', now())`, [sharedOld.photoId]);
    const post = await officer.graphql(POST, { input: input([posted.photoId]) });
    expect(post.errors).toBeUndefined();
    await t.db.pool.query(
      `UPDATE news_photo_uploads SET uploaded_at = uploaded_at - interval '25 hours' WHERE photo_id = ANY($1) AND office_key = 'DISTRICT:7001'`,
      [[old.photoId, posted.photoId, sharedOld.photoId]],
    );
    const onDisk = (photoId: string) => t.app.get<BlobStore>(BLOB_STORE).exists(photoKey(photoId));

    expect(await t.app.get(NewsPhotoCleanupTimer).run()).toBe(2);
    for (const gone of [old, posted]) {
      expect(await onDisk(gone.photoId)).toBe(false);
      expect((await t.db.pool.query('SELECT 1 FROM news_photo_uploads WHERE photo_id = $1', [gone.photoId])).rowCount).toBe(0);
    }
    expect((await officer.get(`/news-photos/${old.photoId}`)).status).toBe(404);
    for (const kept of [fresh, sharedOld]) expect(await onDisk(kept.photoId)).toBe(true);
    expect((await fetch(`${base}${post.data.postDistrictNews.photos[0].url}`)).status).toBe(200);
    expect((await officer.get(`/news-photos/${fresh.photoId}`)).status).toBe(200);
    expect(await t.app.get(NewsPhotoCleanupTimer).run()).toBe(0);
  });
});
