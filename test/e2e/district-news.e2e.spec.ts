import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NewsPhotoStore } from '../../src/cases/complaint/news/news-photo-store.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

let t: TestApp;
let base: string;
/** An officer of the district centre of Mueang Ratchaburi (7001), and one of the province office of Ratchaburi. */
let officer: SignedIn;
let provinceOfficer: SignedIn;
const stored: string[] = [];
beforeAll(async () => {
  t = await startTestApp();
  base = t.base;
  officer = await t.signInAs({ level: 'DISTRICT', office: '7001' });
  provinceOfficer = await t.signInAs({ level: 'PROVINCE', office: '70' });
});
afterAll(async () => {
  const directory = t.app.get(NewsPhotoStore).directory;
  await Promise.all(stored.map((file) => fs.rm(path.join(directory, file), { force: true })));
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
    stored.push(`${photo.photoId}.png`);
    const onDisk = await fs.readFile(path.join(t.app.get(NewsPhotoStore).directory, `${photo.photoId}.png`));
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
    stored.push(`${photo.photoId}.jpg`);
    const commandId = randomUUID();
    const posted = (await officer.graphql(POST, { input: { ...input([photo.photoId]), commandId } })).data.postDistrictNews;
    expect(posted).toEqual({
      newsId: expect.any(String), version: 1, alreadyHandled: false, districtCode: '7001', heldOn: '2025-01-15',
      photos: [{ photoId: photo.photoId, url: `/news-photos/${photo.photoId}`, contentType: 'image/jpeg', size: jpeg.length }],
    });
    const retried = (await officer.graphql(POST, { input: { ...input([photo.photoId]), commandId } })).data.postDistrictNews;
    expect(retried).toMatchObject({ newsId: posted.newsId, alreadyHandled: true });

    await t.caughtUp();
    const { data } = await t.graphql(`{ districtNews(districtCode: "๗๐๐๑") { totalCount edges { node { newsId centreNameTh activityName
      leader participants heldOn heldOnTh startTime endTime place photos { photoId url contentType size } } } } }`);
    expect(data.districtNews.totalCount).toBe(1);
    expect(data.districtNews.edges.map((e: { node: object }) => e.node)).toEqual([{
      newsId: posted.newsId, centreNameTh: 'ศูนย์ดำรงธรรมอำเภอเมืองราชบุรี', activityName: 'ศูนย์ดำรงธรรมอำเภอเคลื่อนที่พบประชาชน',
      leader: 'นายอำเภอเมืองราชบุรี', participants: 'กำนัน ผู้ใหญ่บ้าน และประชาชน ๕๐ คน', heldOn: '2025-01-15', heldOnTh: '15 มกราคม 2568',
      startTime: '09:30', endTime: '12:00', place: 'ศาลาประชาคมตำบลหน้าเมือง',
      photos: [{ photoId: photo.photoId, url: `/news-photos/${photo.photoId}`, contentType: 'image/jpeg', size: jpeg.length }],
    }]);
    const served = await fetch(`${base}${data.districtNews.edges[0].node.photos[0].url}`);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await served.arrayBuffer()).equals(jpeg)).toBe(true);
    expect((await fetch(`${base}/news-photos/${'0'.repeat(64)}`)).status).toBe(404);
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
