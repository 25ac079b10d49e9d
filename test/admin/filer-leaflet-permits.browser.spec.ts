import { beforeAll, expect, it, jest } from '@jest/globals';
import { citizenId } from '../support/complaint-fixtures.js';
import { filingDayAhead } from '../support/filer-sign-in.js';
import type { IssuerAccount } from '../support/oidc-issuer.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { patient, toThaiDigits, untilText } from './support/centre-pages.js';
import { filerBrowserSuite, signInWithDopa } from './support/filer-suite.js';

/**
 * ขออนุญาตโฆษณาด้วยแผ่นประกาศทางออนไลน์ in the browser: a citizen signs in with D.DOPA (a real OpenID Connect provider),
 * opens the leaflet permits of the filer's page, finds the SAO of Pong by name, is told what is wrong field by field,
 * requests, and finds the request in their list with its status in Thai and the day to decide by in B.E.; once the
 * district's staff have issued it, the list links the permit's PDF, which downloads with the filer's session; the
 * staff's list and page mark it as requested online.
 */

jest.setTimeout(300_000);

const somchai: IssuerAccount = { sub: 'dopa-0001', pid: citizenId('110170023070'), name: 'นายสมชาย ใจดี' };
const day = filingDayAhead();
const typedDay = (days: number) => {
  const d = new Date(day.clockStart.getTime() + days * 86_400_000);
  return toThaiDigits(`${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear() + 543}`);
};

describeInBrowser('a citizen asks for a leaflet permit online in the browser', () => {
  let staff: SignedIn;
  const suite = filerBrowserSuite(somchai, day.clockStart);
  beforeAll(async () => {
    const { app } = suite;
    const register = await app.admin.graphql('mutation ($input: RegisterLocalAuthorityInput!) { registerLocalAuthority(input: $input) { code } }', { input: {
      code: '6200702', nameTh: 'องค์การบริหารส่วนตำบลโป่ง', kind: 'SAO', provinceCode: '20', districtCode: '2004', billerCode: '81234' } });
    expect(register.errors).toBeUndefined();
    const enact = await app.admin.graphql('mutation ($input: EnactAuthorityTermsInput!) { enactAuthorityTerms(input: $input) { effectiveFrom } }', { input: {
      authorityCode: '6200702', effectiveFrom: '2568-01-01', ordinance: 'ข้อบัญญัติ อบต.โป่ง เรื่อง ค่าธรรมเนียม', leafletPermitFee: '200',
      leafletDecisionDays: '5', filingDeadlineDay: '10', surchargePercentPerMonth: '1.5', surchargeCapPercent: '50' } });
    expect(enact.errors).toBeUndefined();
    staff = await app.signInAs({ level: 'DISTRICT', office: '2004' });
  });

  it('signs in, requests a permit (refused field by field first), lists it, and downloads the permit once issued', async () => {
    const page = patient(await suite.freshPage());
    await signInWithDopa(page, somchai);
    await page.getByRole('link', { name: 'ขออนุญาตโฆษณาด้วยแผ่นประกาศ' }).click();
    await untilText(page.locator('#my-leaflet-permits').locator('..'), /ยังไม่มีคำขออนุญาต/);
    await page.getByRole('button', { name: 'ยื่นคำขอใหม่' }).click();

    const form = page.getByRole('form', { name: 'คำขออนุญาตโฆษณาด้วยแผ่นประกาศ' });
    await field(form, 'ค้นหา อปท. ตามชื่อ').fill('โป่ง');
    await untilText(field(form, 'อปท. ที่ยื่นคำขอ'), /องค์การบริหารส่วนตำบลโป่ง \(บางละมุง, ชลบุรี\)/);
    await field(form, 'อปท. ที่ยื่นคำขอ').selectOption('6200702');
    await field(form, 'ข้อความหรือสิ่งที่โฆษณา').fill('ร้านน้ำเต้าหู้เปิดใหม่ ซื้อหนึ่งแถมหนึ่ง');
    await field(form, 'รหัสตำบล').fill('๒๐๐๑๐๑');
    await field(form, 'รายละเอียดสถานที่').fill('หน้าตลาดโป่ง');
    await field(form, 'เริ่มโฆษณาวันที่').fill(typedDay(20));
    await field(form, 'ถึงวันที่').fill(typedDay(10));
    await field(form, 'จำนวนแผ่นประกาศ').fill('๒,๐๐๐');
    await field(form, 'โทรศัพท์ที่ติดต่อได้').fill('๑๒');
    await form.getByRole('button', { name: 'ยื่นคำขอ' }).click();
    await untilText(form, /ตำบล 200101 ไม่อยู่ในอำเภอที่ตั้งของ อปท./);
    await expect(field(form, 'โทรศัพท์ที่ติดต่อได้').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(field(form, 'ถึงวันที่').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(field(form, 'รหัสตำบล').getAttribute('aria-invalid')).resolves.toBe('true');
    await expectAccessible(page);
    await screenshot(page, 'filer-leaflet-refused');

    await field(form, 'รหัสตำบล').fill('๒๐๐๔๐๔');
    await field(form, 'เริ่มโฆษณาวันที่').fill(typedDay(10));
    await field(form, 'ถึงวันที่').fill(typedDay(20));
    await field(form, 'โทรศัพท์ที่ติดต่อได้').fill('๐๘๑-๒๓๔-๕๖๗๘');
    await expectAccessible(page);
    await screenshot(page, 'filer-leaflet-form');
    await form.getByRole('button', { name: 'ยื่นคำขอ' }).click();

    await untilText(page.getByTestId('leaflet-requested'), /ยื่นคำขอเลขที่ LP-/);
    const row = await untilText(page.getByTestId('my-leaflet-permits'),
      /LP-[\s\S]*องค์การบริหารส่วนตำบลโป่ง[\s\S]*ร้านน้ำเต้าหู้เปิดใหม่[\s\S]*200.00[\s\S]*ยื่นคำขอแล้ว รอเจ้าหน้าที่ตรวจสอบ[\s\S]*25\d\d/);
    const permitId = /LP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(row)![0];
    await expectAccessible(page);
    await screenshot(page, 'filer-leaflet-list');

    for (const [name, extra] of [['checkLeafletPermit', {}], ['approveLeafletPermit', { conditions: ['ห้ามปิดบนเสาไฟฟ้า'] }],
      ['recordLeafletFeePaid', { amount: '200', paidOn: day.clockStart.toISOString().slice(0, 10) }], ['issueLeafletPermit', {}]] as const) {
      const answer = await staff.graphql(`mutation ($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { permitId } }`, { input: { permitId, ...extra } });
      expect(answer.errors).toBeUndefined();
    }
    await suite.app.caughtUp();
    await page.reload();
    await untilText(page.getByTestId('my-leaflet-permits'), /ออกใบอนุญาตแล้ว[\s\S]*ใบอนุญาตเลขที่ 1\/25\d\d \(PDF\)/);
    await page.getByRole('button', { name: 'ดูรายละเอียด' }).click();
    await untilText(page.getByTestId('leaflet-permit'), /ออกใบอนุญาตแล้ว[\s\S]*ผู้ขอ นายสมชาย ใจดี · โทร 0812345678[\s\S]*ห้ามปิดบนเสาไฟฟ้า/);
    const href = await page.getByTestId('leaflet-pdf').getAttribute('href');
    expect(href).toBe(`/filer/leaflet-permits/${permitId}.pdf`);
    const pdf = await page.request.get(href!);
    expect([pdf.status(), pdf.headers()['content-type']]).toEqual([200, 'application/pdf']);
    await expectAccessible(page);
    await screenshot(page, 'filer-leaflet-issued');

    // The district's staff see it in their list as an online request, and on its page how it came.
    const staffPage = patient(await suite.pageAs(staff));
    await staffPage.goto('/leaflet-permits');
    await untilText(staffPage.getByTestId(`permit-${permitId}`), /นายสมชาย ใจดี[\s\S]*ยื่นออนไลน์/);
    await staffPage.getByRole('link', { name: permitId }).click();
    await untilText(staffPage.getByTestId('permit-facts'), /ยื่นทางออนไลน์ \(ยืนยันตัวตนด้วย D.DOPA\)/);
    await expectAccessible(staffPage);
    await screenshot(staffPage, 'staff-leaflet-online-request');
  });
});
