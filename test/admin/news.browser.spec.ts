import { beforeAll, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { PERSONAL_DATA_SHREDDER, type PersonalDataShredder } from '../../src/personal-data/keys/personal-data-shredder.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';

/** District news in the admin UI: a district posts an activity with a photo, and every level reads it. */

const SLOW = 300_000;
/** A 1×1 PNG. */
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describeInBrowser('district news in the browser', () => {
  const suite = browserSuite({}, SLOW);
  let officer: SignedIn;

  async function pageOf(account: SignedIn): Promise<Page> {
    const page = await suite.pageAs(account);
    page.setDefaultTimeout(60_000);
    return page;
  }

  /** A PNG drawn in the page: a photo of the activity, as a file to choose. */
  async function photo(page: Page, name: string) {
    const dataUrl = await page.evaluate(`(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 480; canvas.height = 320;
      const g = canvas.getContext('2d');
      g.fillStyle = '#2f9e44'; g.fillRect(0, 0, 480, 320);
      g.fillStyle = '#ffd43b'; g.beginPath(); g.arc(360, 90, 50, 0, Math.PI * 2); g.fill();
      g.fillStyle = '#1864ab'; g.fillRect(0, 220, 480, 100);
      return canvas.toDataURL('image/png');
    })()`) as string;
    return { name, mimeType: 'image/png', buffer: Buffer.from(dataUrl.split(',')[1], 'base64') };
  }

  /** Whether the image has loaded with a width (the browser fetched and decoded it), waiting up to a minute. */
  async function loaded(image: Locator): Promise<boolean> {
    const decoded = () => image.evaluate((img) => {
      const picture = img as unknown as { complete: boolean; naturalWidth: number };
      return picture.complete && picture.naturalWidth > 0;
    });
    for (const end = Date.now() + 60_000; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 200))) {
      if (await decoded()) return true;
    }
    return false;
  }

  beforeAll(async () => {
    officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4901' });
  }, SLOW);

  it('posts an activity with a photo uploaded from the browser, and shows it with the photo', async () => {
    const page = await pageOf(officer);
    await page.goto('/news');
    const form = page.getByRole('form', { name: 'โพสต์ข่าวกิจกรรม' });
    await form.waitFor();
    await expectAccessible(page);
    await field(form, 'ชื่อกิจกรรม').fill('ศูนย์ดำรงธรรมอำเภอเคลื่อนที่ ตำบลศรีบุญเรือง');
    await field(form, 'ผู้นำในการทำกิจกรรม').fill('นายอำเภอเมืองมุกดาหาร');
    await field(form, 'สถานที่').fill('ศาลาประชาคมหมู่ ๓');
    await field(form, 'ผู้เข้าร่วมกิจกรรม').fill('ปลัดอำเภอ ๒ คน ชปต. ๕ คน ประชาชน ๔๐ คน');
    await field(form, 'วันที่จัดกิจกรรม').fill('๒/๑๒/๒๕๖๘');
    await field(form, 'เวลาเริ่ม').fill('๐๙.๓๐');
    await field(form, 'เวลาสิ้นสุด').fill('๑๒.๐๐');
    await form.locator('input[type="file"]').setInputFiles(await photo(page, 'ประชาคม.png'));
    const chosen = form.getByRole('img', { name: 'รูปที่ 1: ประชาคม.png' });
    await chosen.waitFor();
    await expect(loaded(chosen)).resolves.toBe(true);
    await form.getByRole('button', { name: 'โพสต์ข่าว' }).click();

    await page.getByRole('status').getByText('โพสต์ข่าวแล้ว').waitFor();
    const post = page.getByRole('article', { name: 'ศูนย์ดำรงธรรมอำเภอเคลื่อนที่ ตำบลศรีบุญเรือง' });
    await post.waitFor();
    await expect(post.innerText()).resolves.toMatch(/2 ธันวาคม 2568 เวลา 09:30–12:00 น\.[\s\S]*ศาลาประชาคมหมู่ ๓[\s\S]*นายอำเภอเมืองมุกดาหาร/);
    const shown = post.getByRole('img', { name: 'ภาพกิจกรรม ศูนย์ดำรงธรรมอำเภอเคลื่อนที่ ตำบลศรีบุญเรือง รูปที่ 1' });
    await expect(shown.getAttribute('src')).resolves.toMatch(/^\/news-photos\/[^/]+\/[0-9a-f]{64}$/);
    await expect(loaded(shown)).resolves.toBe(true);
    await expect(field(form, 'ชื่อกิจกรรม').inputValue()).resolves.toBe('');
    await expectAccessible(page);
    await post.scrollIntoViewIfNeeded();
    await screenshot(page, 'news');
  }, SLOW);

  it('refuses a post beside its fields, keeping what was typed, and a file that is no photo beside the photos', async () => {
    const page = await pageOf(officer);
    await page.goto('/news');
    const form = page.getByRole('form', { name: 'โพสต์ข่าวกิจกรรม' });
    await field(form, 'ชื่อกิจกรรม').fill('ประชุมประจำเดือน');
    await field(form, 'วันที่จัดกิจกรรม').fill('๓๑/๐๒/๒๕๖๘');
    await form.locator('input[type="file"]').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
    await form.getByText('รูปต้องเป็นไฟล์ JPEG, PNG หรือ WebP ตามชนิดที่ระบุ').waitFor();
    await form.getByRole('button', { name: 'โพสต์ข่าว' }).click();
    for (const label of ['ผู้นำในการทำกิจกรรม', 'สถานที่', 'วันที่จัดกิจกรรม', 'เวลาเริ่ม']) {
      await field(form, label).and(page.locator('[aria-invalid="true"]')).waitFor();
    }
    await expect(field(form, 'ชื่อกิจกรรม').inputValue()).resolves.toBe('ประชุมประจำเดือน');
    await expect(field(form, 'วันที่จัดกิจกรรม').inputValue()).resolves.toBe('๓๑/๐๒/๒๕๖๘');
    await expectAccessible(page);
  }, SLOW);

  it('lets a province choose a district and read its news with the photos, offering no post; an erased photo shows a marker', async () => {
    const poster = await suite.app.signInAs({ level: 'DISTRICT', office: '4902' });
    const upload = await fetch(`${suite.app.base}/news-photos`, {
      method: 'POST', body: Buffer.from(ONE_PIXEL_PNG, 'base64'), headers: { authorization: `Bearer ${poster.token}`, 'content-type': 'image/png' },
    });
    const { photoId } = await upload.json() as { photoId: string };
    const posted = await poster.graphql('mutation ($input: PostDistrictNewsInput!) { postDistrictNews(input: $input) { newsId } }', { input: {
      activityName: 'อบรมกฎหมายหนี้นอกระบบ', leader: 'ปลัดอำเภอนิคมคำสร้อย', participants: 'ประชาชน ๓๐ คน', heldOn: '1/12/2568',
      startTime: '13.00', place: 'หอประชุมอำเภอ', photoIds: [photoId],
    } });
    expect(posted.errors).toBeUndefined();
    await suite.app.caughtUp();
    const page = await pageOf(await suite.app.signInAs({ level: 'PROVINCE', office: '49' }));
    await page.goto('/news');
    await field(page, 'อำเภอ/เขต').locator('option', { hasText: 'นิคมคำสร้อย' }).waitFor({ state: 'attached' });
    await expect(field(page, 'จังหวัด').inputValue()).resolves.toBe('49');
    await field(page, 'อำเภอ/เขต').selectOption({ label: 'นิคมคำสร้อย' });
    const post = page.getByRole('article', { name: 'อบรมกฎหมายหนี้นอกระบบ' });
    await post.waitFor();
    await expect(loaded(post.getByRole('img').first())).resolves.toBe(true);
    await expect(page.getByRole('form', { name: 'โพสต์ข่าวกิจกรรม' }).count()).resolves.toBe(0);
    await expectAccessible(page);

    // The post's names erased on a person's request (PDPA): its photo went with them, a marker in its place.
    await suite.app.app.get<PersonalDataShredder>(PERSONAL_DATA_SHREDDER)
      .eraseStreams([`news-${posted.data.postDistrictNews.newsId}`], { kind: 'REQUEST', reference: 'news-browser-erasure' });
    await page.reload();
    await field(page, 'อำเภอ/เขต').locator('option', { hasText: 'นิคมคำสร้อย' }).waitFor({ state: 'attached' });
    await field(page, 'อำเภอ/เขต').selectOption({ label: 'นิคมคำสร้อย' });
    await post.getByTestId('photo-erased').getByText('ถูกลบตามกฎหมายคุ้มครองข้อมูลส่วนบุคคล').waitFor();
    await expect(post.getByRole('img').count()).resolves.toBe(0);
    await expectAccessible(page);
  }, SLOW);
});
