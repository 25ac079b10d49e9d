import { beforeAll, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { CHANGE, RECEIVE, receiveInput } from '../support/complaint-fixtures.js';
import { OWN_PASSWORD, type SignedIn } from '../support/test-app.js';
import {
  describeInBrowser, expectAccessible, field, screenshot, signInThroughPage,
} from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { besideField, patient, toThaiDigits, untilText, withCheckDigit } from './support/centre-pages.js';

/**
 * Tambon teams (ชุดปฏิบัติการประจำตำบล) in the browser: the district administrator registers a member of the team of
 * Na Mueang (700101) on `/staff`; the member signs in on a phone, sees only the complaints assigned to the team on
 * เรื่องของฉัน and records progress there; district staff filter the complaint list by assignee.
 */

jest.setTimeout(300_000);

const ASSIGN = `mutation ($input: AssignComplaintInput!) { assignComplaint(input: $input) { ${CHANGE} } }`;
const PHONE = { width: 390, height: 844 };

describeInBrowser('tambon teams in the browser', () => {
  const suite = browserSuite();
  let districtAdmin: SignedIn;
  let officer: SignedIn;
  const tracking = {} as Record<'mine' | 'other' | 'none', string>;

  async function receive(subject: string, subdistrictCode: string | null): Promise<string> {
    const body = await officer.graphql(RECEIVE, { input: receiveInput({ subject, accused: null }) });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    const { complaintId, trackingCode } = body.data.receiveComplaint.complaint;
    if (subdistrictCode) {
      const assigned = await officer.graphql(ASSIGN, { input: { complaintId, assignee: { kind: 'TAMBON_TEAM', subdistrictCode } } });
      if (assigned.errors) throw new Error(JSON.stringify(assigned.errors));
    }
    return trackingCode;
  }

  beforeAll(async () => {
    districtAdmin = await suite.app.signInAs({ level: 'DISTRICT', office: '7001', administrator: true, position: 'DEPUTY_DISTRICT_CHIEF' });
    officer = await suite.app.signInAs({ level: 'DISTRICT', office: '7001' });
    tracking.mine = await receive('ท่อระบายน้ำอุดตันหน้าตลาด', '700101');
    tracking.other = await receive('ไฟส่องสว่างดับทั้งซอย', '700102');
    tracking.none = await receive('เสียงดังจากโรงงานยามดึก', null);
    await suite.app.caughtUp();
  });

  it('the district administrator registers a team member, who signs in on a phone and records progress on the team\'s complaint only', async () => {
    const admin = patient(await suite.pageAs(districtAdmin));
    await admin.goto('/');
    await admin.getByRole('link', { name: 'บัญชีผู้ใช้งาน' }).click();
    await field(admin, 'หน่วยงาน').selectOption('700101');
    await admin.getByRole('heading', { level: 2, name: 'ชุดปฏิบัติการประจำตำบลหน้าเมือง อำเภอเมืองราชบุรี' }).waitFor();
    await admin.getByRole('button', { name: 'สร้างบัญชีผู้ใช้งาน' }).click();
    const dialog = admin.getByRole('dialog');
    const citizenId = withCheckDigit('370010000101');
    await field(dialog, 'เลขประจำตัวประชาชน').fill(toThaiDigits(citizenId));
    await field(dialog, 'คำนำหน้านาม').fill('นาย');
    await field(dialog, 'ชื่อ').fill('สมชาย');
    await field(dialog, 'นามสกุล').fill('ลงพื้นที่');
    await field(dialog, 'โทรศัพท์สำนักงาน').fill('๐๓๒ ๓๓๗ ๐๐๖');
    await dialog.getByRole('button', { name: 'สร้างบัญชี' }).click();
    await untilText(dialog.getByTestId('one-time-password'), new RegExp(`นายสมชาย ลงพื้นที่[\\s\\S]*${citizenId}`));
    const password = (await dialog.getByTestId('one-time-password-value').innerText()).trim();
    await expectAccessible(admin);
    await dialog.getByRole('button', { name: 'เสร็จสิ้น' }).click();
    await untilText(admin.getByTestId(`staff-account-${citizenId}`), /นายสมชาย ลงพื้นที่[\s\S]*ใช้งานได้/);

    const context = await suite.browser.newContext({
      baseURL: suite.app.base, viewport: PHONE, isMobile: true, hasTouch: true, locale: 'th-TH', timezoneId: 'Asia/Bangkok', reducedMotion: 'reduce',
    });
    const phone = patient(await context.newPage());
    await phone.goto('/sign-in');
    await signInThroughPage(phone, toThaiDigits(citizenId), password);
    await phone.waitForURL('**/change-password');
    await field(phone, 'รหัสผ่านปัจจุบัน').fill(password);
    await field(phone, 'รหัสผ่านใหม่').fill(OWN_PASSWORD);
    await field(phone, 'ยืนยันรหัสผ่านใหม่').fill(OWN_PASSWORD);
    await phone.getByRole('button', { name: 'บันทึกรหัสผ่าน' }).click();

    await phone.getByRole('heading', { level: 1, name: 'เรื่องของฉัน' }).waitFor();
    const cards = phone.getByTestId('my-complaint');
    await untilText(phone.getByTestId('list-count'), '1 เรื่อง');
    await expect(cards.count()).resolves.toBe(1);
    await expect(cards.first().innerText()).resolves.toMatch(new RegExp(`${tracking.mine}[\\s\\S]*ท่อระบายน้ำอุดตันหน้าตลาด`));
    await expect(phone.getByText(tracking.other).count()).resolves.toBe(0);
    await expect(phone.getByText(tracking.none).count()).resolves.toBe(0);
    // Nothing wider than the phone: no sideways scrolling.
    await expect(phone.evaluate<number>('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(PHONE.width);
    // The top bar keeps to its height and the phone's width: the name is cut short, the office moves into the menu.
    const signOut = await phone.getByRole('button', { name: 'ออกจากระบบ' }).boundingBox();
    const whoAmI = await phone.getByTestId('who-am-i').boundingBox();
    expect(signOut && signOut.x + signOut.width).toBeLessThanOrEqual(PHONE.width);
    expect(whoAmI && whoAmI.y + whoAmI.height).toBeLessThanOrEqual(64);
    await expect(phone.getByTestId('who-am-i').innerText()).resolves.not.toContain('ชุดปฏิบัติการ');
    await phone.getByRole('button', { name: 'เมนู' }).click();
    await untilText(phone.getByTestId('who-am-i-office'), 'ชุดปฏิบัติการ');
    await phone.getByRole('button', { name: 'เมนู' }).click();
    await expectAccessible(phone);

    const card = cards.first();
    await card.getByRole('button', { name: 'บันทึกความคืบหน้า' }).click();
    await expect(besideField(field(card, 'ความคืบหน้า'))).resolves.toContain('กรุณา');
    await field(card, 'ความคืบหน้า').fill('ชปต. ลงพื้นที่แล้ว ประสานเทศบาลลอกท่อ');
    await card.getByRole('button', { name: 'บันทึกความคืบหน้า' }).click();
    await untilText(card.getByRole('status'), 'บันทึกความคืบหน้าแล้ว');
    await untilText(card, 'อยู่ระหว่างดำเนินการ');
    await screenshot(phone, 'my-complaints-phone');

    await card.getByRole('link', { name: tracking.mine }).click();
    await phone.getByTestId('complaint-page').getByText('ชปต. ลงพื้นที่แล้ว ประสานเทศบาลลอกท่อ').first().waitFor();
    await expect(phone.getByTestId('complaint-actions').getByRole('button').allInnerTexts()).resolves.toEqual(['บันทึกความคืบหน้า']);

    await phone.goto('/complaints');
    await phone.getByRole('heading', { level: 1, name: 'ไม่มีสิทธิ์เข้าถึง' }).waitFor();
    await context.close();
  });

  it('district staff filter the complaint list by assignee: a team by its subdistrict, nobody yet, an unknown subdistrict refused', async () => {
    const page: Page = patient(await suite.pageAs(officer));
    await page.goto('/complaints');
    const count = page.getByTestId('list-count');
    await untilText(count, 'แสดง 1–3 จาก 3 เรื่อง');
    const team = field(page, 'รหัสตำบลของ ชปต.');
    await team.fill('๗๐๐๑๐๒');
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await untilText(count, 'แสดง 1–1 จาก 1 เรื่อง');
    await expect(page.getByTestId('complaint-list').locator('tbody tr').innerText()).resolves.toMatch(/ไฟส่องสว่างดับทั้งซอย[\s\S]*ชปต\. ตำบล 700102/);
    await page.getByRole('button', { name: 'ล้างตัวกรอง' }).click();
    await field(page, 'ผู้รับผิดชอบ').selectOption({ label: 'ยังไม่มอบหมาย' });
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await untilText(count, 'แสดง 1–1 จาก 1 เรื่อง');
    await expect(page.getByTestId('complaint-list').innerText()).resolves.toContain('เสียงดังจากโรงงานยามดึก');
    await page.getByRole('button', { name: 'ล้างตัวกรอง' }).click();
    await field(page, 'รหัสตำบลของ ชปต.').fill('๗๐๙๙๙๙');
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await expect(besideField(field(page, 'รหัสตำบลของ ชปต.'))).resolves.toMatch(/ตำบล/);
    await expectAccessible(page);
    // Back goes to the filters applied before, and the form shows them again.
    await page.goBack();
    await untilText(count, 'แสดง 1–3 จาก 3 เรื่อง');
    await expect(field(page, 'รหัสตำบลของ ชปต.').inputValue()).resolves.toBe('');
    await page.goBack();
    await untilText(count, 'แสดง 1–1 จาก 1 เรื่อง');
    await expect(field(page, 'ผู้รับผิดชอบ').inputValue()).resolves.toBe('UNASSIGNED');
    await screenshot(page, 'complaints-by-assignee');
  });
});
