import fs from 'node:fs/promises';
import { beforeAll, expect, it } from '@jest/globals';
import { debtApi, registration } from '../support/debt-api.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';

/** The auditor replays a case: its timeline with who acted then, its state at a chosen moment, and its export. */

const toThaiDigits = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
const ACCOUNT = 'query ($id: ID!) { staffAccount(id: $id) { title firstName lastName } }';
/** Bangkok's date a number of days from now, typed as d/m/yyyy in the Buddhist Era. */
const typedBangkokDay = (days: number) => {
  const [y, m, d] = new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10).split('-').map(Number);
  return `${d}/${m}/${y + 543}`;
};
const FLOW_MS = 180_000;

describeInBrowser('replaying a case in the browser', () => {
  const suite = browserSuite();
  let auditor: SignedIn;
  let receivingName: string;
  let caseId: string;

  beforeAll(async () => {
    const [deputy, receiving] = await Promise.all([
      suite.app.signInAs({ level: 'DISTRICT', office: '4901', position: 'DEPUTY_DISTRICT_CHIEF' }),
      suite.app.signInAs({ level: 'DISTRICT', office: '4902' }),
    ]);
    auditor = await suite.app.signInAs({ level: 'AUDITOR', position: 'LEGAL_OFFICER' });
    const { data } = await suite.app.admin.graphql(ACCOUNT, { id: receiving.accountId });
    receivingName = `${data.staffAccount.title}${data.staffAccount.firstName} ${data.staffAccount.lastName}`;
    caseId = (await debtApi(suite.app, deputy).register(registration())).data.r.caseId;
    expect((await debtApi(suite.app, deputy).send('transferDebtCase', caseId, { toDistrictCode: '4902', reason: 'ลูกหนี้ย้ายไปอยู่นิคมคำสร้อย' })).errors).toBeUndefined();
    expect((await debtApi(suite.app, receiving).send('recordContactAttempt', caseId, { method: 'PHONE', reached: true, wishesMediation: 'YES' })).errors).toBeUndefined();
  });

  it('shows the timeline with the office of the time, the case at a version or a Buddhist-Era instant, and downloads it', async () => {
    const page = await suite.pageAs(auditor);
    await page.goto(`/audit/debt/${caseId}`);
    await page.getByRole('link', { name: /ย้อนดูเรื่อง ณ เวลาใดก็ได้/ }).click();
    await page.waitForURL(`**/audit/replay/${caseId}`);
    // The replay page's own timeline: the case page's one is gone once the replay page has loaded.
    const entries = page.getByTestId('case-replay').getByTestId('history-entry');
    await entries.nth(2).waitFor();
    const [registered, transferred, contacted] = await entries.allInnerTexts();
    expect(registered).toContain('ปลัดอำเภอ · อำเภอเมืองมุกดาหาร');
    expect(transferred).toMatch(/อำเภอ\/เขตที่รับผิดชอบ\s+4901 อำเภอเมืองมุกดาหาร\s+4902 อำเภอนิคมคำสร้อย/);
    expect(contacted).toContain(`${receivingName} · เจ้าพนักงานปกครอง · อำเภอนิคมคำสร้อย`);
    expect(contacted).toMatch(/คำสั่ง \S+ · correlation \S+/);
    const asOf = page.getByTestId('case-as-of');
    await expect(asOf.innerText()).resolves.toMatch(/ฉบับที่\s+3 จาก 3[\s\S]*อำเภอที่ดูแล\s+อำเภอนิคมคำสร้อย/);
    await expectAccessible(page);
    await screenshot(page, 'case-replay');

    await field(page, 'ฉบับที่ (จำนวนเหตุการณ์)').fill('๑');
    await page.getByRole('button', { name: 'แสดงเรื่อง ณ เวลานั้น' }).click();
    await expect(asOf.filter({ hasText: '1 จาก 3' }).innerText()).resolves.toMatch(/สถานะ\s+ลงทะเบียนแล้ว[\s\S]*อำเภอที่ดูแล\s+อำเภอเมืองมุกดาหาร/);

    await page.getByText('ตามวันและเวลา').click();
    await field(page, 'วันและเวลา (พ.ศ.)').fill(toThaiDigits(`${typedBangkokDay(-1)} 12:00`));
    await page.getByRole('button', { name: 'แสดงเรื่อง ณ เวลานั้น' }).click();
    await expect(asOf.filter({ hasText: 'ยังไม่มีเรื่องนี้' }).innerText()).resolves.toContain('ฉบับที่ 0 จาก 3');
    await field(page, 'วันและเวลา (พ.ศ.)').fill(`${typedBangkokDay(0)} 23:59`);
    await page.getByRole('button', { name: 'แสดงเรื่อง ณ เวลานั้น' }).click();
    await expect(asOf.filter({ hasText: '3 จาก 3' }).innerText()).resolves.toContain('ติดต่อลูกหนี้แล้ว');
    await field(page, 'วันและเวลา (พ.ศ.)').fill('31/2/2569');
    await page.getByRole('button', { name: 'แสดงเรื่อง ณ เวลานั้น' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('วว/ดด/ปปปป ชช:นน');
    await expectAccessible(page);

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'ดาวน์โหลด PDF' }).click()]);
    expect(pdf.suggestedFilename()).toBe(`ประวัติเรื่อง-${caseId}.pdf`);
    expect((await fs.readFile((await pdf.path())!)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'ดาวน์โหลด JSON' }).click()]);
    const exported = JSON.parse(await fs.readFile((await json.path())!, 'utf8'));
    expect([exported.caseId, exported.events.length]).toEqual([caseId, 3]);
  }, FLOW_MS);
});
