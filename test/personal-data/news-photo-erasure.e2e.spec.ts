import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ERASED_MARKER, PERSONAL_DATA_SHREDDER, type PersonalDataShredder } from '../../src/personal-data/keys/personal-data-shredder.js';
import { type SignedIn, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue 17's erasure of a district news post's photos, end to end, on the data folder: a photo of the people at an
 * activity is uploaded (kept plain until posted), posted (its bytes sealed under the post's key, the key of its leader
 * and participants, the plain upload removed) and served to anyone. Then the post's names are erased on a person's
 * request: the photo answers 410 NEWS_PHOTO_ERASED, the public news shows it erased with nothing to open, and no file
 * of the data folder holds the photo's bytes, before or after.
 */
let t: TestApp;
let dataDir: string;
let officer: SignedIn;
let newsId: string;
let url: string;
const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(4000)]);

const NEWS = '{ districtNews(districtCode: "7001", first: 50) { edges { node { newsId leader photos { photoId url erased } } } } }';
const postOf = async () => (await t.graphql(NEWS)).data.districtNews.edges
  .map((e: { node: { newsId: string } }) => e.node).find((n: { newsId: string }) => n.newsId === newsId);

/** The files of the data folder that hold the photo's bytes (a stretch of them past the JPEG signature). */
async function holdingThePhoto(): Promise<string[]> {
  const entries = await fs.readdir(dataDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const held = await Promise.all(files.map(async (file) => ((await fs.readFile(file)).includes(photo.subarray(4, 68)) ? [path.relative(dataDir, file)] : [])));
  return held.flat();
}

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-news-photo-erasure-'));
  t = await startTestApp({ env: { DATA_DIR: dataDir } });
  officer = await t.signInAs({ level: 'DISTRICT', office: '7001' });
});
afterAll(async () => {
  await t?.close();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

describe('erasing a news post with a photo of people', () => {
  it('keeps the photo sealed once posted: the data folder holds its bytes only while it is an upload, the download opens it', async () => {
    const uploaded = await fetch(`${t.base}/news-photos`, {
      method: 'POST', headers: { authorization: `Bearer ${officer.token}`, 'content-type': 'image/jpeg' }, body: photo,
    });
    const { photoId } = await uploaded.json() as { photoId: string };
    expect(await holdingThePhoto()).toEqual([`news-photos/${photoId.slice(0, 2)}/${photoId}`]);

    const posted = await officer.graphql(`mutation ($input: PostDistrictNewsInput!) { postDistrictNews(input: $input) { newsId photos { url } } }`, {
      input: {
        activityName: 'ดำรงธรรมสัญจรพบประชาชน', leader: 'นายสมชาย ภาพถ่ายลบได้', participants: 'ชาวบ้าน ๓๐ คน', heldOn: '๓/๒/๒๕๖๘',
        startTime: '09.00', place: 'ศาลาวัดหน้าเมือง', photoIds: [photoId],
      },
    });
    expect(posted.errors).toBeUndefined();
    ({ newsId } = posted.data.postDistrictNews);
    url = posted.data.postDistrictNews.photos[0].url;
    expect(url).toBe(`/news-photos/${newsId}/${photoId}`);
    expect(await holdingThePhoto()).toEqual([]);

    const served = await fetch(`${t.base}${url}`);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(photo)).toBe(true);
    await t.caughtUp();
    expect(await postOf()).toEqual({ newsId, leader: 'นายสมชาย ภาพถ่ายลบได้', photos: [{ photoId, url, erased: false }] });
  });

  it('answers the photo 410 with a typed error once the post\'s key is erased, shows it erased, and no file holds its bytes', async () => {
    const outcome = await t.app.get<PersonalDataShredder>(PERSONAL_DATA_SHREDDER).eraseStreams([`news-${newsId}`], { kind: 'REQUEST', reference: 'news-photo-request' });
    expect(outcome).toEqual({ keysDestroyed: 1, streams: [`news-${newsId}`] });

    const refused = await fetch(`${t.base}${url}`);
    expect(refused.status).toBe(410);
    expect(await refused.json()).toEqual({
      code: 'NEWS_PHOTO_ERASED', messageTh: expect.stringMatching(/ถูกลบ/), messageEn: expect.stringMatching(/erased/), field: 'photoId',
    });
    const photoId = url.split('/').pop();
    expect(await postOf()).toEqual({ newsId, leader: ERASED_MARKER, photos: [{ photoId, url: null, erased: true }] });
    expect(await holdingThePhoto()).toEqual([]);
  });
});
