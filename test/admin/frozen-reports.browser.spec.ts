import { beforeAll, expect, it, jest } from '@jest/globals';
import { ComplaintMonthEndTimer } from '../../src/projections/complaint-statistics/complaint-month-end.timer.js';
import { RECEIVE, receiveInput } from '../support/complaint-fixtures.js';
import { describeInBrowser, expectAccessible, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { patient, untilText } from './support/centre-pages.js';

/** `/frozen-reports`: an auditor checks the frozen month ends against the event log and sees the one changed since. */

jest.setTimeout(180_000);

describeInBrowser('verifying frozen reports in the browser', () => {
  const suite = browserSuite();
  /** The month ends frozen; the daily reports the service froze since it started are checked too. */
  let monthEnds: number;
  beforeAll(async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '7001' });
    const received = await officer.graphql(RECEIVE, { input: receiveInput({ receivedAt: '10/1/2568' }) });
    expect(received.errors).toBeUndefined();
    await suite.app.caughtUp();
    await suite.app.app.get(ComplaintMonthEndTimer).tick();
    const { rows } = await suite.app.db.pool.query('SELECT count(*)::int AS n FROM complaint_month_end_frozen');
    monthEnds = rows[0].n;
    expect(monthEnds).toBeGreaterThan(0);
  });

  it('shows an auditor every frozen report matching, then names a month end changed in the database', async () => {
    const auditor = await suite.app.signInAs({ level: 'AUDITOR' });
    const page = patient(await suite.pageAs(auditor));
    await page.goto('/');
    await page.getByRole('link', { name: 'ตรวจสอบรายงานที่ปิดแล้ว' }).click();
    await page.getByRole('heading', { name: 'ตรวจสอบรายงานที่ปิดแล้ว' }).waitFor();
    await page.getByRole('button', { name: 'เริ่มตรวจสอบ' }).click();
    const result = page.getByTestId('frozen-report-verification');
    await untilText(result.getByTestId('differing'), /^0$/);
    const checked = Number(await result.getByTestId('checked').innerText());
    expect(checked).toBeGreaterThanOrEqual(monthEnds);
    await expect(result.getByTestId('matching').innerText()).resolves.toBe(String(checked));
    await untilText(result.getByRole('status'), 'รายงานที่ปิดแล้วทุกฉบับตรงกับบันทึกเหตุการณ์');
    await expectAccessible(page);

    await suite.app.db.pool.query(`UPDATE complaint_month_end SET resolved = resolved + 1 WHERE month = '2025-01-01'`);
    await page.getByRole('button', { name: 'ตรวจสอบอีกครั้ง' }).click();
    await untilText(result.getByTestId('differing'), /^1$/);
    await untilText(result.getByTestId('matching'), new RegExp(`^${checked - 1}$`));
    const row = page.getByTestId('differing-MONTH_END-2025-01-01');
    await untilText(row, /สถิติเรื่องร้องเรียน ณ วันสิ้นเดือน\s+มกราคม 2568\s+อำเภอรหัส 7001/);
    await expect(page.getByRole('alert').filter({ hasText: 'พบรายงานที่ไม่ตรงกับบันทึกเหตุการณ์ 1 ฉบับ' }).count()).resolves.toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'frozen-reports');
  });

  it('refuses the page\'s check to a district office', async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4901' });
    const answer = await officer.graphql('{ frozenReportVerification { checked } }');
    expect(answer.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});
