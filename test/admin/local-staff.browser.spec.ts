import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { OWN_PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, newContext, openBrowser, pageSignedInAs, screenshot, signInThroughPage } from './support/browser.js';
import { patient, toThaiDigits, untilText, withCheckDigit } from './support/centre-pages.js';

/**
 * An authority's revenue staff (LOCAL) in the browser: the centre chooses องค์การบริหารส่วนตำบลโป่ง on `/staff` and
 * registers its staff member in one of the authority's revenue positions (เจ้าพนักงานจัดเก็บรายได้; the department's
 * are not offered), who signs in, lands on the authority's page, sees its name in the top bar and opens no page of
 * the department. The centre's own top bar names its office once.
 */

jest.setTimeout(300_000);

describeInBrowser('LOCAL accounts in the browser', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp(), openBrowser()]);
    const registered = await app.admin.graphql('mutation ($input: RegisterLocalAuthorityInput!) { registerLocalAuthority(input: $input) { code } }', {
      input: { code: '6200702', nameTh: 'องค์การบริหารส่วนตำบลโป่ง', kind: 'SAO', provinceCode: '20', districtCode: '2004', billerCode: '81234' },
    });
    if (registered.errors) throw new Error(JSON.stringify(registered.errors));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('the centre registers the revenue staff of an authority, who signs in to its own authority only', async () => {
    const admin = patient(await pageSignedInAs(browser, app, app.admin));
    await admin.goto('/staff');
    await untilText(admin.getByTestId('who-am-i'), 'กรมการปกครอง (ส่วนกลาง)');
    await expect(admin.getByTestId('who-am-i').innerText()).resolves.not.toContain('(ส่วนกลาง) (ส่วนกลาง)');
    await admin.getByText('องค์กรปกครองส่วนท้องถิ่น (อปท.)').click();
    await field(admin, 'จังหวัดที่ตั้ง อปท.').selectOption('20');
    await untilText(field(admin, 'องค์กรปกครองส่วนท้องถิ่น'), 'องค์การบริหารส่วนตำบลโป่ง (6200702)');
    await field(admin, 'องค์กรปกครองส่วนท้องถิ่น').selectOption('6200702');
    await admin.getByRole('heading', { level: 2, name: 'องค์การบริหารส่วนตำบลโป่ง' }).waitFor();
    await admin.getByRole('button', { name: 'สร้างบัญชีผู้ใช้งาน' }).click();
    const dialog = admin.getByRole('dialog');
    const citizenId = withCheckDigit('362007020001');
    await field(dialog, 'เลขประจำตัวประชาชน').fill(toThaiDigits(citizenId));
    await field(dialog, 'คำนำหน้านาม').fill('นาง');
    await field(dialog, 'ชื่อ').fill('สายใจ');
    await field(dialog, 'นามสกุล').fill('เก็บรายได้');
    await field(dialog, 'โทรศัพท์สำนักงาน').fill('๐๓๘ ๒๔๑ ๐๐๐');
    // An authority's revenue staff hold its own positions, none of the department's (เจ้าพนักงานปกครอง, ปลัดอำเภอ, …).
    const position = field(dialog, 'ตำแหน่ง');
    await expect(position.locator('option').allInnerTexts()).resolves.toEqual([
      'นักวิชาการจัดเก็บรายได้', 'เจ้าพนักงานจัดเก็บรายได้', 'หัวหน้าฝ่ายพัฒนารายได้', 'ผู้อำนวยการกองคลัง', 'นักวิชาการเงินและบัญชี',
    ]);
    await position.selectOption({ label: 'เจ้าพนักงานจัดเก็บรายได้' });
    await expectAccessible(admin);
    await screenshot(admin, 'local-staff-register');
    await dialog.getByRole('button', { name: 'สร้างบัญชี' }).click();
    await untilText(dialog.getByTestId('one-time-password'), new RegExp(`นางสายใจ เก็บรายได้[\\s\\S]*${citizenId}`));
    await untilText(dialog, 'สร้างบัญชีของ นางสายใจ เก็บรายได้ (เจ้าพนักงานจัดเก็บรายได้) แล้ว');
    const password = (await dialog.getByTestId('one-time-password-value').innerText()).trim();
    await dialog.getByRole('button', { name: 'เสร็จสิ้น' }).click();
    await untilText(admin.getByTestId(`staff-account-${citizenId}`), /นางสายใจ เก็บรายได้[\s\S]*เจ้าพนักงานจัดเก็บรายได้[\s\S]*ใช้งานได้/);
    await admin.reload();
    await admin.getByRole('heading', { level: 2, name: 'องค์การบริหารส่วนตำบลโป่ง' }).waitFor();

    const context = await newContext(browser, app);
    const staff = patient(await context.newPage());
    await staff.goto('/sign-in');
    await signInThroughPage(staff, toThaiDigits(citizenId), password);
    await staff.waitForURL('**/change-password');
    await field(staff, 'รหัสผ่านปัจจุบัน').fill(password);
    await field(staff, 'รหัสผ่านใหม่').fill(OWN_PASSWORD);
    await field(staff, 'ยืนยันรหัสผ่านใหม่').fill(OWN_PASSWORD);
    await staff.getByRole('button', { name: 'บันทึกรหัสผ่าน' }).click();
    await staff.waitForURL('**/local-authorities/6200702');
    await staff.getByRole('heading', { level: 1, name: /องค์การบริหารส่วนตำบลโป่ง/ }).waitFor();
    await untilText(staff.getByTestId('who-am-i'), 'องค์การบริหารส่วนตำบลโป่ง (เจ้าหน้าที่จัดเก็บรายได้ อปท.)');
    const menu = staff.getByRole('navigation', { name: 'เมนูหลัก' });
    await expect(menu.getByRole('link').allInnerTexts()).resolves.toEqual(['หน้าหลัก', 'องค์กรปกครองส่วนท้องถิ่น', 'งานของ อปท.']);
    await expectAccessible(staff);
    await screenshot(staff, 'local-staff-own-authority');
    await menu.getByRole('link', { name: 'องค์กรปกครองส่วนท้องถิ่น' }).click();
    await staff.getByRole('link', { name: /องค์การบริหารส่วนตำบลโป่ง|6200702/ }).first().waitFor();
    for (const path of ['/debt-cases', '/complaints', '/staff', '/daily-report']) {
      await staff.goto(path);
      await staff.getByRole('heading', { level: 1, name: 'ไม่มีสิทธิ์เข้าถึง' }).waitFor();
    }
    await context.close();
  });
});
