import { beforeAll, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { citizenId, debtApi, registration } from '../support/debt-api.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { MONDAY, MONDAY_10AM, rowCells, seedMukdahan, startUpFreezeDone } from './support/debt-figures.js';

/** The centre's home: the national figures and every province's, leading to a province's districts and reports. */

describeInBrowser('national figures in the browser', () => {
  const suite = browserSuite({ clockStart: MONDAY_10AM }, 120_000);
  let centre: SignedIn;
  beforeAll(async () => {
    await startUpFreezeDone(suite.app);
    centre = await suite.app.signInAs({ level: 'CENTRAL' });
    await seedMukdahan(suite.app, await suite.app.signInAs({ level: 'PROVINCE', office: '49' }));
    const base = registration();
    const bangkok = await debtApi(suite.app, centre).register({ ...base, districtCode: '1001', debtor: { ...base.debtor, citizenId: citizenId('110170020705') } });
    expect(bangkok.errors).toBeUndefined();
    await suite.app.caughtUp();
  }, 120_000);

  async function pageOf(account: SignedIn): Promise<Page> {
    const page = await suite.pageAs(account);
    page.setDefaultTimeout(60_000);
    await page.clock.setFixedTime(new Date(`${MONDAY}T11:00:00+07:00`));
    return page;
  }

  it("shows the centre the country's figures and each province's, and opens a province's districts and reports from them", async () => {
    const page = await pageOf(centre);
    await page.goto('/');
    const national = page.getByTestId('national-figures');
    await national.getByText('250,000.00').waitFor();
    expect((await national.innerText()).split('\n').filter(Boolean)).toEqual([
      'ลูกหนี้ที่ลงทะเบียน (ราย)', '5', 'เจ้าหนี้ (ราย)', '5', 'เงินต้น (บาท)', '250,000.00', 'ยอดหนี้คงค้าง (บาท)', '312,502.50',
      'ติดต่อแล้ว (ราย)', '1', 'ไกล่เกลี่ยสำเร็จ (ราย)', '0', 'ส่งพนักงานสอบสวน/หน่วยงานอื่น (ราย)', '0', 'มูลหนี้ที่ลดลง (บาท)', '0.00',
    ]);
    const provinces = page.getByTestId('province-figures');
    expect(await provinces.locator('tbody tr').count()).toBe(77);
    expect((await rowCells(provinces, 'มุกดาหาร')).slice(0, 12)).toEqual(['มุกดาหาร', '4', '1', '1', '0', '0', '0', '0', '0', '1', '1', '0.00']);
    expect((await rowCells(provinces, 'กรุงเทพมหานคร')).slice(0, 3)).toEqual(['กรุงเทพมหานคร', '1', '0']);
    expect((await rowCells(provinces, 'รวมทั้งประเทศ')).slice(0, 12)).toEqual(['รวมทั้งประเทศ', '5', '1', '1', '0', '0', '0', '0', '0', '1', '1', '0.00']);
    await expectAccessible(page);
    await screenshot(page, 'national');

    await provinces.getByRole('link', { name: 'มุกดาหาร', exact: true }).click();
    await page.waitForURL('**/districts?province=49');
    const districts = page.getByTestId('district-figures');
    await districts.getByRole('rowheader', { name: 'อำเภอเมืองมุกดาหาร' }).waitFor();
    await expect(page.getByLabel('จังหวัด', { exact: true }).locator('option:checked').innerText()).resolves.toBe('มุกดาหาร');
    expect((await rowCells(districts, 'อำเภอเมืองมุกดาหาร')).slice(0, 2)).toEqual(['อำเภอเมืองมุกดาหาร', '3']);
    await expectAccessible(page);

    await page.goto('/');
    await page.getByRole('link', { name: 'ประจำวัน จังหวัดมุกดาหาร' }).click();
    await page.waitForURL('**/daily-report?province=49');
    const standing = page.getByTestId('standing-figures');
    await standing.getByRole('rowheader', { name: 'รวมจังหวัดมุกดาหาร' }).waitFor();
    await expect(page.getByTestId('report-state').innerText()).resolves.toContain('ฉบับชั่วคราว');
    expect((await rowCells(standing, 'รวมจังหวัดมุกดาหาร')).slice(0, 2)).toEqual(['รวมจังหวัดมุกดาหาร', '4']);
    expect((await rowCells(standing, 'รวมทั้งประเทศ')).slice(0, 2)).toEqual(['รวมทั้งประเทศ', '5']);

    await page.getByRole('link', { name: 'รายงานประจำเดือน', exact: true }).click();
    await page.getByLabel('จังหวัด', { exact: true }).selectOption({ label: 'ทั่วประเทศ (รายจังหวัด)' });
    await page.getByRole('heading', { name: 'ทั่วประเทศ ประจำเดือนมีนาคม 2568' }).waitFor();
    expect(await page.getByTestId('month-figures').locator('tbody tr').count()).toBe(77);
    await expect(page.getByRole('link', { name: 'ดาวน์โหลด PDF' }).getAttribute('href')).resolves.toBe('/reports/monthly/2025-03/all.pdf');
    // The report pages themselves are checked with axe in reports.browser.spec.ts.
  }, 480_000);
});
