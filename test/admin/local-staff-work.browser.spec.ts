import { beforeAll, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { patient, untilText } from './support/centre-pages.js';

/**
 * An authority's revenue staff (LOCAL) at work in the browser: the PAO's staff go from their home page to the
 * businesses, register a hotel and key its paper return; the SAO's staff request a leaflet permit at their SAO,
 * check and approve it. Neither opens the other authority's pages: they read as not found or empty.
 */

jest.setTimeout(300_000);

describeInBrowser('LOCAL accounts at work in the browser', () => {
  const suite = browserSuite({ clockStart: new Date('2025-12-01T10:00:00+07:00') });
  let paoStaff: SignedIn;
  let pongStaff: SignedIn;
  let businessNo = '';
  let permitId = '';

  beforeAll(async () => {
    const { app } = suite;
    const ok = async (query: string, input: object) => expect((await app.admin.graphql(query, { input })).errors).toBeUndefined();
    const REGISTER = 'mutation ($input: RegisterLocalAuthorityInput!) { registerLocalAuthority(input: $input) { code } }';
    const ENACT = 'mutation ($input: EnactAuthorityTermsInput!) { enactAuthorityTerms(input: $input) { effectiveFrom } }';
    await ok(REGISTER, { code: '2200101', nameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', kind: 'PAO', provinceCode: '20', billerCode: '80141' });
    await ok(REGISTER, { code: '6200702', nameTh: 'องค์การบริหารส่วนตำบลโป่ง', kind: 'SAO', provinceCode: '20', districtCode: '2004', billerCode: '81234' });
    await ok(ENACT, {
      authorityCode: '2200101', effectiveFrom: '2567-10-01', ordinance: 'ข้อบัญญัติ อบจ.ชลบุรี พ.ศ. 2567', hotelFeePercent: '0.5',
      tobaccoRate: '9.30', filingDeadlineDay: '13', surchargePercentPerMonth: '2', surchargeCapPercent: '100',
    });
    await ok(ENACT, {
      authorityCode: '6200702', effectiveFrom: '2568-01-01', ordinance: 'ข้อบัญญัติ อบต.โป่ง เรื่อง ค่าธรรมเนียม', leafletPermitFee: '200',
      leafletDecisionDays: '5', filingDeadlineDay: '10', surchargePercentPerMonth: '1.5', surchargeCapPercent: '50',
    });
    paoStaff = await app.signInAs({ level: 'LOCAL', office: '2200101' });
    pongStaff = await app.signInAs({ level: 'LOCAL', office: '6200702' });
  });

  it("the PAO's staff register a business and key its paper return from their home page", async () => {
    const page: Page = patient(await suite.pageAs(paoStaff));
    await page.goto('/');
    await page.waitForURL('**/local-authorities/2200101');
    const menu = page.getByRole('navigation', { name: 'เมนูหลัก' });
    await expect(menu.getByRole('link').allInnerTexts()).resolves.toEqual(['หน้าหลัก', 'องค์กรปกครองส่วนท้องถิ่น', 'งานของ อปท.']);
    await page.getByRole('link', { name: 'สถานประกอบการ' }).click();
    await page.getByRole('heading', { level: 1, name: 'สถานประกอบการ' }).waitFor();
    const register = page.getByRole('form', { name: 'ลงทะเบียนสถานประกอบการ' });
    await field(register, 'ชื่อสถานประกอบการ').fill('โรงแรมทะเลงาม');
    await register.getByLabel('ค่าธรรมเนียมผู้พักในโรงแรม').check();
    await field(register, 'ที่ตั้ง (เลขที่ ถนน)').fill('99 ถนนพัทยาสาย 2');
    await field(register, 'รหัสตำบล').fill('๒๐๐๔๐๑');
    await field(register, 'เลขประจำตัว 13 หลักของผู้ประกอบการ').fill('๐๑๐๕๕๕๖๐๐๐๐๑๗');
    await field(register, 'ชื่อผู้ประกอบการ').fill('บริษัท ทะเลงาม จำกัด');
    await register.getByRole('button', { name: 'ลงทะเบียน' }).click();
    const notice = await untilText(page.getByTestId('business-notice'), /ลงทะเบียน โรงแรมทะเลงาม \(เลขทะเบียน \d+\) แล้ว/);
    businessNo = /เลขทะเบียน (\d+)/.exec(notice)![1];
    await untilText(page.getByTestId('businesses'), /โรงแรมทะเลงาม[\s\S]*0105556000017/);
    await expectAccessible(page);
    await screenshot(page, 'local-pao-businesses');

    await page.getByRole('link', { name: 'แบบยื่นรายเดือน' }).click();
    await page.getByRole('heading', { level: 1, name: 'แบบยื่นรายเดือน' }).waitFor();
    const file = page.getByRole('form', { name: 'บันทึกแบบยื่นรายเดือน' });
    await field(file, 'เลขทะเบียนสถานประกอบการ').fill(businessNo);
    await field(file, 'เดือนที่ยื่น').fill('๒๕๖๘-๑๐');
    await field(file, 'วันที่รับแบบ').fill('๑๐/๑๑/๒๕๖๘');
    await field(file, 'ค่าเช่าห้องพักที่ได้รับ (บาท)').fill('๑,๐๐๐,๐๐๐');
    await field(file, 'ผู้ยื่นแบบ').fill('นางสมใจ ใจดี');
    await file.getByRole('button', { name: 'บันทึกและประเมิน' }).click();
    await page.getByRole('heading', { level: 1, name: 'ค่าธรรมเนียมผู้พักในโรงแรม เดือนตุลาคม 2568' }).waitFor();
    await untilText(page.getByTestId('return-summary'), /ฉบับล่าสุด 1/);
    await screenshot(page, 'local-pao-return');

    // The SAO's page is not theirs.
    await page.goto('/local-authorities/6200702');
    await untilText(page.getByRole('alert'), 'แสดงข้อมูลไม่ได้');
    await page.goto('/leaflet-permits');
    await page.getByRole('heading', { level: 1, name: 'ใบอนุญาตโฆษณาด้วยการปิด ทิ้ง หรือโปรยแผ่นประกาศ' }).waitFor();
    await page.getByText('ไม่พบคำขอตามเงื่อนไขที่เลือก').waitFor();
  });

  it("the SAO's staff request a leaflet permit at their SAO, check and approve it, and open none of the PAO's filings", async () => {
    const page: Page = patient(await suite.pageAs(pongStaff));
    await page.goto('/');
    await page.waitForURL('**/local-authorities/6200702');
    await page.getByRole('link', { name: 'ยื่นคำขอใหม่' }).click();
    const form = page.getByRole('form', { name: 'คำขออนุญาต' });
    await expect(field(form, 'รหัส อปท. ที่ยื่นคำขอ').inputValue()).resolves.toBe('6200702');
    await field(form, 'ชื่อผู้ขอ').fill('นางสาวน้ำฝน ศรีสุข');
    await field(form, 'เลขประจำตัวประชาชน').fill('๑๑๐๑๗๐๐๒๓๔๕๖๘');
    await field(form, 'โทรศัพท์').fill('๐๘๙-๑๒๓-๔๕๖๗');
    await field(form, 'จำนวนแผ่นประกาศ').fill('๒,๐๐๐');
    await field(form, 'เริ่มโฆษณาวันที่').fill('๒๐/๑๒/๒๕๖๘');
    await field(form, 'ถึงวันที่').fill('๓๑/๑๒/๒๕๖๘');
    await field(form, 'ข้อความหรือสิ่งที่โฆษณา').fill('ร้านน้ำเต้าหู้เปิดใหม่');
    await field(form, 'รหัสตำบล').fill('๒๐๐๔๐๔');
    await field(form, 'รายละเอียด').fill('หน้าตลาดโป่ง');
    await form.getByRole('button', { name: 'บันทึกคำขอ' }).click();
    const notice = await untilText(page.getByTestId('permit-notice'), /บันทึกคำขอเลขที่ LP-[0-9A-Z-]+ แล้ว/);
    permitId = /LP-[0-9A-Z-]+/.exec(notice)![0];
    await page.getByRole('form', { name: 'ตรวจสอบคำขอ' }).getByRole('button', { name: 'ตรวจสอบแล้ว' }).click();
    await untilText(page.getByTestId('permit-status'), 'ตรวจสอบแล้ว รอพิจารณา');
    const decide = page.getByRole('form', { name: 'พิจารณาคำขอ' });
    await field(decide, 'เงื่อนไขการอนุญาต').fill('ห้ามปิดบนเสาไฟฟ้าและต้นไม้');
    await decide.getByRole('button', { name: 'อนุญาต', exact: true }).click();
    await untilText(page.getByTestId('permit-status'), 'อนุญาต รอชำระค่าธรรมเนียม');
    await expectAccessible(page);
    await screenshot(page, 'local-sao-permit-approved');
    await page.goto('/leaflet-permits');
    await untilText(page.getByTestId(`permit-${permitId}`), /นางสาวน้ำฝน ศรีสุข/);

    // The PAO's businesses and returns are not theirs: the list is empty, a return is not found.
    await page.goto('/local-authorities/2200101/businesses');
    await page.getByRole('heading', { level: 1, name: 'สถานประกอบการ' }).waitFor();
    await untilText(page.getByRole('alert'), 'แสดงข้อมูลไม่ได้');
    await expect(page.getByTestId(`business-${businessNo}`).count()).resolves.toBe(0);
    await expect(page.getByRole('form', { name: 'ลงทะเบียนสถานประกอบการ' }).count()).resolves.toBe(0);
    await page.goto(`/monthly-returns/${businessNo}-HOTEL-2025-10`);
    await untilText(page.getByRole('alert'), 'ไม่พบแบบรายเดือนนี้');
    await screenshot(page, 'local-sao-return-not-found');
  });
});
