import { beforeAll, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { EVENT_STORE, type EventStore } from '../../src/eventstore/event-store.port.js';
import { recordAccountsErased } from '../../src/identity/accounts/account-erasure.js';
import { ERASED_MARKER, PERSONAL_DATA_SHREDDER, type PersonalDataShredder } from '../../src/personal-data/keys/personal-data-shredder.js';
import { OWN_PASSWORD, type SignedIn } from '../support/test-app.js';
import {
  describeInBrowser, expectAccessible, field, screenshot, signInThroughPage,
} from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { besideField, patient, toThaiDigits, untilText, withCheckDigit } from './support/centre-pages.js';

/** `/staff`: an office's accounts; registering, suspending, reinstating, moving and resetting them in the browser. */

jest.setTimeout(180_000);

let serial = 0;
const nextCitizenId = () => withCheckDigit(`31017${String(++serial).padStart(7, '0')}`);

describeInBrowser('staff accounts in the browser', () => {
  const suite = browserSuite();
  let mukdahan: SignedIn;
  beforeAll(async () => {
    mukdahan = await suite.app.signInAs({ level: 'PROVINCE', office: '49', administrator: true });
  });

  /** The accounts page of an office, signed in as `who`. */
  async function accountsOf(who: SignedIn, office: string): Promise<Page> {
    const page = patient(await suite.pageAs(who));
    await page.goto(`/staff?office=${office}`);
    await page.getByRole('heading', { level: 1, name: 'บัญชีผู้ใช้งาน' }).waitFor();
    return page;
  }

  const row = (page: Page, citizenId: string) => page.getByTestId(`staff-account-${citizenId}`);

  /** The sign-in page of a fresh browser, signed in with these. */
  async function signInElsewhere(citizenId: string, password: string): Promise<Page> {
    const page = patient(await suite.freshPage());
    await page.goto('/sign-in');
    await signInThroughPage(page, toThaiDigits(citizenId), password);
    return page;
  }

  it('registers a district officer from the province, shows the one-time password once, and the officer signs in with it', async () => {
    const page = await accountsOf(mukdahan, '49');
    await field(page, 'อำเภอ/เขต').selectOption({ label: 'อำเภอดงหลวง' });
    await page.getByRole('heading', { level: 2, name: 'อำเภอดงหลวง' }).waitFor();
    expect(new URL(page.url()).search).toBe('?office=4904');
    await page.getByRole('button', { name: 'สร้างบัญชีผู้ใช้งาน' }).click();
    const dialog = page.getByRole('dialog', { name: 'สร้างบัญชีผู้ใช้งาน อำเภอดงหลวง' });
    const citizenId = nextCitizenId();
    await field(dialog, 'เลขประจำตัวประชาชน').fill(toThaiDigits(citizenId));
    await field(dialog, 'คำนำหน้านาม').fill('นาง');
    await field(dialog, 'ชื่อ').fill('บุญมี');
    await field(dialog, 'นามสกุล').fill('ศรีสุข');
    await field(dialog, 'ตำแหน่ง').selectOption({ label: 'ปลัดอำเภอ' });
    await field(dialog, 'โทรศัพท์สำนักงาน').fill('๐๔๒ ๖๑๑ ๒๓๔');
    await field(dialog, 'วันที่ได้รับมอบหมาย').fill('๒/๑/๒๕๖๗');
    await dialog.getByRole('button', { name: 'สร้างบัญชี' }).click();
    await untilText(dialog.getByTestId('one-time-password'), new RegExp(`นางบุญมี ศรีสุข[\\s\\S]*${citizenId}`));
    const password = (await dialog.getByTestId('one-time-password-value').innerText()).trim();
    expect(password).toMatch(/^([0-9A-Z]{4}-){4}[0-9A-Z]{4}$/);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'เสร็จสิ้น' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await untilText(row(page, citizenId), /นางบุญมี ศรีสุข[\s\S]*ปลัดอำเภอ[\s\S]*042611234[\s\S]*ใช้งานได้/);
    // The password is shown nowhere once the dialog is closed.
    await expect(page.getByText(password).count()).resolves.toBe(0);

    const officer = await signInElsewhere(citizenId, password);
    await officer.waitForURL('**/change-password');
    await officer.getByRole('heading', { name: 'ตั้งรหัสผ่านของท่านเอง' }).waitFor();
  });

  it('keeps what was typed and shows each refusal beside its field when a registration is refused', async () => {
    const page = await accountsOf(mukdahan, '4905');
    await page.getByRole('button', { name: 'สร้างบัญชีผู้ใช้งาน' }).click();
    const dialog = page.getByRole('dialog');
    // 123456789012's check digit is 1, not 3.
    await field(dialog, 'เลขประจำตัวประชาชน').fill('๑๒๓๔๕๖๗๘๙๐๑๒๓');
    await field(dialog, 'คำนำหน้านาม').fill('นาย');
    await field(dialog, 'นามสกุล').fill('ใจกล้า');
    await field(dialog, 'โทรศัพท์สำนักงาน').fill('042611234');
    await dialog.getByRole('button', { name: 'สร้างบัญชี' }).click();
    await expect(besideField(field(dialog, 'เลขประจำตัวประชาชน'))).resolves.toContain('หลักตรวจสอบไม่ตรง');
    await expect(besideField(field(dialog, 'ชื่อ'))).resolves.toContain('กรุณากรอกข้อมูลช่องนี้');
    await expect(field(dialog, 'เลขประจำตัวประชาชน').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(field(dialog, 'นามสกุล').getAttribute('aria-invalid')).resolves.not.toBe('true');
    await expect(field(dialog, 'เลขประจำตัวประชาชน').inputValue()).resolves.toBe('๑๒๓๔๕๖๗๘๙๐๑๒๓');
    await expect(field(dialog, 'คำนำหน้านาม').inputValue()).resolves.toBe('นาย');
    await expect(field(dialog, 'นามสกุล').inputValue()).resolves.toBe('ใจกล้า');
    await expectAccessible(page);
    // Corrected, the same form goes through.
    await field(dialog, 'เลขประจำตัวประชาชน').fill(toThaiDigits(nextCitizenId()));
    await field(dialog, 'ชื่อ').fill('กล้า');
    await dialog.getByRole('button', { name: 'สร้างบัญชี' }).click();
    await dialog.getByTestId('one-time-password').waitFor();
  });

  it('lets the centre suspend an officer, who then cannot sign in, and reinstate them', async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4902' });
    const page = await accountsOf(suite.app.admin, '4902');
    await row(page, officer.citizenId).getByRole('button', { name: 'ระงับ' }).click();
    const dialog = page.getByRole('dialog', { name: 'ระงับการใช้งานบัญชี' });
    await dialog.getByRole('button', { name: 'ระงับการใช้งาน' }).click();
    await expect(besideField(field(dialog, 'เหตุผลที่ระงับ'))).resolves.toContain('กรุณากรอกข้อมูลช่องนี้');
    await field(dialog, 'เหตุผลที่ระงับ').fill('ย้ายไปรับราชการที่กระทรวงอื่น');
    await dialog.getByRole('button', { name: 'ระงับการใช้งาน' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await untilText(page.getByTestId('staff-notice'), 'ระงับการใช้งานบัญชีของ นางสาวสมศรี');
    await untilText(row(page, officer.citizenId), 'ระงับการใช้งาน');
    await expect(row(page, officer.citizenId).getByRole('button', { name: 'คืนสิทธิ' }).count()).resolves.toBe(1);
    await expectAccessible(page);

    const refused = await signInElsewhere(officer.citizenId, OWN_PASSWORD);
    await untilText(refused.getByRole('alert'), 'บัญชีผู้ใช้งานนี้ถูกระงับ');
    expect(new URL(refused.url()).pathname).toBe('/sign-in');

    await row(page, officer.citizenId).getByRole('button', { name: 'คืนสิทธิ' }).click();
    await untilText(page.getByTestId('staff-notice'), 'คืนสิทธิการใช้งานบัญชีของ');
    await untilText(row(page, officer.citizenId), 'ใช้งานได้');
    const back = await signInElsewhere(officer.citizenId, OWN_PASSWORD);
    await back.waitForURL((url) => url.pathname === '/');
    await back.getByTestId('who-am-i').waitFor();
  });

  it('moves an officer to a district of another province, where the list then shows them', async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4903' });
    const page = await accountsOf(suite.app.admin, '4903');
    await row(page, officer.citizenId).getByRole('button', { name: 'ย้าย' }).click();
    const dialog = page.getByRole('dialog', { name: 'ย้ายหน่วยงาน' });
    await field(dialog, 'จังหวัด').selectOption({ label: 'เชียงใหม่' });
    await field(dialog, 'อำเภอ/เขต').selectOption({ label: 'อำเภอจอมทอง' });
    await dialog.getByRole('button', { name: 'ย้าย', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await untilText(page.getByTestId('staff-notice'), 'ไปที่ อำเภอจอมทอง');
    await row(page, officer.citizenId).waitFor({ state: 'detached' });
    await field(page, 'จังหวัด').selectOption({ label: 'เชียงใหม่' });
    await field(page, 'อำเภอ/เขต').selectOption({ label: 'อำเภอจอมทอง' });
    await untilText(row(page, officer.citizenId), 'ใช้งานได้');
    const { data } = await suite.app.admin.graphql('query ($id: ID!) { staffAccount(id: $id) { officeKey } }', { id: officer.accountId });
    expect(data.staffAccount).toEqual({ officeKey: 'DISTRICT:5002' });
  });

  it('resets an officer\'s password: the new one-time password signs in, to the password change', async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4906' });
    const page = await accountsOf(mukdahan, '4906');
    await screenshot(page, 'staff');
    await expectAccessible(page);
    await row(page, officer.citizenId).getByRole('button', { name: 'ตั้งรหัสผ่านใหม่' }).click();
    const dialog = page.getByRole('dialog', { name: 'ตั้งรหัสผ่านใหม่' });
    await dialog.getByRole('button', { name: 'ออกรหัสผ่านใหม่' }).click();
    const password = (await dialog.getByTestId('one-time-password-value').innerText()).trim();
    await dialog.getByRole('button', { name: 'เสร็จสิ้น' }).click();
    const old = await signInElsewhere(officer.citizenId, OWN_PASSWORD);
    await untilText(old.getByRole('alert'), 'เข้าสู่ระบบไม่สำเร็จ');
    const again = await signInElsewhere(officer.citizenId, password);
    await again.waitForURL('**/change-password');
  });

  it('shows a former officer whose personal data was erased with the marker in place of the name, and offers no action on them', async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4907' });
    const suspended = await suite.app.admin.graphql('mutation ($input: SuspendStaffAccountInput!) { suspendStaffAccount(input: $input) { status } }',
      { input: { accountId: officer.accountId, reason: 'เกษียณอายุราชการ' } });
    expect(suspended.errors).toBeUndefined();
    // The erasure itself, as an accepted request has it done once the account's retention is over (staff-erasure.e2e.spec.ts).
    const outcome = await suite.app.app.get<PersonalDataShredder>(PERSONAL_DATA_SHREDDER).eraseSubject(officer.citizenId, { kind: 'REQUEST', reference: 'browser' });
    await recordAccountsErased(suite.app.db.pool, suite.app.app.get<EventStore>(EVENT_STORE), outcome.streams, new Date());
    const page = await accountsOf(mukdahan, '4907');
    const erased = page.getByTestId(`staff-account-erased-${officer.accountId}`);
    await untilText(erased, new RegExp(`${ERASED_MARKER}[\\s\\S]*เจ้าพนักงานปกครอง[\\s\\S]*ระงับการใช้งาน[\\s\\S]*ลบข้อมูลส่วนบุคคลแล้ว`));
    await expect(erased.getByRole('button').count()).resolves.toBe(0);
    await expect(page.getByText(officer.citizenId).count()).resolves.toBe(0);
    await screenshot(page, 'staff-erased');
    await expectAccessible(page);
  });

  it('offers a province administrator no action on its own account, nor registration at the province office', async () => {
    const page = await accountsOf(mukdahan, '49');
    await untilText(row(page, mukdahan.citizenId), 'ผู้ดูแลระบบ');
    await expect(row(page, mukdahan.citizenId).getByRole('button').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'สร้างบัญชีผู้ใช้งาน' }).count()).resolves.toBe(0);
    await expect(field(page, 'จังหวัด').locator('option').allInnerTexts()).resolves.toEqual(['มุกดาหาร']);
  });
});
