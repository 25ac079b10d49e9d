import { beforeAll, expect, it } from '@jest/globals';
import { RECEIVE, citizenId, receiveInput } from '../support/complaint-fixtures.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';

/** ค้นหาเรื่องร้องเรียน in the admin UI: staff taking a call find a complaint by words, tracking code or citizen id. */
const SLOW = 300_000;
const thaiDigits = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

describeInBrowser('complaint search in the browser', () => {
  const suite = browserSuite({}, SLOW);
  let officer: SignedIn;
  const received: Record<string, { complaintId: string; trackingCode: string }> = {};

  async function receive(name: string, as: SignedIn, options: Parameters<typeof receiveInput>[0]) {
    const body = await as.graphql(RECEIVE, { input: receiveInput(options) });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    received[name] = body.data.receiveComplaint.complaint;
  }

  beforeAll(async () => {
    officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4901' });
    const other = await suite.app.signInAs({ level: 'DISTRICT', office: '4902' });
    await receive('debt', officer, { subject: 'ถูกเจ้าหนี้นอกระบบข่มขู่ทวงเงิน', citizenId: citizenId('149010088001'), accused: null, subdistrict: '490101' });
    await receive('road', officer, { subject: 'ไฟฟ้าส่องสว่างในซอยดับทั้งซอย', accused: null, subdistrict: '490101' });
    await receive('elsewhere', other, { subject: 'ถูกเจ้าหนี้นอกระบบยึดรถ', accused: null, subdistrict: '490201' });
    await suite.app.caughtUp();
  }, SLOW);

  it('finds a complaint by Thai words typed without spaces, marks them, and opens it; finds it by code or id too', async () => {
    const page = await suite.pageAs(officer);
    page.setDefaultTimeout(60_000);
    await page.goto('/complaints');
    await page.getByRole('link', { name: 'ค้นหาเรื่องร้องเรียน' }).click();
    await page.getByRole('heading', { name: 'ค้นหาเรื่องร้องเรียน' }).waitFor();
    const box = field(page, 'รหัสติดตามเรื่อง เลขประจำตัวประชาชน ชื่อ หรือคำในเรื่อง');
    await box.fill('หนี้นอกระบบ');
    await page.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    await expect(page.getByTestId('search-total').innerText()).resolves.toBe('พบ 1 เรื่อง');
    const hits = page.getByTestId('search-hits');
    await expect(hits.locator('mark').allInnerTexts()).resolves.toEqual(['หนี้นอกระบบ']);
    await expect(hits.getByRole('row').nth(1).innerText()).resolves.toContain('ถูกเจ้าหนี้นอกระบบข่มขู่ทวงเงิน');
    await expectAccessible(page);
    await screenshot(page, 'complaint-search');

    await box.fill(thaiDigits(received.road.trackingCode));
    await page.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    const byCode = hits.getByRole('row').filter({ hasText: 'ไฟฟ้าส่องสว่างในซอยดับทั้งซอย' });
    await byCode.waitFor();
    await expect(byCode.innerText()).resolves.toContain('รหัสติดตามเรื่อง');
    await expect(hits.getByRole('row').count()).resolves.toBe(2);

    await box.fill(thaiDigits(citizenId('149010088001')));
    await page.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    await hits.getByRole('row').filter({ hasText: 'เลขประจำตัวประชาชน' }).waitFor();
    await hits.getByRole('link', { name: received.debt.trackingCode }).click();
    await page.waitForURL(`**/complaints/${received.debt.complaintId}`);
  }, SLOW);

  it('shows a refusal beside the box for text with no letters', async () => {
    const page = await suite.pageAs(officer);
    page.setDefaultTimeout(60_000);
    await page.goto('/complaints/search');
    await field(page, 'รหัสติดตามเรื่อง เลขประจำตัวประชาชน ชื่อ หรือคำในเรื่อง').fill('?!');
    await page.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    await page.getByText('คำค้นหาไม่มีตัวอักษรหรือตัวเลข').waitFor();
  }, SLOW);
});
