import { beforeAll, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { ERASED_MARKER, PERSONAL_DATA_SHREDDER, type PersonalDataShredder } from '../../src/personal-data/keys/personal-data-shredder.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { besideField, patient, toThaiDigits, untilText } from './support/centre-pages.js';

/**
 * A PAO's businesses and monthly returns in the browser: the district the hotel lies in registers it, keys its paper
 * return for March 2568 received a day after the deadline Songkran moved, reads the assessment and the bill, files an
 * amended return, and reads it again with the erasure marker once its personal data is erased; a citizen's business
 * is listed with the marker for its owner once theirs is.
 */

jest.setTimeout(180_000);

describeInBrowser('businesses and monthly returns in the browser', () => {
  const suite = browserSuite({ clockStart: new Date('2025-04-25T10:00:00+07:00') });
  let district: SignedIn;
  beforeAll(async () => {
    const { app } = suite;
    const ok = async (query: string, input: object) => expect((await app.admin.graphql(query, { input })).errors).toBeUndefined();
    await ok('mutation ($input: RegisterLocalAuthorityInput!) { registerLocalAuthority(input: $input) { code } }',
      { code: '2200101', nameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', kind: 'PAO', provinceCode: '20', billerCode: '80141' });
    await ok('mutation ($input: EnactAuthorityTermsInput!) { enactAuthorityTerms(input: $input) { effectiveFrom } }', {
      authorityCode: '2200101', effectiveFrom: '2567-10-01', ordinance: 'ข้อบัญญัติ อบจ.ชลบุรี พ.ศ. 2567', hotelFeePercent: '0.5',
      tobaccoRate: '9.30', filingDeadlineDay: '13', surchargePercentPerMonth: '2', surchargeCapPercent: '100',
    });
    district = await app.signInAs({ level: 'DISTRICT', office: '2004' });
  });

  it('registers a hotel, keys its late paper return, shows the assessment and bill, and amends it', async () => {
    const page: Page = patient(await suite.pageAs(district));
    await page.goto('/local-authorities/2200101');
    await page.getByRole('link', { name: 'สถานประกอบการ' }).click();
    await page.getByRole('heading', { level: 1, name: 'สถานประกอบการ' }).waitFor();
    const register = page.getByRole('form', { name: 'ลงทะเบียนสถานประกอบการ' });
    await field(register, 'ชื่อสถานประกอบการ').fill('โรงแรมทะเลงาม');
    await register.getByLabel('ค่าธรรมเนียมผู้พักในโรงแรม').check();
    await field(register, 'ที่ตั้ง (เลขที่ ถนน)').fill('99 ถนนพัทยาสาย 2');
    await field(register, 'รหัสตำบล').fill('๒๐๐๔๐๑');
    await field(register, 'เลขประจำตัว 13 หลักของผู้ประกอบการ').fill('๐๑๐๕๕๕๖๐๐๐๐๑๑');
    await field(register, 'ชื่อผู้ประกอบการ').fill('บริษัท ทะเลงาม จำกัด');
    await register.getByRole('button', { name: 'ลงทะเบียน' }).click();
    await expect(besideField(field(register, 'เลขประจำตัว 13 หลักของผู้ประกอบการ'))).resolves.toContain('หลักตรวจสอบไม่ตรง');
    await field(register, 'เลขประจำตัว 13 หลักของผู้ประกอบการ').fill('๐๑๐๕๕๕๖๐๐๐๐๑๗');
    await register.getByRole('button', { name: 'ลงทะเบียน' }).click();
    const notice = await untilText(page.getByTestId('business-notice'), /ลงทะเบียน โรงแรมทะเลงาม \(เลขทะเบียน \d+\) แล้ว/);
    const businessNo = /เลขทะเบียน (\d+)/.exec(notice)![1];
    await untilText(page.getByTestId('businesses'), /โรงแรมทะเลงาม[\s\S]*บางละมุง, บางละมุง, ชลบุรี[\s\S]*0105556000017/);
    await expectAccessible(page);
    await screenshot(page, 'businesses');

    await page.getByRole('link', { name: 'แบบยื่นรายเดือน' }).click();
    await page.getByRole('heading', { level: 1, name: 'แบบยื่นรายเดือน' }).waitFor();
    const file = page.getByRole('form', { name: 'บันทึกแบบยื่นรายเดือน' });
    await field(file, 'เลขทะเบียนสถานประกอบการ').fill(toThaiDigits(businessNo));
    await field(file, 'เดือนที่ยื่น').fill('๒๕๖๘-๐๓');
    await field(file, 'วันที่รับแบบ').fill('๑๘/๔/๒๕๖๘');
    await field(file, 'ค่าเช่าห้องพักที่ได้รับ (บาท)').fill('๑,๐๐๐,๐๐๐');
    await field(file, 'ผู้ยื่นแบบ').fill('นางสมใจ ใจดี');
    await file.getByRole('button', { name: 'บันทึกและประเมิน' }).click();
    await page.getByRole('heading', { level: 1, name: 'ค่าธรรมเนียมผู้พักในโรงแรม เดือนมีนาคม 2568' }).waitFor();
    await untilText(page.getByTestId('version-1'), /ครบกำหนดยื่น 17 เมษายน 2568 · ยื่นช้า 1 เดือน/);
    await untilText(page.getByTestId('assessment-1'), /ค่าเช่าห้องพัก\s*1000000\.00\s*0\.50 %\s*5000\.000000/);
    await untilText(page.getByTestId('version-1'), /เงินเพิ่ม[^]*100\.00 บาท[^]*ผลต่างที่ต้องชำระ 5,100\.00 บาท/);
    await untilText(page.getByTestId('bill-1'), new RegExp(`5,100\\.00 บาท[^]*Ref1: 22001011256803 · Ref2: ${businessNo.padStart(8, '0')}01\\d`));
    await untilText(page.getByTestId('bill-1'), /\|000000008014100 \[CR\] 22001011256803 \[CR\] \d{11} \[CR\] 510000/);
    // A month late: the bill counts a month of เงินเพิ่ม, owed as billed to the same day a month after the deadline.
    await untilText(page.getByTestId('pay-by-1'), 'ชำระภายใน 17 พฤษภาคม 2568 (ยอดนี้รวมเงินเพิ่มถึงวันนั้น');
    await expectAccessible(page);
    await screenshot(page, 'monthly-return');

    const amend = page.getByRole('form', { name: 'ยื่นแบบเพิ่มเติม' });
    await field(amend, 'ค่าเช่าห้องพักที่ได้รับ (บาท)').fill('1000000');
    await field(amend, 'ผู้ยื่นแบบเพิ่มเติม').fill('นางสมใจ ใจดี');
    await field(amend, 'เหตุที่แก้ไข').fill('ค่าห้องตกหล่น');
    await amend.getByRole('button', { name: 'ยื่นแบบเพิ่มเติม' }).click();
    await untilText(page.getByTestId('amend-refusal'), 'เหมือนฉบับล่าสุด');
    await field(amend, 'ค่าเช่าห้องพักที่ได้รับ (บาท)').fill('๑,๒๐๐,๐๐๐');
    await amend.getByRole('button', { name: 'ยื่นแบบเพิ่มเติม' }).click();
    await untilText(page.getByTestId('return-notice'), 'บันทึกแบบเพิ่มเติม ฉบับที่ 2 แล้ว');
    await untilText(page.getByTestId('version-2'), /เหตุที่แก้ไข: ค่าห้องตกหล่น[^]*ผลต่างที่ต้องชำระ 1,020\.00 บาท/);
    await untilText(page.getByTestId('pay-by-2'), 'ชำระภายใน 17 พฤษภาคม 2568');
    await untilText(page.getByTestId('return-summary'), /ฉบับล่าสุด 2 · ออกใบแจ้งชำระแล้ว · ยอดตามแบบ 6,000\.00 บาท · เรียกเก็บแล้ว 6,120\.00 บาท/);
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'monthly-return-amended');

    // Its personal data erased (as a retention rule erases a return's keys), the page shows the marker for the signers
    // and the reason, and every figure as it was.
    await suite.app.app.get<PersonalDataShredder>(PERSONAL_DATA_SHREDDER)
      .eraseStreams([`monthly-return-${businessNo}-HOTEL-2025-03`], { kind: 'RETENTION', reference: 'browser' });
    await page.reload();
    await untilText(page.getByTestId('version-2'), new RegExp(`ผู้ยื่น ${ERASED_MARKER}[^]*เหตุที่แก้ไข: ${ERASED_MARKER}[^]*ผลต่างที่ต้องชำระ 1,020\\.00 บาท`));
    await untilText(page.getByTestId('version-1'), new RegExp(`ผู้ยื่น ${ERASED_MARKER}[^]*ผลต่างที่ต้องชำระ 5,100\\.00 บาท`));
    await untilText(page.getByTestId('return-summary'), /ฉบับล่าสุด 2 · ออกใบแจ้งชำระแล้ว · ยอดตามแบบ 6,000\.00 บาท · เรียกเก็บแล้ว 6,120\.00 บาท/);
    await expect(page.getByText('นางสมใจ').count()).resolves.toBe(0);

    await page.getByRole('link', { name: /แบบยื่นรายเดือนของ/ }).click();
    await suite.app.caughtUp();
    await page.reload();
    await untilText(page.getByTestId('monthly-returns'), /มีนาคม 2568[\s\S]*โรงแรมทะเลงาม[\s\S]*6,000\.00[\s\S]*120\.00[\s\S]*6,120\.00[\s\S]*17 พฤษภาคม 2568[\s\S]*ออกใบแจ้งชำระแล้ว/);
    const search = page.getByRole('form', { name: 'ค้นหาแบบยื่นรายเดือน' });
    await field(search, 'เดือน').fill('๒๕๖๘-๐๒');
    await search.getByRole('button', { name: 'ค้นหา' }).click();
    await untilText(page.getByText(/^\d+ แบบ$/), '0 แบบ');
    await field(search, 'เดือน').fill('๒๕๖๘-๐๓');
    await search.getByRole('button', { name: 'ค้นหา' }).click();
    await untilText(page.getByText(/^\d+ แบบ$/), '1 แบบ');
    await expectAccessible(page);
    await screenshot(page, 'monthly-returns');
  });

  it("lists a citizen's business with the marker for its owner once their personal data is erased", async () => {
    const owner = { id: '3101200123453', name: 'นางบุญมี ลบแล้ว' };
    const registered = await district.graphql('mutation ($input: RegisterBusinessInput!) { registerBusiness(input: $input) { businessNo } }', { input: {
      authorityCode: '2200101', nameTh: 'ร้านบุญมียาสูบ', kinds: ['TOBACCO'], addressLine: '5 ถนนพัทยาใต้', subdistrictCode: '200401',
      ownerKind: 'CITIZEN', ownerIdNumber: owner.id, ownerName: owner.name,
    } });
    expect(registered.errors).toBeUndefined();
    await suite.app.app.get<PersonalDataShredder>(PERSONAL_DATA_SHREDDER).eraseSubject(owner.id, { kind: 'REQUEST', reference: 'browser' });
    const page: Page = patient(await suite.pageAs(district));
    await page.goto('/local-authorities/2200101');
    await page.getByRole('link', { name: 'สถานประกอบการ' }).click();
    await untilText(page.getByTestId('businesses'), new RegExp(`ร้านบุญมียาสูบ[\\s\\S]*${ERASED_MARKER} \\(${ERASED_MARKER}\\)`));
    await expect(page.getByText(owner.id).count()).resolves.toBe(0);
    await expect(page.getByText('บุญมี ลบแล้ว').count()).resolves.toBe(0);
    await expectAccessible(page);
  });
});
