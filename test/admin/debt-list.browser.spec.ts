import { beforeAll, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { toThaiDigits } from '../../src/shared/thai-digits.js';
import { citizenId, debtApi, registration } from '../support/debt-api.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';

/**
 * The case list of Mueang Mukdahan (4901) at `/debt-cases`: 22 debtors registered there through the four channels in
 * turn (one then transferred to Don Tan, 4903, one contacted), and one transferred in from Nikhom Kham Soi (4902).
 */

const CHANNELS = ['COUNTER', 'SELF_QR_THAID', 'THAID_APP', 'PAPER'] as const;
const LETTERS = 'กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธ';
const debtorId = (n: number) => citizenId(`3490100000${String(n).padStart(2, '0')}`);
const firstNameOf = (n: number) => (n === 5 ? 'ประภาพร' : `ลูกหนี้${LETTERS[n]}`);
const rows = (page: Page) => page.getByTestId('case-list').locator('tbody tr');
const caseIdsOn = async (page: Page) => (await rows(page).locator('td:first-child').allInnerTexts()).map((t) => t.trim());

/** Each flow drives many pages; the machines the suite runs on are shared. */
jest.setTimeout(120_000);

describeInBrowser('the debt case list in the browser', () => {
  const suite = browserSuite();
  let officer: SignedIn;
  let province: SignedIn;
  const cases: string[] = [];
  let cameIn: string;

  beforeAll(async () => {
    [officer, province] = [await suite.app.signInAs({ level: 'DISTRICT', office: '4901' }), await suite.app.signInAs({ level: 'PROVINCE', office: '49' })];
    const api = debtApi(suite.app, officer);
    for (let n = 0; n < 22; n++) {
      const channel = CHANNELS[n % 4];
      const body = await api.register(registration({
        channel, formDate: channel === 'PAPER' ? '๑๕/๑/๒๕๖๗' : null,
        debtor: { ...registration().debtor, citizenId: debtorId(n), firstName: firstNameOf(n) },
      }));
      expect(body.errors).toBeUndefined();
      cases.push(body.data.r.caseId);
    }
    expect((await api.send('recordContactAttempt', cases[1], { method: 'PHONE', reached: true, wishesMediation: 'YES' })).errors).toBeUndefined();
    const byProvince = debtApi(suite.app, province);
    expect((await byProvince.send('transferDebtCase', cases[0], { toDistrictCode: '4903', reason: 'ลูกหนี้ย้ายไปอยู่ดอนตาล' })).errors).toBeUndefined();
    const elsewhere = await byProvince.register(registration({ debtor: {
      ...registration().debtor, citizenId: citizenId('349020000001'), firstName: 'เรไร',
      address: { line: '๕ หมู่ ๒', subdistrictCode: '490201', districtCode: '4902', provinceCode: '49' },
    } }));
    cameIn = elsewhere.data.r.caseId;
    expect((await byProvince.send('transferDebtCase', cameIn, { toDistrictCode: '4901', reason: 'ลูกหนี้ย้ายมาอยู่เมือง' })).errors).toBeUndefined();
    await suite.app.caughtUp();
  });

  it('lists the district\'s cases 20 a page with the total, status and channel in Thai, and pages forward and back', async () => {
    const page = await suite.pageAs(officer);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'เรื่องลูกหนี้นอกระบบ' }).click();
    await expect(page.getByTestId('case-count').innerText()).resolves.toBe('ทั้งหมด 22 เรื่อง');
    await expect(rows(page).count()).resolves.toBe(20);
    await expect(page.getByTestId('page-number').innerText()).resolves.toBe('หน้า 1 จาก 2');
    const first = await caseIdsOn(page);
    expect(first.slice(0, 2)).toEqual([cameIn, cases[21]]);
    await expect(rows(page).filter({ hasText: cases[1] }).innerText()).resolves.toMatch(/ลูกหนี้ข[\s\S]*ลงทะเบียนด้วยตนเองผ่าน QR Code \(ThaiD\)[\s\S]*ติดต่อลูกหนี้แล้ว/);
    await expect(rows(page).filter({ hasText: cases[2] }).innerText()).resolves.toMatch(/ลงทะเบียนผ่านแอปพลิเคชัน ThaiD[\s\S]*ลงทะเบียนแล้ว[\s\S]*62,500\.50/);
    await expect(page.getByRole('button', { name: 'ลงทะเบียนลูกหนี้' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'ลงทะเบียนลูกหนี้' }).count()).resolves.toBe(2);
    await expectAccessible(page);
    await screenshot(page, 'debt-list');

    await page.getByRole('button', { name: 'หน้าถัดไป' }).click();
    await rows(page).nth(2).waitFor({ state: 'detached' });
    await expect(page.getByTestId('page-number').innerText()).resolves.toBe('หน้า 2 จาก 2');
    const second = await caseIdsOn(page);
    expect(second).toHaveLength(2);
    expect(new Set([...first, ...second])).toEqual(new Set([cameIn, ...cases.slice(1)]));
    await expect(rows(page).filter({ hasText: second[0] }).innerText()).resolves.toContain('ลงทะเบียนด้วยแบบฟอร์มกระดาษ');
    await expect(page.getByRole('button', { name: 'หน้าถัดไป' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'หน้าก่อน' }).click();
    await rows(page).nth(19).waitFor();
    await expect(page.getByTestId('page-number').innerText()).resolves.toBe('หน้า 1 จาก 2');
    expect(await caseIdsOn(page)).toEqual(first);
  });

  it('searches by a name, by a citizen id typed in Thai digits, and by a case id, each row linking to its case', async () => {
    const page = await suite.pageAs(officer);
    await page.goto('/debt-cases');
    const search = async (text: string) => {
      await field(page, 'ค้นหา').fill(text);
      await page.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    };
    await search('ประภา');
    await page.getByTestId('case-count').filter({ hasText: 'ทั้งหมด 1 เรื่อง' }).waitFor();
    expect(await caseIdsOn(page)).toEqual([cases[5]]);

    const id = toThaiDigits(debtorId(7));
    await search(`${id.slice(0, 1)}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10)}`);
    await rows(page).filter({ hasText: cases[7] }).waitFor();
    expect(await caseIdsOn(page)).toEqual([cases[7]]);
    await expect(rows(page).innerText()).resolves.toMatch(/นางลูกหนี้ช ใจดี[\s\S]*15 ม\.ค\. 2567[\s\S]*ลงทะเบียนด้วยแบบฟอร์มกระดาษ/);

    await search(cases[12].toLowerCase());
    await rows(page).filter({ hasText: cases[12] }).waitFor();
    expect(await caseIdsOn(page)).toEqual([cases[12]]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(cases[12].toLowerCase());

    await search(`${debtorId(7).slice(0, 12)}${(Number(debtorId(7)[12]) + 1) % 10}`);
    const error = page.locator(`[id="${await field(page, 'ค้นหา').getAttribute('id')}-error"]`);
    await expect(error.innerText()).resolves.toBe('เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) กรุณาตรวจสอบอีกครั้ง');

    await search(cases[12]);
    await rows(page).getByRole('link', { name: cases[12] }).click();
    await page.waitForURL(`**/debt-cases/${cases[12]}`);
    await page.getByTestId('case-page').waitFor();
  });

  it('filters by status, by channel, and by transfers in and out', async () => {
    const page = await suite.pageAs(officer);
    await page.goto('/debt-cases');
    const count = page.getByTestId('case-count');
    await count.filter({ hasText: 'ทั้งหมด 22 เรื่อง' }).waitFor();

    await field(page, 'สถานะ').selectOption({ label: 'ติดต่อลูกหนี้แล้ว' });
    await count.filter({ hasText: 'ทั้งหมด 1 เรื่อง' }).waitFor();
    expect(await caseIdsOn(page)).toEqual([cases[1]]);
    await field(page, 'สถานะ').selectOption({ label: 'ทั้งหมด' });
    await count.filter({ hasText: 'ทั้งหมด 22 เรื่อง' }).waitFor();

    await field(page, 'ช่องทางการลงทะเบียน').selectOption({ label: 'ลงทะเบียนด้วยแบบฟอร์มกระดาษ' });
    await count.filter({ hasText: 'ทั้งหมด 5 เรื่อง' }).waitFor();
    expect((await caseIdsOn(page)).sort()).toEqual([3, 7, 11, 15, 19].map((n) => cases[n]).sort());
    await field(page, 'ช่องทางการลงทะเบียน').selectOption({ label: 'ทั้งหมด' });
    await count.filter({ hasText: 'ทั้งหมด 22 เรื่อง' }).waitFor();

    await field(page, 'การส่งต่อ').selectOption({ label: 'รับโอนมาจากอำเภอ/เขตอื่น' });
    await count.filter({ hasText: 'ทั้งหมด 1 เรื่อง' }).waitFor();
    await expect(rows(page).innerText()).resolves.toMatch(new RegExp(`${cameIn}[\\s\\S]*นางเรไร ใจดี[\\s\\S]*เมืองมุกดาหาร\\s*รับโอนจาก นิคมคำสร้อย`));

    await field(page, 'การส่งต่อ').selectOption({ label: 'ส่งต่อไปอำเภอ/เขตอื่นแล้ว' });
    await count.filter({ hasText: 'ส่งต่อไปแล้ว 1 เรื่อง' }).waitFor();
    await expect(page.getByTestId('handed-over-list').locator('tbody tr').innerText())
      .resolves.toMatch(new RegExp(`${cases[0]}[\\s\\S]*ส่งต่อ[\\s\\S]*อำเภอเมืองมุกดาหาร[\\s\\S]*อำเภอดอนตาล`));
    await expect(page.getByTestId('handed-over-list').getByRole('link').count()).resolves.toBe(0);
    await expect(field(page, 'ค้นหา').isDisabled()).resolves.toBe(true);
    await expectAccessible(page);
  });

  it('shows a province officer the cases of every district of the province, with no registration', async () => {
    const page = await suite.pageAs(province);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'เรื่องลูกหนี้นอกระบบ' }).click();
    await expect(page.getByTestId('case-count').innerText()).resolves.toBe('ทั้งหมด 23 เรื่อง');
    await field(page, 'ค้นหา').fill(cases[0]);
    await page.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    await page.getByTestId('case-count').filter({ hasText: 'ทั้งหมด 1 เรื่อง' }).waitFor();
    await expect(rows(page).innerText()).resolves.toMatch(/ดอนตาล\s*รับโอนจาก เมืองมุกดาหาร/);
    await expect(page.getByRole('link', { name: 'ลงทะเบียนลูกหนี้' }).count()).resolves.toBe(0);
    await page.goto('/debt-cases/new');
    await page.getByRole('heading', { name: 'ไม่มีสิทธิ์เข้าถึง' }).waitFor();
  });
});
