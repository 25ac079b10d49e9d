import fs from 'node:fs/promises';
import { beforeAll, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { ComplaintMonthEndTimer } from '../../src/projections/complaint-statistics/complaint-month-end.timer.js';
import { RECEIVE, citizenId, receiveInput } from '../support/complaint-fixtures.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { rowCells } from './support/debt-figures.js';

/**
 * The monthly complaint summary to the governor in the browser: Mueang Ratchaburi's responsible reporter sees February
 * 2568, downloads it and certifies and sends it on Monday 3 March 2025, its due date; the province sees who has sent.
 */
const NAME = 'mutation ($office: String!, $ids: [ID!]!) { nameResponsibleReporters(input: { officeCode: $office, accountIds: $ids }) { officeKey } }';
const FLOW = 240_000;

describeInBrowser('the complaint summary to the governor in the browser', () => {
  const suite = browserSuite({ clockStart: new Date('2025-03-03T10:00:00+07:00') }, 120_000);
  let reporter: SignedIn;
  let province: SignedIn;
  beforeAll(async () => {
    reporter = await suite.app.signInAs({ level: 'DISTRICT', office: '7001', position: 'DEPUTY_DISTRICT_CHIEF' });
    const other = await suite.app.signInAs({ level: 'DISTRICT', office: '7001', position: 'LEGAL_OFFICER' });
    province = await suite.app.signInAs({ level: 'PROVINCE', office: '70' });
    expect((await suite.app.admin.graphql(NAME, { office: '7001', ids: [reporter.accountId, other.accountId] })).errors).toBeUndefined();
    for (const [n, receivedAt] of [['01', '3/2/2568'], ['02', '10/2/2568']]) {
      const input = receiveInput({ receivedAt, subdistrict: '700101', citizenId: citizenId(`11017002${n}00`), accused: null });
      expect((await reporter.graphql(RECEIVE, { input })).errors).toBeUndefined();
    }
    await suite.app.caughtUp();
    await suite.app.app.get(ComplaintMonthEndTimer).tick();
  }, 120_000);

  async function pageOf(account: SignedIn): Promise<Page> {
    const page = await suite.pageAs(account);
    page.setDefaultTimeout(60_000);
    await page.clock.setFixedTime(new Date('2025-03-03T10:30:00+07:00'));
    return page;
  }

  it("shows the district's February, downloads it, and its reporter certifies and sends it on time", async () => {
    const page = await pageOf(reporter);
    await page.goto('/complaint-summary');
    const offices = page.getByTestId('summary-offices');
    await offices.getByRole('rowheader', { name: 'อำเภอเมืองราชบุรี' }).waitFor();
    await expect(page.getByRole('heading', { name: 'อำเภอเมืองราชบุรี ประจำเดือนกุมภาพันธ์ 2568' }).count()).resolves.toBe(1);
    expect(await rowCells(offices, 'อำเภอเมืองราชบุรี')).toEqual(['อำเภอเมืองราชบุรี', '2', '2', '2', '0', '0', '0', '0', '2', '0.00%']);
    await expect(page.getByText('กำหนดส่ง ภายในวันที่ 3 มีนาคม 2568').count()).resolves.toBe(1);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'ดาวน์โหลด Excel (.xlsx)' }).click()]);
    expect(xlsx.suggestedFilename()).toBe('สรุปผลศูนย์ดำรงธรรมเสนอผู้ว่าฯ-2568-02-อำเภอเมืองราชบุรี.xlsx');
    expect((await fs.readFile((await xlsx.path())!)).subarray(0, 2).toString('latin1')).toBe('PK');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'ดาวน์โหลด PDF' }).click()]);
    expect((await fs.readFile((await pdf.path())!)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const sending = page.getByTestId('summary-sending');
    await expect(sending.innerText()).resolves.toContain('ยังไม่ได้รับรองและส่ง');
    await expectAccessible(page);
    await sending.getByRole('button', { name: 'รับรองและส่งสรุปผลเสนอผู้ว่าราชการจังหวัด' }).click();
    await sending.getByText('ส่งตามกำหนด').waitFor();
    await expect(sending.innerText()).resolves.toContain('รับรองและส่งแล้ว เมื่อ 3 มีนาคม 2568');
    await expect(sending.getByRole('button').count()).resolves.toBe(0);
    await screenshot(page, 'governor-summary-district');
  }, FLOW);

  it('shows the province which districts have sent and which have not, and opens a district\'s summary', async () => {
    const page = await pageOf(province);
    await page.goto('/complaint-summary?month=2025-02');
    const status = page.getByTestId('summary-status');
    await status.getByRole('rowheader', { name: 'อำเภอเมืองราชบุรี' }).waitFor();
    await expect(status.innerText()).resolves.toContain('ส่งแล้ว 1 แห่ง (ล่าช้า 0)');
    expect((await rowCells(status, 'อำเภอเมืองราชบุรี'))[1]).toContain('ตามกำหนด');
    expect((await rowCells(status, 'อำเภอโพธาราม'))[1]).toBe('ยังไม่ส่ง');
    // The offices' table comes from a query of its own: its total row may show after the status table.
    await page.getByTestId('summary-offices').getByRole('rowheader', { name: 'รวมจังหวัดราชบุรี', exact: true }).waitFor();
    await expect(rowCells(page.getByTestId('summary-offices'), 'รวมจังหวัดราชบุรี')).resolves.toContain('2');
    await expectAccessible(page);
    await screenshot(page, 'governor-summary-province');
    await page.getByRole('button', { name: 'ดูสรุปผลของอำเภอโพธาราม' }).click();
    await page.getByRole('heading', { name: 'อำเภอโพธาราม ประจำเดือนกุมภาพันธ์ 2568' }).waitFor();
    await expect(page.getByTestId('summary-sending').innerText()).resolves.toContain('ยังไม่ได้รับรองและส่ง');
    await expect(page.getByTestId('summary-sending').getByRole('button').count()).resolves.toBe(0);
  }, FLOW);
});
