import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, openBrowser, pageSignedInAs, screenshot } from './support/browser.js';
import { patient, untilText } from './support/centre-pages.js';

/**
 * The bank's bill-payment file reconciled in the browser by Chonburi's province staff: the sample in test/fixtures
 * uploaded for the PAO's September 2568 returns, the run's result line by line (two matches with receipts 1/2569 and
 * 2/2569, an unknown reference, a payment reversed in the file), the list of runs and its lines to settle, the same
 * file refused again, and the receipt on the return's page.
 */

jest.setTimeout(180_000);
const SAMPLE = fileURLToPath(new URL('../fixtures/bill-payments/ktb-bill-payment-sample.txt', import.meta.url));

describeInBrowser('bill payments reconciled in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let province: SignedIn;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ clockStart: new Date('2025-10-20T10:00:00+07:00') }), openBrowser()]);
    const ok = async (who: SignedIn, query: string, input: object) => {
      const answer = await who.graphql(query, { input });
      expect(answer.errors).toBeUndefined();
      return answer.data;
    };
    await ok(app.admin, 'mutation ($input: RegisterLocalAuthorityInput!) { registerLocalAuthority(input: $input) { code } }',
      { code: '2200101', nameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', kind: 'PAO', provinceCode: '20', billerCode: '80141' });
    await ok(app.admin, 'mutation ($input: EnactAuthorityTermsInput!) { enactAuthorityTerms(input: $input) { effectiveFrom } }', {
      authorityCode: '2200101', effectiveFrom: '2567-10-01', ordinance: 'ข้อบัญญัติ อบจ.ชลบุรี พ.ศ. 2567', hotelFeePercent: '0.5',
      fuelRates: { petrol: '4.54' }, tobaccoRate: '9.30', filingDeadlineDay: '13', surchargePercentPerMonth: '2', surchargeCapPercent: '100',
    });
    province = await app.signInAs({ level: 'PROVINCE', office: '20' });
    const businesses: [string, string, string, object][] = [
      ['โรงแรมบางแสนบีช', 'HOTEL', '0105556000017', { roomRent: '2500100' }],
      ['หจก. ปั๊มน้ำมันศรีราชา', 'FUEL', '0105556000025', { fuel: { petrol: '100000' } }],
      ['โรงแรมเกาะสีชัง', 'HOTEL', '0105556000033', { roomRent: '1000000' }],
    ];
    for (const [nameTh, kind, ownerIdNumber, figures] of businesses) {
      const { registerBusiness } = await ok(province, 'mutation ($input: RegisterBusinessInput!) { registerBusiness(input: $input) { businessNo } }', {
        authorityCode: '2200101', nameTh, kinds: [kind], addressLine: '1 ถนนสุขุมวิท', subdistrictCode: '200401', ownerKind: 'JURISTIC', ownerIdNumber, ownerName: nameTh,
      });
      await ok(province, 'mutation ($input: FileMonthlyReturnInput!) { fileMonthlyReturn(input: $input) { id } }', {
        businessNo: registerBusiness.businessNo, kind, period: '2568-09', figures, filer: { name: 'นางสมใจ ใจดี' }, receivedOn: '2568-10-10',
      });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("uploads the bank's file, shows the matches, the unmatched and the reversal, lists the run and the receipt on the return", async () => {
    const page: Page = patient(await pageSignedInAs(browser, app, province));
    await page.goto('/local-authorities/2200101');
    await page.getByRole('link', { name: 'รับชำระจากธนาคาร' }).click();
    await page.getByRole('heading', { level: 1, name: /รับชำระจากธนาคาร/ }).waitFor();
    const form = page.getByRole('form', { name: 'กระทบยอดไฟล์รับชำระ' });
    await form.locator('input[type="file"]').setInputFiles(SAMPLE);
    await form.getByRole('button', { name: 'กระทบยอด' }).click();
    await untilText(page.getByTestId('run-result'), /กระทบยอดแล้ว: ไฟล์วันที่ 10 ตุลาคม 2568 บัญชี 9860012345 · 5 รายการ/);
    await untilText(page.getByTestId('run-totals').first(), /ตรงยอด 2 รายการ 17,040\.50 บาท[^]*ไม่พบใบแจ้งชำระ 1 รายการ 930\.00 บาท[^]*ต้องตรวจสอบ 2 รายการ 10,000\.00 บาท/);
    await untilText(page.getByTestId('line-2'), /ชำระตรงยอด ออกใบเสร็จแล้ว[^]*โรงแรมบางแสนบีช[^]*12,500\.50[^]*1-HOTEL-2025-09 · ใบเสร็จ 1\/2569/);
    await untilText(page.getByTestId('line-3'), /ปั๊มน้ำมันศรีราชา[^]*4,540\.00[^]*ใบเสร็จ 2\/2569/);
    await untilText(page.getByTestId('line-4'), /ไม่พบใบแจ้งชำระตาม Ref1\/Ref2[^]*ร้านค้ายาสูบพัทยา/);
    await untilText(page.getByTestId('line-6'), /ธนาคารยกเลิกรายการ[^]*5,000\.00\s*5,000\.00/);
    await untilText(page.getByTestId('runs'), /ktb-bill-payment-sample\.txt\s*10 ตุลาคม 2568\s*5\s*2 \(17,040\.50\)\s*1\s*2/);
    await expectAccessible(page);
    await screenshot(page, 'bill-payments-run');

    await page.getByRole('button', { name: 'รายการที่ต้องตรวจสอบ' }).click();
    await untilText(page.getByTestId('run-to-settle'), /รายการที่ต้องตรวจสอบของไฟล์ ktb-bill-payment-sample\.txt \(3\)/);
    await expect(page.getByTestId('run-to-settle').getByTestId('line-2').count()).resolves.toBe(0);
    await untilText(page.getByTestId('run-to-settle'), /รายการนี้ถูกยกเลิกในไฟล์เดียวกัน/);

    await form.locator('input[type="file"]').setInputFiles(SAMPLE);
    await form.getByRole('button', { name: 'กระทบยอด' }).click();
    await untilText(form, /ไฟล์นี้ \(ค่า SHA-256 เดียวกัน\) กระทบยอดไปแล้ว/);
    await screenshot(page, 'bill-payments-same-file-refused');

    await page.goto('/monthly-returns/1-HOTEL-2025-09');
    await untilText(page.getByTestId('payment-1'), /ชำระแล้ว 12,500\.50 บาท[^]*ใบเสร็จเลขที่ 1\/2569 \(ไฟล์ธนาคารบรรทัด 2\)/);
    await expectAccessible(page);
    await screenshot(page, 'monthly-return-paid');
  });
});
