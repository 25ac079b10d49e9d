import fs from 'node:fs/promises';
import { beforeAll, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { billPaymentFile } from '../support/bill-payment-records.js';
import { CHONBURI_PAO, type ChonburiBusiness, registerChonburiBusinesses, registerChonburiPao } from '../support/chonburi-pao.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { patient, toThaiDigits, untilText, withCheckDigit } from './support/centre-pages.js';

/**
 * The PAO's own revenue staff key a hotel's October 2568 return in the browser; the bank's file pays it; their
 * collection report then shows it by month of payment, beside another hotel's late bill still outstanding and a
 * filling station that did not file (with twenty more hotels that did not, the list a page of 20 at a time), for the
 * fiscal year and for the month; the Excel and PDF files download.
 */

jest.setTimeout(240_000);

describeInBrowser('authority collection reports in the browser', () => {
  // Thursday 20 November 2568, 10:00 in Bangkok: October's returns were due on the 13th.
  const suite = browserSuite({ clockStart: new Date('2025-11-20T10:00:00+07:00') });
  let revenue: SignedIn;
  let province: SignedIn;
  let businessNos: number[] = [];
  const ok = async (who: SignedIn, query: string, input: object) => {
    const answer = await who.graphql(query, { input });
    expect(answer.errors).toBeUndefined();
    return answer.data;
  };
  beforeAll(async () => {
    const { app } = suite;
    await registerChonburiPao(app.admin);
    [revenue, province] = await Promise.all([app.signInAs({ level: 'LOCAL', office: '2200101' }), app.signInAs({ level: 'PROVINCE', office: '20' })]);
    // The register as it stood: the first two were registered in September 2568 (the service's clock starts later).
    businessNos = await registerChonburiBusinesses(revenue, [
      ['โรงแรมทะเลงาม', 'HOTEL', '200401', '0105556000017'], ['หจก. ปั๊มน้ำมันบางละมุง', 'FUEL', '200401', '0105556000025'],
      ['โรงแรมในเมือง', 'HOTEL', '200401', '0105556000033'],
    ], { pool: app.db.pool, count: 2, at: '2025-09-01T03:00:00Z' });
    const silent = Array.from({ length: 20 }, (_, i): ChonburiBusiness => [`โรงแรมเงียบที่ ${i + 1}`, 'HOTEL', '200401', withCheckDigit(`010555610${String(i).padStart(3, '0')}`)]);
    await registerChonburiBusinesses(revenue, silent, { pool: app.db.pool, count: 20, at: '2025-09-01T03:00:00Z' });
    await ok(revenue, 'mutation ($input: FileMonthlyReturnInput!) { fileMonthlyReturn(input: $input) { id } }', {
      businessNo: businessNos[2], kind: 'HOTEL', period: '2568-10', figures: { roomRent: '1000000' }, filer: { name: 'นายมานะ ขยัน' },
    });
  });

  async function fileAndPay(page: Page): Promise<void> {
    await page.goto('/local-authorities/2200101/returns');
    const form = page.getByRole('form', { name: 'บันทึกแบบยื่นรายเดือน' });
    await field(form, 'เลขทะเบียนสถานประกอบการ').fill(toThaiDigits(String(businessNos[0])));
    await field(form, 'เดือนที่ยื่น').fill('๒๕๖๘-๑๐');
    await field(form, 'วันที่รับแบบ').fill('๑๐/๑๑/๒๕๖๘');
    await field(form, 'ค่าเช่าห้องพักที่ได้รับ (บาท)').fill('๒,๕๐๐,๑๐๐');
    await field(form, 'ผู้ยื่นแบบ').fill('นางสมใจ ใจดี');
    await form.getByRole('button', { name: 'บันทึกและประเมิน' }).click();
    const bill = await untilText(page.getByTestId('bill-1'), /12,500\.50 บาท[^]*Ref1: \d{14} · Ref2: \d{11}/);
    const [, ref1, ref2] = /Ref1: (\d{14}) · Ref2: (\d{11})/.exec(bill)!;
    const content = billPaymentFile({ companyAccount: '9860012345', companyCode: CHONBURI_PAO.billerCode, day: '12112568', payments: [{ ref1, ref2, satang: 12_500_50n }] }).toString('base64');
    const { reconcileBillPayments } = await ok(province, 'mutation ($input: ReconcileBillPaymentsInput!) { reconcileBillPayments(input: $input) { run { matchedCount } } }',
      { authorityCode: '2200101', contentBase64: content });
    expect(reconcileBillPayments.run.matchedCount).toBe(1);
    await suite.app.caughtUp();
  }

  it("shows the PAO's collection, the bill outstanding and the business that did not file, and downloads the files", async () => {
    const page = patient(await suite.pageAs(revenue));
    await fileAndPay(page);
    await page.goto('/local-authorities/2200101');
    await page.getByRole('link', { name: 'รายงานการจัดเก็บรายได้' }).click();
    await page.getByRole('heading', { level: 1, name: 'รายงานการจัดเก็บรายได้ องค์การบริหารส่วนจังหวัดชลบุรี' }).waitFor();
    await untilText(page.getByTestId('report-heading'), 'ปีงบประมาณ พ.ศ. 2569 · ข้อมูล ณ วันที่ 20 พฤศจิกายน 2568');
    await untilText(page.getByTestId('collection-months'), /ตุลาคม 2568\s*0\.00\s*0\.00\s*0\.00\s*0\.00\s*พฤศจิกายน 2568\s*12,500\.50\s*0\.00\s*0\.00\s*12,500\.50\s*รวม\s*12,500\.50/);
    await untilText(page.getByTestId('collection-kinds'), /ค่าธรรมเนียมบำรุง อบจ\. จากผู้พักในโรงแรม\s*1\s*12,500\.50/);
    await untilText(page.getByTestId('outstanding'), /โรงแรมในเมือง[^]*ตุลาคม 2568\s*13 พฤศจิกายน 2568\s*7\s*5,100\.00\s*0\.00\s*5,100\.00/);
    await untilText(page.getByTestId('non-filers'), /ตุลาคม 2568\s*หจก\. ปั๊มน้ำมันบางละมุง[^]*ภาษีน้ำมัน/);
    await expect(page.getByTestId('non-filers').getByText('โรงแรมในเมือง').count()).resolves.toBe(0);
    await page.getByRole('heading', { level: 2, name: 'สถานประกอบการที่ไม่ยื่นแบบ (21)' }).waitFor();
    await expect(page.getByTestId('non-filers').locator('tbody tr').count()).resolves.toBe(20);
    await expectAccessible(page);
    await screenshot(page, 'authority-collection-report');
    await page.getByRole('button', { name: 'หน้าถัดไป' }).click();
    await untilText(page.getByTestId('non-filers'), /^(?![^]*ปั๊มน้ำมัน)[^]*โรงแรมเงียบที่ 20/);
    await expect(page.getByTestId('non-filers').locator('tbody tr').count()).resolves.toBe(1);
    await page.getByRole('heading', { level: 2, name: 'สถานประกอบการที่ไม่ยื่นแบบ (21) หน้า 2' }).scrollIntoViewIfNeeded();
    await expectAccessible(page);
    await screenshot(page, 'authority-collection-report-non-filers-2');
    await page.getByRole('button', { name: 'หน้าก่อน' }).click();
    await untilText(page.getByTestId('non-filers'), /หจก\. ปั๊มน้ำมันบางละมุง/);
    await page.getByTestId('non-filers').scrollIntoViewIfNeeded();
    await screenshot(page, 'authority-collection-report-outstanding');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'ดาวน์โหลด Excel (.xlsx)' }).click()]);
    expect(xlsx.suggestedFilename()).toBe('รายงานการจัดเก็บรายได้-ปีงบประมาณพ.ศ.2569-องค์การบริหารส่วนจังหวัดชลบุรี.xlsx');
    expect((await fs.readFile((await xlsx.path())!)).subarray(0, 2).toString('latin1')).toBe('PK');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'ดาวน์โหลด PDF' }).click()]);
    expect((await fs.readFile((await pdf.path())!)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await field(page, 'ปีงบประมาณ หรือเดือน').fill('ตุลา');
    await page.getByRole('button', { name: 'แสดงรายงาน' }).click();
    await untilText(page.getByRole('form', { name: 'ช่วงรายงาน' }), /ช่วงรายงานต้องเป็นปีงบประมาณ/);
    await field(page, 'ปีงบประมาณ หรือเดือน').fill('๒๕๖๘-๑๐');
    await page.getByRole('button', { name: 'แสดงรายงาน' }).click();
    await untilText(page.getByTestId('report-heading'), 'เดือนตุลาคม 2568');
    await untilText(page.getByTestId('collection-months'), /ตุลาคม 2568[^]*รวม\s*0\.00\s*0\.00\s*0\.00\s*0\.00/);
    await untilText(page.getByTestId('outstanding'), /โรงแรมในเมือง/);

    await page.getByRole('link', { name: 'ภาพรวมจังหวัด' }).click();
    await page.getByRole('heading', { level: 1, name: 'ภาพรวมจังหวัด องค์การบริหารส่วนจังหวัดชลบุรี' }).waitFor();
    await untilText(page.getByTestId('report-heading'), 'เดือนตุลาคม 2568');
    await untilText(page.getByTestId('non-filers'), /หจก\. ปั๊มน้ำมันบางละมุง/);
    await expectAccessible(page);
    await screenshot(page, 'authority-province-report');
  });
});
