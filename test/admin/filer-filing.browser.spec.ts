import { beforeAll, expect, it, jest } from '@jest/globals';
import { registerChonburiPao } from '../support/chonburi-pao.js';
import { citizenId } from '../support/complaint-fixtures.js';
import { filingDayAhead } from '../support/filer-sign-in.js';
import type { IssuerAccount } from '../support/oidc-issuer.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { patient, untilText } from './support/centre-pages.js';
import { filerBrowserSuite, signInWithDopa } from './support/filer-suite.js';

/**
 * ยื่นแบบออนไลน์ in the browser: a hotel owner signs in with D.DOPA (a real OpenID Connect provider), sees their
 * business, files last month's hotel fee in Thai digits, reads what to pay (Ref1, Ref2, the bill-payment payload),
 * finds it in their list at once, amends the figures and pays only the difference, and finds the new version in their list.
 */

jest.setTimeout(300_000);

const somchai: IssuerAccount = { sub: 'dopa-0001', pid: citizenId('110170023070'), name: 'นายสมชาย ใจดี' };
const day = filingDayAhead();

describeInBrowser('a citizen files online in the browser', () => {
  const suite = filerBrowserSuite(somchai, day.clockStart);
  beforeAll(async () => {
    const { app } = suite;
    await registerChonburiPao(app.admin);
    const district = await app.signInAs({ level: 'DISTRICT', office: '2004' });
    const registered = await district.graphql('mutation ($input: RegisterBusinessInput!) { registerBusiness(input: $input) { businessNo } }', { input: {
      authorityCode: '2200101', nameTh: 'โรงแรมสมชายบีช', kinds: ['HOTEL', 'TOBACCO'], addressLine: '99 ถนนพัทยาสาย 2', subdistrictCode: '200401',
      ownerKind: 'CITIZEN', ownerIdNumber: somchai.pid, ownerName: somchai.name,
    } });
    expect(registered.errors).toBeUndefined();
  });

  it('signs in, files a month, reads the bill, amends it and finds it in the list', async () => {
    const page = patient(await suite.freshPage());
    await signInWithDopa(page, somchai);
    await untilText(page.locator('[data-testid^="business-"]'), /โรงแรมสมชายบีช[\s\S]*องค์การบริหารส่วนจังหวัดชลบุรี[\s\S]*ค่าธรรมเนียมผู้พักในโรงแรม/);
    await expectAccessible(page);
    await screenshot(page, 'filer-home');

    await page.getByRole('button', { name: 'ยื่นแบบประจำเดือน' }).click();
    const form = page.getByRole('form', { name: 'ยื่นแบบประจำเดือน' });
    await field(form, 'เดือนที่ยื่น').fill(day.periodTyped);
    await field(form, 'ค่าเช่าห้องพักที่ได้รับ (บาท)').fill('๑,๐๐๐,๐๐๐');
    await field(form, 'ตำแหน่งของท่านในกิจการ').fill('เจ้าของ');
    await expectAccessible(page);
    await screenshot(page, 'filer-file-form');
    await form.getByRole('button', { name: 'ยื่นแบบและคำนวณภาษี' }).click();

    await untilText(page.getByTestId('to-pay-1'), new RegExp(`ยอดที่ต้องชำระ 5,100.00 บาท[\\s\\S]*Ref1 22001011${day.periodBe}`));
    await untilText(page.getByTestId('to-pay-by-1'), /ชำระภายใน \d{1,2} \S+ 25\d\d/);
    await untilText(page.getByTestId('version-1'), /ออนไลน์[\s\S]*ผู้ยื่น นายสมชาย ใจดี \(เจ้าของ\)[\s\S]*ยื่นช้า 1 เดือน/);
    await expect(page.getByTestId('return-status').innerText()).resolves.toBe('ออกใบแจ้งชำระแล้ว');
    await expectAccessible(page);
    await screenshot(page, 'filer-return-billed');

    // The list is a read model following the log: the return just filed heads it at once, as filing answered it.
    await page.getByRole('button', { name: '← กลับไปหน้าแบบของฉัน' }).click();
    await untilText(page.getByTestId('my-returns'), /โรงแรมสมชายบีช[\s\S]*ค่าธรรมเนียมผู้พักในโรงแรม[\s\S]*5,000.00[\s\S]*ออกใบแจ้งชำระแล้ว/);
    await expect(page.getByTestId('my-returns').innerText()).resolves.not.toMatch(/ฉบับที่/);
    await screenshot(page, 'filer-my-returns-filed');
    await page.getByTestId('my-returns').getByRole('button', { name: 'ดูรายละเอียด' }).click();

    const amend = page.getByRole('form', { name: 'ยื่นแบบเพิ่มเติม' });
    await field(amend, 'ค่าเช่าห้องพักที่ได้รับ (บาท)').fill('1000000');
    await field(amend, 'เหตุที่แก้ไข').fill('ไม่มีการเปลี่ยนแปลง');
    await amend.getByRole('button', { name: 'ยื่นแบบเพิ่มเติม' }).click();
    await untilText(amend.getByTestId('amend-refusal'), /เหมือนฉบับล่าสุด/);
    await field(amend, 'ค่าเช่าห้องพักที่ได้รับ (บาท)').fill('1,200,000');
    await field(amend, 'เหตุที่แก้ไข').fill('ค่าห้องตกหล่น');
    await amend.getByRole('button', { name: 'ยื่นแบบเพิ่มเติม' }).click();
    await untilText(page.getByTestId('to-pay-2'), /ยอดที่ต้องชำระ 1,020.00 บาท/);
    await untilText(page.getByTestId('version-2'), /ฉบับที่ 2 \(ยื่นเพิ่มเติม\)[\s\S]*เหตุที่แก้ไข: ค่าห้องตกหล่น/);

    await page.getByRole('button', { name: '← กลับไปหน้าแบบของฉัน' }).click();
    await untilText(page.getByTestId('my-returns'), /โรงแรมสมชายบีช[\s\S]*ค่าธรรมเนียมผู้พักในโรงแรม \(ฉบับที่ 2\)[\s\S]*6,000.00[\s\S]*ออกใบแจ้งชำระแล้ว/);
    await expectAccessible(page);
    await screenshot(page, 'filer-my-returns');
  });
});
