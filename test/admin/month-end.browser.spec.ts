import { beforeAll, expect, it, jest } from '@jest/globals';
import { EVENT_STORE, type EventStore } from '../../src/eventstore/event-store.port.js';
import { freezeEndedMonths } from '../../src/projections/complaint-statistics/complaint-month-end.js';
import { ComplaintMonthEndTimer } from '../../src/projections/complaint-statistics/complaint-month-end.timer.js';
import { RECEIVE, receiveInput } from '../support/complaint-fixtures.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { patient, toThaiDigits, untilText } from './support/centre-pages.js';

/**
 * `/complaints/month-end` (สถิติ ณ วันสิ้นเดือน): last month is frozen; a paper complaint dated in it is keyed in
 * afterwards, in the browser; once this month ends (its freeze is run here as the timer runs it on the 1st) the
 * page lists it among this month end's corrections, and last month's frozen figures stay as they were.
 */

jest.setTimeout(300_000);

/** YYYY-MM of the Bangkok month `offset` months from now. */
function bangkokMonth(offset: number): string {
  const now = new Date(Date.now() + 7 * 3_600_000);
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  return first.toISOString().slice(0, 7);
}
const monthTh = (month: string) => new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { month: 'long', year: 'numeric', timeZone: 'UTC' })
  .format(new Date(`${month}-15T00:00:00Z`));
/** MM/YYYY in the Buddhist Era and Thai digits, as staff type a month. */
const typedMonth = (month: string) => toThaiDigits(`${month.slice(5)}/${Number(month.slice(0, 4)) + 543}`);

describeInBrowser('month-end corrections in the browser', () => {
  const suite = browserSuite();
  let officer: SignedIn;
  const thisMonth = bangkokMonth(0);
  const lastMonth = bangkokMonth(-1);

  beforeAll(async () => {
    officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4901' });
    // A complaint of last month, keyed in on time: last month's end is frozen with it.
    const earlier = await officer.graphql(RECEIVE, { input: receiveInput({ subdistrict: '490101', accused: null, receivedAt: `${lastMonth}-02` }) });
    expect(earlier.errors).toBeUndefined();
    await suite.app.caughtUp();
    await suite.app.app.get(ComplaintMonthEndTimer).tick();
    const { rows } = await suite.app.db.pool.query(`SELECT to_char(max(month), 'YYYY-MM') AS last FROM complaint_month_end_frozen`);
    expect(rows[0].last).toBe(lastMonth);
  });

  it('keys in a late paper complaint of last month and finds it among this month end\'s corrections', async () => {
    const page = patient(await suite.pageAs(officer));
    await page.goto('/complaints/new');
    await page.getByRole('heading', { name: 'รับเรื่องร้องเรียนร้องทุกข์' }).waitFor();
    await field(page, 'ช่องทางการร้องเรียน').selectOption({ label: 'หนังสือ/จดหมาย' });
    await field(page, 'วันที่รับเรื่อง').fill(toThaiDigits(`15/${lastMonth.slice(5)}/${Number(lastMonth.slice(0, 4)) + 543}`));
    await page.getByLabel('ผู้ร้องไม่ประสงค์ออกนาม').check();
    await field(page, 'เรื่อง').fill('หนังสือร้องเรียนที่ค้างบันทึกจากเดือนก่อน');
    await field(page, 'รายละเอียด').fill('รับทางไปรษณีย์ บันทึกเข้าระบบภายหลังปิดยอดสิ้นเดือน');
    await field(page, 'ประเภทเรื่อง').selectOption({ label: 'ขอความช่วยเหลือ' });
    await field(page, 'ประเภทย่อย').selectOption({ label: 'หนี้นอกระบบ' });
    await field(page.getByRole('group', { name: 'สถานที่เกิดเหตุ' }), 'ตำบล/แขวง').selectOption('490102');
    await page.getByRole('button', { name: 'บันทึกรับเรื่อง' }).click();
    await page.waitForURL(/\/complaints\/[0-9a-f-]{36}$/);
    await suite.app.caughtUp();
    const store = suite.app.app.get<EventStore>(EVENT_STORE);
    const [nextYear, nextMonth] = bangkokMonth(1).split('-');
    // The timer freezes this month on the 1st of the next; here that freeze runs now.
    await expect(freezeEndedMonths(suite.app.db.pool, store, new Date(`${nextYear}-${nextMonth}-01T12:00:00+07:00`))).resolves.toEqual([`${thisMonth}-01`]);

    await page.goto('/complaints');
    await page.getByRole('link', { name: 'สถิติ ณ วันสิ้นเดือน' }).click();
    await page.getByRole('heading', { level: 1, name: 'สถิติ ณ วันสิ้นเดือน' }).waitFor();
    await field(page, 'เดือน').fill(typedMonth(thisMonth));
    await page.getByRole('button', { name: 'แสดง' }).click();
    const corrections = page.getByTestId('month-end-corrections').locator('tbody tr');
    await untilText(corrections.first(), new RegExp(`${monthTh(lastMonth)}\\s+เมืองมุกดาหาร\\s+ขอความช่วยเหลือ\\s+1\\s+1\\s+0\\s+0`));
    await expect(corrections.count()).resolves.toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'complaint-month-end');

    // Last month's own month end stays as it was frozen: the complaint keyed in on time only, and no corrections.
    await field(page, 'เดือน').fill(typedMonth(lastMonth));
    await page.getByRole('button', { name: 'แสดง' }).click();
    await page.getByTestId('corrections-empty').waitFor();
    await untilText(page.getByTestId('month-end-rows').locator('tbody tr').first(), /เมืองมุกดาหาร\s+ขอความช่วยเหลือ\s+1\s+1\s+0\s+0/);
  });
});
