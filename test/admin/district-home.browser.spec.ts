import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { debtApi, registration } from '../support/debt-api.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, screenshot } from './support/browser.js';
import { browserSuite, type BrowserSuite } from './support/browser-suite.js';

/** A district officer's home page: the district's figures now, its line of the day's report, and the time left to 15:00. */

/** A flow of several pages on a machine the suites share. */
const FLOW_MS = 180_000;

/** The service with its clock started at `clockStart` and Chromium, an officer of Mueang Mukdahan (4901), and its home page. */
function onClock(clockStart: string) {
  const suite = browserSuite({ clockStart: new Date(clockStart) });
  const state = { suite } as { suite: BrowserSuite; officer: SignedIn };
  beforeAll(async () => {
    state.officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4901' });
  });
  return state;
}

async function home(suite: BrowserSuite, officer: SignedIn): Promise<Page> {
  const page = await suite.pageAs(officer);
  await page.goto('/');
  await page.getByTestId('time-left').waitFor();
  await page.getByTestId('daily-report').getByRole('table').waitFor();
  return page;
}

const figure = (page: Page, key: string) => page.getByTestId(`count-${key}`).innerText().then((t) => t.split('\n').filter(Boolean));
const reportLine = (page: Page, label: string) => page.getByTestId('daily-report-row').getByRole('row', { name: label }).innerText()
  .then((t) => t.split('\t').map((cell) => cell.trim()));

describeInBrowser('the district home page', () => {
  describe('on a working day before 15:00 (Friday 7 March 2568, 10:00)', () => {
    const s = onClock('2025-03-07T10:00:00+07:00');

    it('shows the district\'s figures, its line of the provisional report and the time left to 15:00', async () => {
      const api = debtApi(s.suite.app, s.officer);
      const registered = await api.register(registration());
      expect(registered.errors).toBeUndefined();
      expect((await api.send('recordContactAttempt', registered.data.r.caseId, { method: 'PHONE', reached: true, wishesMediation: 'YES' })).errors)
        .toBeUndefined();
      await s.suite.app.caughtUp();
      const page = await home(s.suite, s.officer);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('หน้าหลัก · ศูนย์ดำรงธรรมอำเภอเมืองมุกดาหาร');
      await expect(figure(page, 'registered')).resolves.toEqual(['ยอดลงทะเบียน', '1']);
      await expect(figure(page, 'contacted')).resolves.toEqual(['ติดต่อแล้ว', '1']);
      await expect(figure(page, 'wishingMediation')).resolves.toEqual(['ประสงค์ไกล่เกลี่ย', '1']);
      await expect(figure(page, 'agreed')).resolves.toEqual(['ไกล่เกลี่ยสำเร็จ', '0']);
      const cutOff = await page.getByTestId('cut-off').innerText();
      expect(cutOff).toContain('รายงานประจำวันที่ 7 มีนาคม 2568 ปิดยอดเวลา 15:00 น.');
      expect(cutOff).not.toContain('วันหยุด');
      await expect(page.getByTestId('time-left').innerText()).resolves.toMatch(/^(4 ชั่วโมง 5\d|5 ชั่วโมง 0) นาที$/);
      const report = await page.getByTestId('daily-report').innerText();
      expect(report).toContain('รายงานผลการไกล่เกลี่ยประจำวัน 7 มีนาคม 2568');
      expect(report).toContain('ยอดชั่วคราว ยังไม่ปิดยอด');
      expect(report).toContain('ถึง 7 มีนาคม 2568 15:00 น.');
      await expect(reportLine(page, 'ลงทะเบียน')).resolves.toEqual(['ลงทะเบียน', '1', '1']);
      await expect(reportLine(page, 'ติดต่อลูกหนี้ได้')).resolves.toEqual(['ติดต่อลูกหนี้ได้', '1', '1']);
      await expectAccessible(page);
      await screenshot(page, 'district-home');
    }, FLOW_MS);
  });

  describe('on a holiday (Father\'s Day, Friday 5 December 2568)', () => {
    const s = onClock('2025-12-05T10:00:00+07:00');

    it('names the holiday and counts down to the next working day\'s cut-off', async () => {
      const page = await home(s.suite, s.officer);
      const cutOff = await page.getByTestId('cut-off').innerText();
      expect(cutOff).toMatch(/วันนี้ 5 ธันวาคม 2568 เป็นวันหยุดราชการ \([^)]*พ่อ[^)]*\) วันทำการถัดไปคือ 8 ธันวาคม 2568/);
      expect(cutOff).toContain('รายงานประจำวันที่ 8 ธันวาคม 2568 ปิดยอดเวลา 15:00 น.');
      await expect(page.getByTestId('time-left').innerText()).resolves.toMatch(/^3 วัน (4 ชั่วโมง 5\d|5 ชั่วโมง 0) นาที$/);
      await expect(page.getByTestId('daily-report').innerText()).resolves.toContain('รายงานผลการไกล่เกลี่ยประจำวัน 8 ธันวาคม 2568');
      await expect(figure(page, 'registered')).resolves.toEqual(['ยอดลงทะเบียน', '0']);
      await expectAccessible(page);
    }, FLOW_MS);
  });
});
