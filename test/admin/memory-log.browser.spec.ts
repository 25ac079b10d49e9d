import { it, jest } from '@jest/globals';
import { describeInBrowser, expectAccessible, field } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { patient, untilText } from './support/centre-pages.js';

/** On a log other than PostgreSQL's, the tamper-evidence pages say in Thai that the check needs the PostgreSQL log. */

jest.setTimeout(240_000);

describeInBrowser('tamper evidence off the PostgreSQL log, in the browser', () => {
  const suite = browserSuite({ env: { EVENT_STORE: 'memory' } });

  it('shows an auditor and a district officer why the log and a printed code cannot be checked', async () => {
    const auditor = await suite.app.signInAs({ level: 'AUDITOR' });
    const page = patient(await suite.pageAs(auditor));
    await page.goto('/log-integrity');
    await page.getByRole('button', { name: 'เริ่มตรวจสอบ' }).click();
    await untilText(page.getByTestId('form-errors'), 'การตรวจสอบความถูกต้องของบันทึกเหตุการณ์ (ห่วงโซ่ค่าแฮชและตราผนึก) ใช้ได้เฉพาะเมื่อเก็บบันทึกเหตุการณ์ใน PostgreSQL');
    await expectAccessible(page);

    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4902' });
    const other = patient(await suite.pageAs(officer));
    await other.goto('/verify-report');
    await field(other, 'รหัสตรวจสอบ').fill('AAAAA-AAAAA');
    await other.getByRole('button', { name: 'ตรวจสอบ', exact: true }).click();
    await untilText(other.getByTestId('form-errors'), 'การตรวจสอบรายงานด้วยรหัส ใช้ได้เฉพาะเมื่อเก็บบันทึกเหตุการณ์ใน PostgreSQL (EVENT_STORE=postgres)');
    await expectAccessible(other);
  });
});
