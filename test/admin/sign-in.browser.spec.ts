import { expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { OWN_PASSWORD } from '../support/test-app.js';
import {
  describeInBrowser, expectAccessible, field, screenshot, signInThroughPage,
} from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';

/** Everyone: the sign-in page at `/`, the first password change, who they are, sign-out, an ended session. */

/** Presses Tab until `target` has the focus (at most 40 times). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('not reached by Tab');
}

const toThaiDigits = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

const CREATE = `mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { oneTimePassword account { id citizenId } } }`;

describeInBrowser('sign-in in the browser', () => {
  const suite = browserSuite();

  it('opens on the sign-in page, in Thai, accessible', async () => {
    const page = await suite.freshPage();
    await page.goto('/');
    await page.getByRole('heading', { name: 'ระบบดำรง' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.locator('html').getAttribute('lang')).toBe('th');
    await expectAccessible(page);
    await screenshot(page, 'sign-in');
  });

  it('signs a new officer in with Thai digits, has the one-time password changed, shows who they are, signs out', async () => {
    const province = await suite.app.signInAs({ level: 'PROVINCE', office: '49', administrator: true });
    const created = await province.graphql(CREATE, { input: {
      citizenId: '3101700207036', title: 'นาง', firstName: 'มาลี', lastName: 'ใจดี', position: 'DEPUTY_DISTRICT_CHIEF',
      level: 'DISTRICT', officeCode: '4901', officePhone: '042611234',
    } });
    const { oneTimePassword } = created.data.createStaffAccount;
    const page = await suite.freshPage();
    await page.goto('/');
    await signInThroughPage(page, toThaiDigits('3101700207036'), oneTimePassword);
    await page.waitForURL('**/change-password');
    await expectAccessible(page);
    await field(page, 'รหัสผ่านปัจจุบัน').fill(oneTimePassword);
    await field(page, 'รหัสผ่านใหม่').fill(OWN_PASSWORD);
    await field(page, 'ยืนยันรหัสผ่านใหม่').fill(OWN_PASSWORD);
    await page.getByRole('button', { name: 'บันทึกรหัสผ่าน' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    const who = page.getByTestId('who-am-i');
    await expect(who.innerText()).resolves.toMatch(/นางมาลี ใจดี[\s\S]*ปลัดอำเภอ[\s\S]*มุกดาหาร/);
    await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
    await page.waitForURL('**/sign-in');
    // The session is over on the server too: the page does not come back.
    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await expect(page.getByTestId('session-ended').count()).resolves.toBe(0);
  });

  it('refuses a wrong password beside the form, keeping the citizen id typed', async () => {
    const page = await suite.freshPage();
    await page.goto('/sign-in');
    await signInThroughPage(page, suite.app.admin.citizenId, 'ไม่ใช่รหัสผ่านนี้แน่นอน');
    await expect(page.getByRole('alert').innerText()).resolves.toContain('เข้าสู่ระบบไม่สำเร็จ');
    await expect(field(page, 'เลขประจำตัวประชาชน').inputValue()).resolves.toBe(suite.app.admin.citizenId);
  });

  it('on a revoked session, signs in again over the page without losing what was typed', async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4902' });
    const page = await suite.pageAs(officer);
    await page.goto('/change-password');
    await field(page, 'รหัสผ่านปัจจุบัน').fill(OWN_PASSWORD);
    await field(page, 'รหัสผ่านใหม่').fill('รหัสผ่านใหม่ที่ยาวพอสมควร');
    await field(page, 'ยืนยันรหัสผ่านใหม่').fill('รหัสผ่านใหม่ที่ยาวพอสมควร');
    // The province moves the officer to another district: the session signed in with the old office ends.
    const moved = await suite.app.admin.graphql(`mutation ($input: ChangeStaffAccountOfficeInput!) { changeStaffAccountOffice(input: $input) { id } }`,
      { input: { accountId: officer.accountId, level: 'DISTRICT', officeCode: '4903' } });
    expect(moved.errors).toBeUndefined();
    await page.getByRole('button', { name: 'บันทึกรหัสผ่าน' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('session-ended').innerText()).resolves.toContain('การเข้าสู่ระบบถูกยกเลิก');
    await expectAccessible(page);
    await signInThroughPage(dialog, officer.citizenId, OWN_PASSWORD);
    await dialog.waitFor({ state: 'hidden' });
    await expect(field(page, 'รหัสผ่านใหม่').inputValue()).resolves.toBe('รหัสผ่านใหม่ที่ยาวพอสมควร');
  });

  it('is worked by keyboard alone: sign in, open a page from the menu, sign out', async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4905' });
    const page = await suite.freshPage();
    await page.goto('/sign-in');
    await tabTo(page, field(page, 'เลขประจำตัวประชาชน'));
    await page.keyboard.type(officer.citizenId);
    await tabTo(page, field(page, 'รหัสผ่าน'));
    await page.keyboard.type(OWN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('who-am-i').waitFor();
    await tabTo(page, page.getByRole('link', { name: 'เรื่องลูกหนี้นอกระบบ' }));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/debt-cases');
    await tabTo(page, page.getByRole('button', { name: 'ออกจากระบบ' }));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sign-in');
  });

  it('lands a suspended officer on sign-in with the reason in Thai', async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4904' });
    const page = await suite.pageAs(officer);
    await page.goto('/');
    await page.getByTestId('who-am-i').waitFor();
    const suspended = await suite.app.admin.graphql(`mutation ($input: SuspendStaffAccountInput!) { suspendStaffAccount(input: $input) { id } }`,
      { input: { accountId: officer.accountId, reason: 'ย้ายไปรับราชการที่อื่น' } });
    expect(suspended.errors).toBeUndefined();
    await page.reload();
    await page.waitForURL('**/sign-in');
    await expect(page.getByTestId('session-ended').innerText()).resolves.toContain('ถูกระงับ');
  });
});
