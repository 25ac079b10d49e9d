import { expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { besideField, patient, untilText } from './support/centre-pages.js';

/**
 * `/local-authorities`: central administrators register local administrative organisations and enact their
 * ordinance terms; other accounts read those of their area.
 */

jest.setTimeout(180_000);

describeInBrowser('local authorities in the browser', () => {
  const suite = browserSuite();

  async function authoritiesAs(who: SignedIn): Promise<Page> {
    const page = patient(await suite.pageAs(who));
    await page.goto('/local-authorities');
    await page.getByRole('heading', { level: 1, name: 'องค์กรปกครองส่วนท้องถิ่น' }).waitFor();
    return page;
  }

  it('registers a PAO, enacts its terms in Thai digits, is refused a hotel fee above 3 %, and reads the terms in force', async () => {
    const page = await authoritiesAs(suite.app.admin);
    const register = page.getByRole('form', { name: 'ลงทะเบียน อปท.' });
    await field(register, 'รหัส อปท.').fill('๒๒๐๐๑๐๑');
    await field(register, 'ชื่อ อปท.').fill('องค์การบริหารส่วนจังหวัดชลบุรี');
    await field(register, 'ประเภท อปท.').selectOption({ label: 'องค์การบริหารส่วนจังหวัด (อบจ.)' });
    await field(register, 'รหัสจังหวัด').fill('๒๐');
    await field(register, 'รหัสบริษัท (Company code) ธนาคารกรุงไทย').fill('๘๐๑๔๑');
    await register.getByRole('button', { name: 'ลงทะเบียน' }).click();
    await untilText(page.getByTestId('authority-notice'), 'ลงทะเบียน องค์การบริหารส่วนจังหวัดชลบุรี (รหัส 2200101) แล้ว');
    await untilText(page.getByTestId('authority-2200101'), /องค์การบริหารส่วนจังหวัดชลบุรี[\s\S]*จังหวัดชลบุรี[\s\S]*80141/);
    await expectAccessible(page);
    await screenshot(page, 'local-authorities');

    await page.getByTestId('authority-2200101').getByRole('link', { name: 'องค์การบริหารส่วนจังหวัดชลบุรี' }).click();
    await page.getByRole('heading', { level: 1, name: 'องค์การบริหารส่วนจังหวัดชลบุรี' }).waitFor();
    await page.getByTestId('no-terms').waitFor();
    const enact = page.getByRole('form', { name: 'ตราข้อบัญญัติ' });
    await field(enact, 'มีผลตั้งแต่วันที่').fill('๑/๑๐/๒๕๖๗');
    await field(enact, 'ชื่อข้อบัญญัติ').fill('ข้อบัญญัติ อบจ.ชลบุรี เรื่อง ค่าธรรมเนียมบำรุง อบจ. จากผู้พักในโรงแรม พ.ศ. ๒๕๖๗');
    await field(enact, 'ค่าธรรมเนียมผู้พักในโรงแรม (ร้อยละ)').fill('๓.๕');
    await field(enact, 'น้ำมันเบนซิน (สตางค์/ลิตร)').fill('๔.๕๔');
    await field(enact, 'ยาสูบ (สตางค์/มวน)').fill('๙.๓๐');
    await field(enact, 'กำหนดยื่นแบบ (วันที่ของเดือนถัดไป)').fill('๒๐');
    await field(enact, 'เงินเพิ่ม (ร้อยละต่อเดือนหรือเศษของเดือน)').fill('๒');
    await field(enact, 'เงินเพิ่มสูงสุด (ร้อยละ)').fill('๑๐๐');
    await enact.getByRole('button', { name: 'ตราข้อบัญญัติ' }).click();
    await expect(besideField(field(enact, 'ค่าธรรมเนียมผู้พักในโรงแรม (ร้อยละ)'))).resolves.toContain('เกินเพดานที่กฎหมายกำหนด');
    await expect(field(enact, 'ค่าธรรมเนียมผู้พักในโรงแรม (ร้อยละ)').inputValue()).resolves.toBe('๓.๕');
    expect((await suite.app.admin.graphql('{ authorityTermsHistory(code: "2200101") { effectiveFrom } }')).data.authorityTermsHistory).toEqual([]);

    await field(enact, 'ค่าธรรมเนียมผู้พักในโรงแรม (ร้อยละ)').fill('๐.๕');
    await enact.getByRole('button', { name: 'ตราข้อบัญญัติ' }).click();
    await untilText(page.getByTestId('authority-notice'), 'ตราข้อบัญญัติ มีผลตั้งแต่ 1 ตุลาคม 2567 แล้ว');
    await untilText(page.getByTestId('terms-history'), '1 ตุลาคม 2567');

    await field(page, 'ข้อบัญญัติที่ใช้บังคับ ณ วันที่').fill('๑๕/๑๑/๒๕๖๗');
    await page.getByRole('form', { name: 'ข้อบัญญัติ ณ วันที่' }).getByRole('button', { name: 'แสดง' }).click();
    await untilText(page.getByTestId('terms-in-force'),
      /มีผลตั้งแต่\s*1 ตุลาคม 2567[\s\S]*ร้อยละ 0\.50 ของค่าเช่าห้องพัก[\s\S]*4\.54 สตางค์ต่อลิตร[\s\S]*9\.30 สตางค์ต่อมวน[\s\S]*ภายในวันที่ 20[\s\S]*ร้อยละ 2\.00/);
    await expectAccessible(page);
    await screenshot(page, 'local-authority-terms');

    await field(page, 'ข้อบัญญัติที่ใช้บังคับ ณ วันที่').fill('๓๐/๙/๒๕๖๗');
    await page.getByRole('form', { name: 'ข้อบัญญัติ ณ วันที่' }).getByRole('button', { name: 'แสดง' }).click();
    await page.getByTestId('no-terms').waitFor();

    await page.getByRole('button', { name: 'แก้ไขข้อมูล อปท.' }).click();
    const edit = page.getByRole('form', { name: 'แก้ไขข้อมูล อปท.' });
    await field(edit, 'รหัสบริษัท (Company code) ธนาคารกรุงไทย').fill('๘๐๑๔');
    await edit.getByRole('button', { name: 'บันทึกการแก้ไข' }).click();
    await untilText(page.getByTestId('authority-notice'), 'บันทึกการแก้ไข องค์การบริหารส่วนจังหวัดชลบุรี แล้ว');
    await untilText(page.getByTestId('authority-facts'), 'รหัสบริษัท 8014');
  });

  it('shows a district account its province\'s PAO and its terms, with nothing to change', async () => {
    const district = await suite.app.signInAs({ level: 'DISTRICT', office: '2004' });
    const page = await authoritiesAs(district);
    await page.getByTestId('authority-2200101').waitFor();
    await expect(page.getByRole('form', { name: 'ลงทะเบียน อปท.' }).count()).resolves.toBe(0);
    await page.getByTestId('authority-2200101').getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'องค์การบริหารส่วนจังหวัดชลบุรี' }).waitFor();
    await page.getByTestId('terms-history').waitFor();
    await expect(page.getByRole('form', { name: 'ตราข้อบัญญัติ' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'แก้ไขข้อมูล อปท.' }).count()).resolves.toBe(0);
    await expectAccessible(page);

    await page.goto('/local-authorities/9999999');
    await untilText(page.getByTestId('form-errors'), 'ไม่พบ อปท. รหัส 9999999');
  });
});
