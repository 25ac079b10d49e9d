import { beforeAll, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { citizenId, debtApi, registration } from '../support/debt-api.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { patient, untilText } from './support/centre-pages.js';

/**
 * `/projections`, rebuilds: a central administrator verifies a projection against the log, finds a row changed
 * behind the projection's back named by its key, rebuilds it with the difference accepted, and undoes the swap.
 */

jest.setTimeout(240_000);

describeInBrowser('projection rebuilds in the browser', () => {
  const suite = browserSuite();
  let caseId: string;
  beforeAll(async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4901' });
    const api = debtApi(suite.app, officer);
    for (let n = 0; n < 3; n++) {
      const body = await api.register(registration({ debtor: { ...registration().debtor, citizenId: citizenId(`14901000010${n}`) } }));
      expect(body.errors).toBeUndefined();
      caseId = body.data.r.caseId;
    }
    await suite.app.caughtUp();
  });

  async function rebuildsAs(who: SignedIn): Promise<Page> {
    const page = patient(await suite.pageAs(who));
    await page.goto('/projections');
    await page.getByTestId('projections').waitFor();
    return page;
  }

  /** Starts a run from the form and waits until the newest run has ended; returns that run's element. */
  async function run(page: Page, options: { verifyOnly: boolean; accept?: boolean }) {
    await field(page, 'ตารางสรุป').selectOption('debt-cases');
    const verifyOnly = page.getByLabel('ตรวจสอบเท่านั้น (ไม่เปลี่ยนแปลงตารางที่ใช้งาน)');
    if ((await verifyOnly.isChecked()) !== options.verifyOnly) await verifyOnly.click();
    if (options.accept) await page.getByLabel('สลับแม้พบข้อมูลไม่ตรงกัน').check();
    const before = await page.locator('article').count();
    await page.getByRole('button', { name: options.verifyOnly ? 'เริ่มตรวจสอบ' : 'เริ่มสร้างใหม่' }).click();
    await untilText(page.getByTestId('rebuild-notice'), options.verifyOnly ? 'เริ่มตรวจสอบแล้ว' : 'เริ่มสร้างใหม่แล้ว');
    for (const until = Date.now() + 60_000; (await page.locator('article').count()) <= before;) {
      if (Date.now() > until) throw new Error('the run did not appear');
      await page.waitForTimeout(200);
    }
    const newest = page.locator('article').first();
    await untilText(newest.getByTestId('rebuild-state'), /^(ตรงกัน|ไม่ตรงกัน|สลับแล้ว|ล้มเหลว|ถูกทิ้ง)$/, 90_000);
    return newest;
  }

  it('verifies a projection against the log, names a row changed behind its back, rebuilds it and undoes the swap', async () => {
    const page = await rebuildsAs(suite.app.admin);
    await untilText(page.getByTestId('rebuilds-empty'), 'ยังไม่เคย');

    const clean = await run(page, { verifyOnly: true });
    await expect(clean.getByTestId('rebuild-state').innerText()).resolves.toBe('ตรงกัน');
    await expect(clean.getByTestId('rebuild-part-debt-cases').getByTestId('differences').innerText()).resolves.toBe('0');

    // A row of the live case list changed with SQL: the log says otherwise.
    await suite.app.db.pool.query(`UPDATE debt_cases SET debtor_first_name = 'แก้ไขตรง' WHERE case_id = $1`, [caseId]);
    const drifted = await run(page, { verifyOnly: true });
    await expect(drifted.getByTestId('rebuild-state').innerText()).resolves.toBe('ไม่ตรงกัน');
    const part = drifted.getByTestId('rebuild-part-debt-cases');
    await expect(part.getByTestId('differences').innerText()).resolves.toMatch(/^1\b/);
    await expect(part.getByTestId('difference').innerText()).resolves.toMatch(new RegExp(`debt_cases case_id=${caseId}: ค่าต่างกัน.*debtor_first_name`));
    await expect(part.getByRole('button', { name: 'ย้อนกลับเป็นตารางเดิม' }).count()).resolves.toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'projection-rebuilds');

    const swapped = await run(page, { verifyOnly: false, accept: true });
    await expect(swapped.getByTestId('rebuild-state').innerText()).resolves.toBe('สลับแล้ว');
    const firstName = async () => (await suite.app.db.pool.query('SELECT debtor_first_name FROM debt_cases WHERE case_id = $1', [caseId])).rows[0].debtor_first_name;
    await expect(firstName()).resolves.not.toBe('แก้ไขตรง');

    await swapped.getByRole('button', { name: 'ย้อนกลับเป็นตารางเดิม' }).click();
    await untilText(page.getByTestId('rebuild-notice'), 'ย้อน debt-cases กลับเป็นตารางเดิมแล้ว');
    await expect(firstName()).resolves.toBe('แก้ไขตรง');
  });

  it('shows an auditor the projections with no rebuild controls', async () => {
    const auditor = await suite.app.signInAs({ level: 'AUDITOR', position: 'LEGAL_OFFICER' });
    const page = await rebuildsAs(auditor);
    await expect(page.getByRole('heading', { name: 'การสร้างใหม่และการตรวจสอบ' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /เริ่มสร้างใหม่|เริ่มตรวจสอบ/ }).count()).resolves.toBe(0);
  });
});
