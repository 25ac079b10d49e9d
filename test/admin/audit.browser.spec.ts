import { beforeAll, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { RECEIVE, citizenId, receiveInput } from '../support/complaint-fixtures.js';
import { debtApi, registration } from '../support/debt-api.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';

/** The auditor (ผู้ตรวจสอบ): finds any case of any office, reads it whole and its history, and is offered nothing to change. */

const toThaiDigits = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
const ACCOUNT = 'query ($id: ID!) { staffAccount(id: $id) { title firstName lastName } }';
const SEARCH = 'เลขที่เรื่อง รหัสติดตามเรื่อง เลขประจำตัวประชาชน หรือชื่อ';
/** A flow of two pages, each checked by axe, on a machine the suites share. */
const FLOW_MS = 150_000;

describeInBrowser('the auditor in the browser', () => {
  const suite = browserSuite();
  let auditor: SignedIn;
  /** A deputy district chief of Mueang Mukdahan (4901) and an officer of Mueang Ratchaburi (7001). */
  let deputyName: string;
  let ratchaburiName: string;
  let caseId: string;
  let complaint: { complaintId: string; trackingCode: string };

  const nameOf = async (account: SignedIn) => {
    const { data } = await suite.app.admin.graphql(ACCOUNT, { id: account.accountId });
    return `${data.staffAccount.title}${data.staffAccount.firstName} ${data.staffAccount.lastName}`;
  };

  /** The buttons the page offers, by name: nothing but signing out. */
  // The buttons that act (the side menu's section headings only fold it, and are left out).
  const buttonsOf = (page: Page) => page.getByRole('button').evaluateAll((all) => all.filter((b) => !b.closest('nav'))
    .map((b) => b.textContent?.trim() || b.getAttribute('aria-label')));

  beforeAll(async () => {
    const [deputy, ratchaburi] = await Promise.all([
      suite.app.signInAs({ level: 'DISTRICT', office: '4901', position: 'DEPUTY_DISTRICT_CHIEF' }),
      suite.app.signInAs({ level: 'DISTRICT', office: '7001' }),
    ]);
    auditor = await suite.app.signInAs({ level: 'AUDITOR', position: 'LEGAL_OFFICER' });
    [deputyName, ratchaburiName] = await Promise.all([nameOf(deputy), nameOf(ratchaburi)]);
    const api = debtApi(suite.app, deputy);
    caseId = (await api.register(registration())).data.r.caseId;
    expect((await api.send('recordContactAttempt', caseId, { method: 'PHONE', reached: true, wishesMediation: 'YES' })).errors).toBeUndefined();
    const received = await ratchaburi.graphql(RECEIVE, { input: receiveInput({ citizenId: citizenId('150990012345'), firstName: 'ประภาพร' }) });
    complaint = received.data.receiveComplaint.complaint;
    await suite.app.caughtUp();
  });

  it('finds a debt case of another province by its id and reads who changed what, offered nothing to change', async () => {
    const page = await suite.pageAs(auditor);
    await page.goto('/');
    await page.getByRole('heading', { name: 'ค้นหาเรื่อง' }).waitFor();
    await field(page, SEARCH).fill(toThaiDigits(caseId.toLowerCase()));
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    const found = page.getByTestId('found-cases');
    await expect(found.innerText()).resolves.toMatch(new RegExp(`หนี้นอกระบบ\\s+${caseId}\\s+ลูกหนี้ นางสมหญิง ใจดี\\s+ติดต่อลูกหนี้แล้ว\\s+อำเภอเมืองมุกดาหาร จังหวัดมุกดาหาร`));
    await expectAccessible(page);
    await screenshot(page, 'audit-find');

    await found.getByRole('link', { name: caseId }).click();
    await page.waitForURL(`**/audit/debt/${caseId}`);
    const entries = page.getByTestId('history-entry');
    await entries.nth(1).waitFor();
    await expect(entries.count()).resolves.toBe(2);
    const [registered, contacted] = await entries.allInnerTexts();
    expect(registered).toContain('1. ลงทะเบียนลูกหนี้นอกระบบ');
    expect(registered).toContain(`${deputyName} · ปลัดอำเภอ · อำเภอเมืองมุกดาหาร`);
    expect(registered).toMatch(/เลขประจำตัวประชาชนลูกหนี้\s+—\s+1101700207030/);
    expect(registered).toMatch(/\d{1,2} [ก-๙.]+ 25\d\d \d\d:\d\d น\./);
    expect(contacted).toContain('2. บันทึกการติดต่อลูกหนี้');
    expect(contacted).toMatch(/สถานะ\s+ลงทะเบียนแล้ว\s+ติดต่อลูกหนี้แล้ว/);
    await expect(page.getByTestId('case-facts').innerText()).resolves.toMatch(/สถานะ\s+ติดต่อลูกหนี้แล้ว[\s\S]*ยอดหนี้คงค้างรวม\s+62,500.50 บาท/);
    // The auditor's own reading of the debtor is in the case's read log, named as the history names officers.
    await page.reload();
    const auditorName = await nameOf(auditor);
    await expect(page.getByTestId('personal-data-reads').innerText()).resolves.toMatch(new RegExp(`${auditorName}\\s+นิติกร · กรมการปกครอง \\(ส่วนกลาง\\)`));
    await expect(buttonsOf(page)).resolves.toEqual(['ออกจากระบบ']);
    await expectAccessible(page);
    await screenshot(page, 'audit-case');
  }, FLOW_MS);

  it('finds a complaint by its tracking code typed in Thai digits and reads its history', async () => {
    const page = await suite.pageAs(auditor);
    await page.goto(`/audit?q=${encodeURIComponent(toThaiDigits(complaint.trackingCode.toLowerCase().replace(/-/g, ' ')))}`);
    const found = page.getByTestId('found-cases');
    await expect(found.innerText()).resolves.toMatch(/เรื่องร้องเรียน\s+\S+\s+ถนนในหมู่บ้านชำรุดเป็นหลุมบ่อ\s+รับเรื่องแล้ว\s+ศูนย์ดำรงธรรมอำเภอเมืองราชบุรี/);
    await found.getByRole('link', { name: complaint.trackingCode }).click();
    await page.waitForURL(`**/audit/complaint/${complaint.complaintId}`);
    await page.getByTestId('history-entry').first().waitFor();
    const [received] = await page.getByTestId('history-entry').allInnerTexts();
    expect(received).toContain('1. รับเรื่องร้องเรียนร้องทุกข์');
    expect(received).toContain(ratchaburiName);
    expect(received).toContain('อำเภอเมืองราชบุรี');
    expect(received).toMatch(/ชื่อผู้ร้อง\s+—\s+ประภาพร/);
    await expect(page.getByTestId('case-facts').innerText()).resolves.toMatch(/ผู้ร้อง\s+นางประภาพร ใจดีมาก/);
    await expect(buttonsOf(page)).resolves.toEqual(['ออกจากระบบ']);
    await expectAccessible(page);
  }, FLOW_MS);

  it('finds a debtor\'s cases by citizen id, and says so when nothing matches', async () => {
    const page = await suite.pageAs(auditor);
    await page.goto(`/audit?q=${encodeURIComponent('๑-๑๐๑๗-๐๐๒๐๗-๐๓-๐')}`);
    await page.getByTestId('found-cases').waitFor();
    await expect(page.getByTestId('found-cases').getByRole('link').allInnerTexts()).resolves.toEqual([caseId]);
    await field(page, SEARCH).fill('DEBT-0000-0000-0000');
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await expect(page.getByTestId('found-nothing').innerText()).resolves.toBe('ไม่พบเรื่องที่ตรงกับ “DEBT-0000-0000-0000”');
  });
});
