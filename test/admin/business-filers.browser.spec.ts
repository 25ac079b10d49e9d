import { beforeAll, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { registerChonburiPao } from '../support/chonburi-pao.js';
import { citizenId } from '../support/complaint-fixtures.js';
import { filingDayAhead } from '../support/filer-sign-in.js';
import type { IssuerAccount } from '../support/oidc-issuer.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { patient, untilText } from './support/centre-pages.js';
import { filerBrowserSuite, signInWithDopa } from './support/filer-suite.js';

/**
 * ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคล in the browser: the PAO's staff open a company's hotel from their list, record its
 * director (a typo in the citizen id answered at the field first), record and then revoke an attorney with a reason;
 * the director signs in with D.DOPA (a real OpenID Connect provider) and finds the company's hotel marked as filed
 * on the company's behalf, their role the filing's default position.
 */

jest.setTimeout(300_000);

const director: IssuerAccount = { sub: 'dopa-0201', pid: citizenId('110170023070'), name: 'นายสมชาย ใจดี' };
const day = filingDayAhead();

describeInBrowser('a company\'s authorised filers in the browser', () => {
  let paoStaff: SignedIn;
  let businessNo = 0;
  const suite = filerBrowserSuite(director, day.clockStart);
  beforeAll(async () => {
    const { app } = suite;
    await registerChonburiPao(app.admin);
    paoStaff = await app.signInAs({ level: 'LOCAL', office: '2200101' });
    const registered = await paoStaff.graphql('mutation ($input: RegisterBusinessInput!) { registerBusiness(input: $input) { businessNo } }', { input: {
      authorityCode: '2200101', nameTh: 'โรงแรมทะเลงาม', kinds: ['HOTEL'], addressLine: '99 ถนนพัทยาสาย 2', subdistrictCode: '200401',
      ownerKind: 'JURISTIC', ownerIdNumber: '0105556000017', ownerName: 'บริษัท ทะเลงาม จำกัด',
    } });
    expect(registered.errors).toBeUndefined();
    businessNo = registered.data.registerBusiness.businessNo;
  });

  async function authorise(page: Page, values: Record<string, string>) {
    const form = page.getByRole('form', { name: 'เพิ่มผู้มีสิทธิ์ยื่นแบบแทน' });
    for (const [label, value] of Object.entries(values)) await field(form, label).fill(value);
    await form.getByRole('button', { name: 'บันทึกผู้มีสิทธิ์ยื่นแบบแทน' }).click();
    return form;
  }

  it("the PAO's staff authorise the company's director, and revoke an attorney with a reason", async () => {
    const page = patient(await suite.pageAs(paoStaff));
    await page.goto('/local-authorities/2200101/businesses');
    await page.getByRole('link', { name: 'โรงแรมทะเลงาม' }).click();
    await page.waitForURL(`**/businesses/${businessNo}`);
    await page.getByRole('heading', { level: 2, name: 'ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคล' }).waitFor();

    const person = { 'ชื่อ-นามสกุล': 'นายสมชาย ใจดี', 'ฐานะ': 'กรรมการผู้มีอำนาจ', 'หนังสือมอบอำนาจ / หนังสือรับรอง (เลขที่)': 'หนังสือรับรอง ชบ 1234/2568', 'ลงวันที่': '๑/๑๐/๒๕๖๘' };
    const form = await authorise(page, { 'เลขประจำตัวประชาชน': '1101700230701', ...person });
    await untilText(form, /หลักตรวจสอบไม่ตรง/);
    await authorise(page, { 'เลขประจำตัวประชาชน': [...director.pid].map((d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]).join('') });
    await untilText(page.getByTestId('filer-notice'), /บันทึก นายสมชาย ใจดี เป็นผู้มีสิทธิ์ยื่นแบบแทนแล้ว/);
    await untilText(page.getByTestId('filer-1'), /นายสมชาย ใจดี[\s\S]*กรรมการผู้มีอำนาจ[\s\S]*ลงวันที่ 1 ตุลาคม 2568[\s\S]*ใช้งานได้/);

    await authorise(page, { 'เลขประจำตัวประชาชน': '3101200123453', 'ชื่อ-นามสกุล': 'นางสมหญิง รักดี', 'ฐานะ': 'ผู้รับมอบอำนาจ',
      'หนังสือมอบอำนาจ / หนังสือรับรอง (เลขที่)': 'หนังสือมอบอำนาจ 5/2568', 'ลงวันที่': '2/10/2568' });
    await untilText(page.getByTestId('filer-2'), /นางสมหญิง รักดี[\s\S]*ผู้รับมอบอำนาจ[\s\S]*ใช้งานได้/);
    await expectAccessible(page);
    await screenshot(page, 'business-filers-authorised');

    await page.getByTestId('filer-2').getByRole('button', { name: 'ยกเลิกสิทธิ์' }).click();
    const revoke = page.getByRole('form', { name: 'ยกเลิกสิทธิ์ลำดับที่ 2' });
    await revoke.getByRole('button', { name: 'ยืนยันยกเลิก' }).click();
    await untilText(revoke, /กรุณากรอกข้อมูลช่องนี้/);
    await field(revoke, 'เหตุที่ยกเลิก').fill('สิ้นสุดการมอบอำนาจ');
    await revoke.getByRole('button', { name: 'ยืนยันยกเลิก' }).click();
    await untilText(page.getByTestId('filer-2'), /ยกเลิกแล้ว[\s\S]*สิ้นสุดการมอบอำนาจ/);
    await untilText(page.getByTestId('filer-1'), /ใช้งานได้/);
    await expectAccessible(page);
    await screenshot(page, 'business-filers-revoked');
  });

  it("the director signs in with D.DOPA and finds the company's hotel, filed on its behalf", async () => {
    await suite.app.caughtUp();
    const page = patient(await suite.freshPage());
    await signInWithDopa(page, director);
    await untilText(page.getByTestId(`business-${businessNo}`), /โรงแรมทะเลงาม[\s\S]*ยื่นแทนนิติบุคคล[\s\S]*บริษัท ทะเลงาม จำกัด · ฐานะ กรรมการผู้มีอำนาจ/);
    await expectAccessible(page);
    await screenshot(page, 'business-filers-filer-home');
    await page.getByRole('button', { name: 'ยื่นแบบประจำเดือน' }).click();
    const form = page.getByRole('form', { name: 'ยื่นแบบประจำเดือน' });
    await untilText(form, /ยื่นแทน บริษัท ทะเลงาม จำกัด[\s\S]*ว่างไว้จะใช้ฐานะ "กรรมการผู้มีอำนาจ"/);
    await field(form, 'เดือนที่ยื่น').fill(day.periodTyped);
    await field(form, 'ค่าเช่าห้องพักที่ได้รับ (บาท)').fill('๒๐๐,๐๐๐');
    await form.getByRole('button', { name: 'ยื่นแบบและคำนวณภาษี' }).click();
    await untilText(page.getByTestId('version-1'), /ออนไลน์[\s\S]*ผู้ยื่น นายสมชาย ใจดี \(กรรมการผู้มีอำนาจ\)/);
    await screenshot(page, 'business-filers-filed');
  });
});
