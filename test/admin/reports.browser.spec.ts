import fs from 'node:fs/promises';
import { beforeAll, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { freezeAtCutOff, MONDAY, MONDAY_10AM, nameOf, rowCells, seedMukdahan, startUpFreezeDone } from './support/debt-figures.js';

/**
 * The province officer's figures and reports: each district's counts, the daily 15:00 report (its files, its
 * certification by a district's reporter), the monthly report, and naming the responsible reporters.
 */

const NAME = `mutation ($input: NameResponsibleReportersInput!) { nameResponsibleReporters(input: $input) { officeCode } }`;

/** Each flow drives several pages and axe on a machine shared with other suites. */
const FLOW = 240_000;

describeInBrowser('reports in the browser', () => {
  const suite = browserSuite({ clockStart: MONDAY_10AM }, 120_000);
  let officer: SignedIn;
  let administrator: SignedIn;
  let reporters: SignedIn[];
  beforeAll(async () => {
    await startUpFreezeDone(suite.app);
    officer = await suite.app.signInAs({ level: 'PROVINCE', office: '49' });
    administrator = await suite.app.signInAs({ level: 'PROVINCE', office: '49', administrator: true });
    reporters = [await suite.app.signInAs({ level: 'DISTRICT', office: '4901' }), await suite.app.signInAs({ level: 'DISTRICT', office: '4901', position: 'LEGAL_OFFICER' })];
    const named = await administrator.graphql(NAME, { input: { officeCode: '4901', accountIds: reporters.map((r) => r.accountId) } });
    expect(named.errors).toBeUndefined();
    await seedMukdahan(suite.app, officer);
    await freezeAtCutOff(suite.app, MONDAY);
  }, 120_000);

  /** A page of `account` whose browser believes it is Monday 16:00 in Bangkok, after that day's cut-off. */
  async function pageOf(account: SignedIn): Promise<Page> {
    const page = await suite.pageAs(account);
    page.setDefaultTimeout(60_000);
    await page.clock.setFixedTime(new Date(`${MONDAY}T16:00:00+07:00`));
    return page;
  }

  it("opens the province officer's home on each district's figures, as the seeded cases make them", async () => {
    const page = await pageOf(officer);
    await page.goto('/');
    const table = page.getByTestId('district-figures');
    await table.getByRole('rowheader', { name: 'อำเภอเมืองมุกดาหาร' }).waitFor();
    expect(await table.locator('thead th').allInnerTexts()).toEqual([
      'อำเภอ/เขต', 'ลงทะเบียน', 'ติดต่อแล้ว', 'ประสงค์ไกล่เกลี่ย', 'อยู่ระหว่างไกล่เกลี่ย', 'ไกล่เกลี่ยสำเร็จ', 'ไกล่เกลี่ยไม่สำเร็จ',
      'ส่งพนักงานสอบสวน/หน่วยงานอื่น', 'ยุติ', 'รับโอน', 'โอนออก', 'มูลหนี้ที่ลดลง (บาท)',
    ]);
    expect(await rowCells(table, 'อำเภอเมืองมุกดาหาร')).toEqual(['อำเภอเมืองมุกดาหาร', '3', '1', '1', '0', '0', '0', '0', '0', '1', '0', '0.00']);
    expect(await rowCells(table, 'อำเภอนิคมคำสร้อย')).toEqual(['อำเภอนิคมคำสร้อย', '1', '0', '0', '0', '0', '0', '0', '0', '0', '1', '0.00']);
    expect((await rowCells(table, 'รวมจังหวัดมุกดาหาร')).slice(0, 2)).toEqual(['รวมจังหวัดมุกดาหาร', '4']);
    expect(await table.locator('tbody tr').count()).toBe(7);
    await expectAccessible(page);
    await screenshot(page, 'province-districts');
    await page.getByRole('link', { name: 'ยอดรายอำเภอ' }).click();
    await page.waitForURL('**/districts');
    await expect(rowCells(page.getByTestId('district-figures'), 'อำเภอเมืองมุกดาหาร')).resolves.toContain('3');
  }, FLOW);

  it("shows the day's 15:00 figures and its reporters, takes a day typed in either era, and downloads the files", async () => {
    const page = await pageOf(officer);
    await page.goto('/daily-report');
    await expect(field(page, 'วันที่รายงาน').inputValue()).resolves.toBe('10/03/2568');
    const standing = page.getByTestId('standing-figures');
    await standing.getByRole('rowheader', { name: 'อำเภอเมืองมุกดาหาร' }).waitFor();
    await expect(page.getByRole('heading', { name: 'จังหวัดมุกดาหาร ประจำวันที่ 10 มีนาคม 2568' }).count()).resolves.toBe(1);
    await expect(page.getByTestId('report-state').innerText()).resolves.toContain('ปิดยอดแล้ว');
    expect(await rowCells(standing, 'อำเภอเมืองมุกดาหาร')).toEqual(['อำเภอเมืองมุกดาหาร', '3', '3', '150,000.00', '187,501.50', '1']);
    expect(await rowCells(standing, 'อำเภอนิคมคำสร้อย')).toEqual(['อำเภอนิคมคำสร้อย', '1', '1', '50,000.00', '62,500.50', '0']);
    expect(await rowCells(standing, 'รวมจังหวัดมุกดาหาร')).toEqual(['รวมจังหวัดมุกดาหาร', '4', '4', '200,000.00', '250,002.00', '1']);
    const period = page.getByTestId('period-figures');
    expect(await rowCells(period, 'อำเภอเมืองมุกดาหาร')).toEqual(['อำเภอเมืองมุกดาหาร', '2', '1', '0', '0', '0', '0', '0', '1', '0', '0.00']);
    expect(await rowCells(period, 'อำเภอนิคมคำสร้อย')).toEqual(['อำเภอนิคมคำสร้อย', '2', '0', '0', '0', '0', '0', '0', '0', '1', '0.00']);
    const certifications = page.getByTestId('certifications');
    await expect(certifications.innerText()).resolves.toContain('ยืนยันแล้ว 0 แห่ง ยังไม่ยืนยัน 7 แห่ง');
    const mueang = await rowCells(certifications, 'อำเภอเมืองมุกดาหาร');
    expect(mueang[1]).toBe('ยังไม่ยืนยัน');
    for (const reporter of reporters) expect(mueang[2]).toContain(await nameOf(reporter));
    expect(await rowCells(certifications, 'อำเภอนิคมคำสร้อย')).toEqual(['อำเภอนิคมคำสร้อย', 'ยังไม่ยืนยัน', 'ยังไม่ได้กำหนด', '']);
    await expect(certifications.getByRole('button').count()).resolves.toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'daily-report');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'ดาวน์โหลด Excel (.xlsx)' }).click()]);
    expect(xlsx.suggestedFilename()).toBe('รายงานไกล่เกลี่ยหนี้ประจำวัน-2568-03-10-จังหวัดมุกดาหาร.xlsx');
    expect((await fs.readFile((await xlsx.path())!)).subarray(0, 2).toString('latin1')).toBe('PK');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'ดาวน์โหลด PDF' }).click()]);
    expect(pdf.suggestedFilename()).toBe('รายงานไกล่เกลี่ยหนี้ประจำวัน-2568-03-10-จังหวัดมุกดาหาร.pdf');
    expect((await fs.readFile((await pdf.path())!)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The Friday before, typed with Thai digits in the Buddhist Era: frozen at start-up, before any case.
    await field(page, 'วันที่รายงาน').fill('๗/๓/๒๕๖๘');
    await page.getByRole('button', { name: 'แสดงรายงาน' }).click();
    await page.getByRole('heading', { name: 'จังหวัดมุกดาหาร ประจำวันที่ 7 มีนาคม 2568' }).waitFor();
    expect((await rowCells(standing, 'รวมจังหวัดมุกดาหาร')).slice(0, 2)).toEqual(['รวมจังหวัดมุกดาหาร', '0']);
    // Monday again in the Common Era with Arabic digits; then a Saturday, which has no report of its own.
    await field(page, 'วันที่รายงาน').fill('10/3/2025');
    await page.getByRole('button', { name: 'แสดงรายงาน' }).click();
    await page.getByRole('heading', { name: 'จังหวัดมุกดาหาร ประจำวันที่ 10 มีนาคม 2568' }).waitFor();
    await field(page, 'วันที่รายงาน').fill('8/3/2568');
    await page.getByRole('button', { name: 'แสดงรายงาน' }).click();
    await page.getByText('วันที่ 8 มีนาคม 2568 ไม่ใช่วันทำการ').waitFor();
    await expect(field(page, 'วันที่รายงาน').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(field(page, 'วันที่รายงาน').inputValue()).resolves.toBe('8/3/2568');
  }, FLOW);

  it("lets one of a district's responsible reporters certify its frozen report, once", async () => {
    const page = await pageOf(reporters[0]);
    await page.goto('/daily-report');
    const certifications = page.getByTestId('certifications');
    const certify = certifications.getByRole('button', { name: 'ยืนยันรายงานของอำเภอเมืองมุกดาหาร' });
    await certify.waitFor();
    expect(await page.getByTestId('standing-figures').locator('tbody tr').count()).toBe(1);
    await expectAccessible(page);
    await certify.click();
    await certifications.getByText(/^ยืนยันแล้ว 10 มีนาคม 2568 \d\d:\d\d น\. โดย /).waitFor();
    const row = await rowCells(certifications, 'อำเภอเมืองมุกดาหาร');
    expect(row[1]).toContain(`โดย ${await nameOf(reporters[0])}`);
    await expect(certify.count()).resolves.toBe(0);
    await expect(certifications.innerText()).resolves.toContain('ยืนยันแล้ว 1 แห่ง ยังไม่ยืนยัน 0 แห่ง');
  }, FLOW);

  it('shows the monthly report of the month chosen by its Thai name and Buddhist Era year, with its files', async () => {
    const page = await pageOf(officer);
    await page.goto('/monthly-report');
    await expect(page.getByLabel('เดือน', { exact: true }).locator('option:checked').innerText()).resolves.toBe('มีนาคม');
    await expect(page.getByLabel('ปี พ.ศ.').inputValue()).resolves.toBe('2568');
    const month = page.getByTestId('month-figures');
    await month.getByRole('rowheader', { name: 'อำเภอเมืองมุกดาหาร' }).waitFor();
    await expect(page.getByRole('heading', { name: 'จังหวัดมุกดาหาร ประจำเดือนมีนาคม 2568' }).count()).resolves.toBe(1);
    expect(await rowCells(month, 'อำเภอเมืองมุกดาหาร')).toEqual(['อำเภอเมืองมุกดาหาร', '2', '1', '0', '0', '0', '0', '0', '1', '0', '0.00']);
    expect(await rowCells(month, 'อำเภอนิคมคำสร้อย')).toEqual(['อำเภอนิคมคำสร้อย', '2', '0', '0', '0', '0', '0', '0', '0', '1', '0.00']);
    expect((await rowCells(month, 'รวมจังหวัดมุกดาหาร')).slice(0, 2)).toEqual(['รวมจังหวัดมุกดาหาร', '4']);
    await expect(page.getByRole('link', { name: 'ดาวน์โหลด PDF' }).getAttribute('href')).resolves.toBe('/reports/monthly/2025-03/49.pdf');
    await expect(page.getByRole('link', { name: 'ดาวน์โหลด Excel (.xlsx)' }).getAttribute('href')).resolves.toBe('/reports/monthly/2025-03/49.xlsx');
    await expectAccessible(page);
    await screenshot(page, 'monthly-report');
    await page.getByLabel('เดือน', { exact: true }).selectOption({ label: 'กุมภาพันธ์' });
    await page.getByRole('heading', { name: 'จังหวัดมุกดาหาร ประจำเดือนกุมภาพันธ์ 2568' }).waitFor();
    expect((await rowCells(month, 'รวมจังหวัดมุกดาหาร')).slice(0, 2)).toEqual(['รวมจังหวัดมุกดาหาร', '0']);
  }, FLOW);

  it("shows who reports for each office, and lets the province's administrator name a district's pair", async () => {
    const candidates = [await suite.app.signInAs({ level: 'DISTRICT', office: '4902' }), await suite.app.signInAs({ level: 'DISTRICT', office: '4902', position: 'DEPUTY_DISTRICT_CHIEF' })];
    const names = await Promise.all(candidates.map(nameOf));
    const viewer = await pageOf(officer);
    await viewer.goto('/reporters?office=4901');
    const shown = viewer.getByTestId('office-reporters');
    await shown.getByRole('heading', { name: 'อำเภอเมืองมุกดาหาร' }).waitFor();
    for (const reporter of reporters) await shown.getByRole('rowheader', { name: await nameOf(reporter) }).waitFor();
    await expect(viewer.getByRole('button', { name: 'บันทึกผู้รับผิดชอบ' }).count()).resolves.toBe(0);

    const page = await pageOf(administrator);
    await page.goto('/reporters');
    await page.getByTestId('office-reporters').getByRole('heading', { name: 'จังหวัดมุกดาหาร' }).waitFor();
    await page.getByLabel('หน่วยงาน').selectOption({ label: 'อำเภอนิคมคำสร้อย' });
    await page.getByText('ยังไม่ได้กำหนดผู้รับผิดชอบการรายงาน').waitFor();
    await page.getByLabel('ผู้รับผิดชอบคนที่ 1').selectOption({ label: `${names[0]} (เจ้าพนักงานปกครอง)` });
    await page.getByLabel('ผู้รับผิดชอบคนที่ 2').selectOption({ label: `${names[1]} (ปลัดอำเภอ)` });
    await expectAccessible(page);
    await page.getByRole('button', { name: 'บันทึกผู้รับผิดชอบ' }).click();
    await page.getByRole('status').filter({ hasText: 'บันทึกผู้รับผิดชอบการรายงานแล้ว' }).waitFor();
    for (const name of names) await page.getByTestId('office-reporters').getByRole('rowheader', { name }).waitFor();
  });
});
