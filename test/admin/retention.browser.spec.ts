import { beforeAll, expect, it, jest } from '@jest/globals';
import { closeCase, pastDebtCases } from '../support/retention-cases.js';
import { pastRecords } from '../support/retention-records.js';
import { describeInBrowser, expectAccessible, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { patient, untilText } from './support/centre-pages.js';

/**
 * `/retention`: a central administrator reads the rules in force, what is due and what expires within 30 days, runs
 * the erasure now and finds the run in the list, each rule with its period and its counts: debt cases, complaints,
 * leaflet permits, authorised business filers and staff accounts. The service's clock is in 2037; the cases, the
 * refused permit and the revoked filer ended years before, the staff account was suspended in 2036.
 */
jest.setTimeout(180_000);

describeInBrowser('the retention of personal data in the browser', () => {
  const suite = browserSuite({ clockStart: new Date('2037-06-01T10:00:00+07:00') });

  beforeAll(async () => {
    const { caseOf } = pastDebtCases(suite.app, 'RTB1');
    await caseOf('2026-03-01T09:00:00+07:00', [closeCase('2026-05-01T10:00:00+07:00')]);
    await caseOf('2027-05-01T09:00:00+07:00', [closeCase('2027-06-10T10:00:00+07:00')]);
    const records = pastRecords(suite.app, 'RTB2');
    await records.permitOf('2026-01-05T09:00:00+07:00', ['2026-01-20', '2026-01-31'], { refusedAt: '2026-01-10T10:00:00+07:00' });
    await records.filerOf(931, '2025-01-10T09:00:00+07:00', '2026-01-10T10:00:00+07:00');
    await records.accountOf('2030-01-05T09:00:00+07:00', '2036-01-05T10:00:00+07:00');
    await suite.app.caughtUp();
  });

  it('shows the rules, what is due and what comes within 30 days, runs the erasure now and lists the run', async () => {
    const page = patient(await suite.pageAs(suite.app.admin));
    await page.goto('/');
    // In the side menu (below the fold of a 768 px window, since the menu grew: opened by its address).
    await page.getByRole('link', { name: 'ระยะเวลาเก็บรักษาข้อมูลส่วนบุคคล' }).waitFor({ state: 'attached' });
    await page.goto('/retention');
    await page.getByRole('heading', { level: 1, name: 'ระยะเวลาเก็บรักษาข้อมูลส่วนบุคคล' }).waitFor();
    await untilText(page.getByTestId('retention-rules'), /เรื่องลูกหนี้นอกระบบ\s+10 ปี นับจากวันที่ยุติเรื่อง\s+1\s+0\s+1/);
    await untilText(page.getByTestId('retention-rules'), /เรื่องร้องเรียนร้องทุกข์\s+10 ปี นับจากวันที่แก้ไขแล้วหรือยุติเรื่อง\s+0\s+0\s+0/);
    await untilText(page.getByTestId('retention-rules'), /คำขออนุญาตแจกใบปลิว\s+10 ปี นับจากวันที่ไม่อนุญาตหรือวันสุดท้ายที่อนุญาตให้แจก\s+1\s+0\s+0/);
    await untilText(page.getByTestId('retention-rules'), /ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคล\s+10 ปี นับจากวันที่เพิกถอนสิทธิ์\s+1\s+0\s+0/);
    await untilText(page.getByTestId('retention-rules'), /บัญชีเจ้าหน้าที่ที่พ้นหน้าที่\s+1 ปี นับจากวันที่ระงับการใช้งาน\s+1\s+0\s+0/);
    await expect(page.getByText('ยังไม่เคยลบข้อมูลตามระยะเวลาเก็บรักษา').count()).resolves.toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'retention-before');

    await page.getByRole('button', { name: 'ลบข้อมูลที่ครบกำหนดทันที' }).click();
    await untilText(page.getByTestId('retention-notice'), 'ลบข้อมูลแล้ว: เรื่องลูกหนี้นอกระบบ 1 เรื่อง, เรื่องร้องเรียนร้องทุกข์ 0 เรื่อง, '
      + 'คำขออนุญาตแจกใบปลิว 1 คำขอ, ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคล 1 ราย, บัญชีเจ้าหน้าที่ที่พ้นหน้าที่ 1 บัญชี');
    await untilText(page.getByTestId('retention-runs'), /ผู้ดูแลระบบสั่งทันที[\s\S]*เสร็จ[\s\S]*เรื่องลูกหนี้นอกระบบ: ลบ 1 ระงับ 0/);
    await untilText(page.getByTestId('retention-runs'), /คำขออนุญาตแจกใบปลิว: ลบ 1 ระงับ 0[\s\S]*ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคล: ลบ 1 ระงับ 0[\s\S]*บัญชีเจ้าหน้าที่ที่พ้นหน้าที่: ลบ 1 ระงับ 0/);
    await untilText(page.getByTestId('retention-rules'), /คำขออนุญาตแจกใบปลิว\s+10 ปี นับจากวันที่ไม่อนุญาตหรือวันสุดท้ายที่อนุญาตให้แจก\s+0\s+0\s+0/);
    await untilText(page.getByTestId('retention-rules'), /เรื่องลูกหนี้นอกระบบ\s+10 ปี นับจากวันที่ยุติเรื่อง\s+0\s+0\s+1/);
    await screenshot(page, 'retention-after');
  });

  it('is not in a district officer\'s menu', async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4901' });
    const page = patient(await suite.pageAs(officer));
    await page.goto('/');
    await page.getByRole('navigation').first().waitFor();
    await expect(page.getByRole('link', { name: 'ระยะเวลาเก็บรักษาข้อมูลส่วนบุคคล' }).count()).resolves.toBe(0);
  });
});
