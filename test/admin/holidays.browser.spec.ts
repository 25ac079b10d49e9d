import { expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { besideField, patient, untilText } from './support/centre-pages.js';

/** `/holidays`: a year's government holidays in the Buddhist Era; central administrators add and remove days. */

jest.setTimeout(180_000);

describeInBrowser('the holiday calendar in the browser', () => {
  const suite = browserSuite();

  async function holidaysAs(who: SignedIn): Promise<Page> {
    const page = patient(await suite.pageAs(who));
    await page.goto('/holidays');
    await page.getByRole('heading', { level: 1, name: 'วันหยุดราชการ' }).waitFor();
    return page;
  }

  /** Shows a year typed in the Buddhist Era with Thai digits. */
  async function showYear(page: Page, year: string): Promise<void> {
    await field(page, 'ปี พ.ศ.').fill(year);
    await page.getByRole('button', { name: 'แสดง' }).click();
  }

  it('adds a holiday typed in the Buddhist Era with Thai digits, lists it in its year, then removes it', async () => {
    const page = await holidaysAs(suite.app.admin);
    await showYear(page, '๒๕๖๙');
    await page.getByRole('heading', { name: 'วันหยุดราชการ ปี พ.ศ. 2569' }).waitFor();
    await untilText(page.getByTestId('holiday-2026-06-03'), /3 มิถุนายน 2569[\s\S]*ตามตารางของระบบ/);
    await expect(page.getByTestId('holiday-2026-06-15').count()).resolves.toBe(0);
    await field(page, 'วันที่').fill('๑๕/๖/๒๕๖๙');
    await field(page, 'ชื่อวันหยุด').fill('วันหยุดราชการเพิ่มเป็นกรณีพิเศษ');
    await page.getByRole('button', { name: 'เพิ่มวันหยุด' }).click();
    await untilText(page.getByTestId('holiday-notice'), 'เพิ่ม 15 มิถุนายน 2569 วันหยุดราชการเพิ่มเป็นกรณีพิเศษ');
    await untilText(page.getByTestId('holiday-2026-06-15'), /วันจันทร์ 15 มิถุนายน 2569[\s\S]*วันหยุดราชการเพิ่มเป็นกรณีพิเศษ[\s\S]*ผู้ดูแลระบบเพิ่ม/);
    await expect(field(page, 'วันที่').inputValue()).resolves.toBe('');
    const { data } = await suite.app.graphql('{ holidays(year: "2026") { date nameTh source } }');
    expect(data.holidays).toContainEqual({ date: '2026-06-15', nameTh: 'วันหยุดราชการเพิ่มเป็นกรณีพิเศษ', source: 'ADDED' });
    await expectAccessible(page);
    await screenshot(page, 'holidays');

    await page.getByTestId('holiday-2026-06-15').getByRole('button', { name: 'นำออก' }).click();
    const dialog = page.getByRole('dialog', { name: 'นำวันหยุดราชการออก' });
    await untilText(dialog, '15 มิถุนายน 2569');
    await dialog.getByRole('button', { name: 'นำออก' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await untilText(page.getByTestId('holiday-notice'), 'นำ 15 มิถุนายน 2569');
    await page.getByTestId('holiday-2026-06-15').waitFor({ state: 'detached' });
    const after = await suite.app.graphql('{ holidays(year: "2569") { date } }');
    expect(after.data.holidays).not.toContainEqual({ date: '2026-06-15' });
  });

  it('refuses a weekend day and a missing name beside their fields, keeping what was typed', async () => {
    const page = await holidaysAs(suite.app.admin);
    await field(page, 'วันที่').fill('๑๓/๖/๒๕๖๙');
    await page.getByRole('button', { name: 'เพิ่มวันหยุด' }).click();
    await expect(besideField(field(page, 'วันที่'))).resolves.toContain('ตรงกับวันเสาร์หรือวันอาทิตย์');
    await expect(besideField(field(page, 'ชื่อวันหยุด'))).resolves.toContain('กรุณาระบุชื่อวันหยุด');
    await expect(field(page, 'วันที่').inputValue()).resolves.toBe('๑๓/๖/๒๕๖๙');
    await expectAccessible(page);
  });

  it('shows an auditor the calendar with nothing to change', async () => {
    const auditor = await suite.app.signInAs({ level: 'AUDITOR' });
    const page = await holidaysAs(auditor);
    await page.getByTestId('holidays').waitFor();
    await expect(page.getByRole('form', { name: 'เพิ่มวันหยุดราชการ' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'นำออก' }).count()).resolves.toBe(0);
    await expectAccessible(page);
  });
});
