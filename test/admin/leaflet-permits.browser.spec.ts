import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import { promisify } from 'node:util';
import { beforeAll, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { handleCommand } from '../../src/eventstore/handle-command.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { leafletPermitDecider } from '../../src/local-authorities/leaflet-permits/leaflet-permit.decider.js';
import { leafletStreamId } from '../../src/local-authorities/leaflet-permits/leaflet-permit.events.js';
import { requestCommand } from '../../src/local-authorities/leaflet-permits/leaflet-permit-fixtures.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { patient, untilText } from './support/centre-pages.js';

/**
 * `/leaflet-permits`: a district's staff record a leaflet advertising permit request at an SAO of the district, check
 * it, approve it with conditions, take the fee at the counter and issue the permit, whose PDF reads back in Thai.
 */

jest.setTimeout(240_000);
const run = promisify(execFile);
const pdftotext = async (file: string): Promise<string | null> =>
  run('pdftotext', ['-layout', file, '-']).then(({ stdout }) => stdout, () => null);

describeInBrowser('leaflet permits in the browser', () => {
  const suite = browserSuite({
    // Monday 1 December 2025, 10:00 in Bangkok; a request of 3 November, due on the 10th, is still undecided.
    clockStart: new Date('2025-12-01T10:00:00+07:00'),
    beforeStart: async (db) => {
      await handleCommand(new PostgresEventStore(db.pool), leafletStreamId('LP-0000-0000-00AA'), leafletPermitDecider,
        requestCommand({ permitId: 'LP-0000-0000-00AA', at: '2025-11-03T03:00:00.000Z', dueOn: '2025-11-10', from: '2025-11-20', to: '2025-11-30' }),
        { commandId: 'aged-request', actor: 'system:test' });
    },
  });
  let staff: SignedIn;
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

  async function permitsPage(): Promise<Page> {
    const page = patient(await suite.pageAs(staff));
    await page.goto('/leaflet-permits');
    await page.getByRole('heading', { level: 1, name: 'ใบอนุญาตโฆษณาด้วยการปิด ทิ้ง หรือโปรยแผ่นประกาศ' }).waitFor();
    return page;
  }

  it('lists the overdue request, takes a new one through check, approval, fee and issue, and downloads the permit', async () => {
    const page = await permitsPage();
    await page.getByLabel('เฉพาะที่เกินกำหนดพิจารณา').check();
    await untilText(page.getByTestId('permit-LP-0000-0000-00AA'), /นายสมชาย ใจดี[\s\S]*10 พ.ย. 2568[\s\S]*เกินกำหนด[\s\S]*รอตรวจสอบ/);
    await expectAccessible(page);
    await screenshot(page, 'leaflet-permits-overdue');

    await page.getByRole('link', { name: 'ยื่นคำขอใหม่' }).click();
    const form = page.getByRole('form', { name: 'คำขออนุญาต' });
    await field(form, 'รหัส อปท. ที่ยื่นคำขอ').fill('๖๒๐๐๗๐๒');
    await field(form, 'ชื่อผู้ขอ').fill('นางสาวน้ำฝน ศรีสุข');
    await field(form, 'เลขประจำตัวประชาชน').fill('๑๑๐๑๗๐๐๒๓๔๕๖๗');
    await field(form, 'โทรศัพท์').fill('๐๘๙-๑๒๓-๔๕๖๗');
    await field(form, 'จำนวนแผ่นประกาศ').fill('๒,๐๐๐');
    await field(form, 'เริ่มโฆษณาวันที่').fill('๒๐/๑๒/๒๕๖๘');
    await field(form, 'ถึงวันที่').fill('๓๑/๑๒/๒๕๖๘');
    await field(form, 'ข้อความหรือสิ่งที่โฆษณา').fill('ร้านน้ำเต้าหู้เปิดใหม่ ซื้อหนึ่งแถมหนึ่ง');
    await field(form, 'รหัสตำบล').fill('๒๐๐๔๐๔');
    await field(form, 'รายละเอียด').fill('หน้าตลาดโป่ง');
    await form.getByRole('button', { name: 'บันทึกคำขอ' }).click();
    await untilText(form, /หลักตรวจสอบไม่ตรง|ไม่ถูกต้อง/);
    await field(form, 'เลขประจำตัวประชาชน').fill('๑๑๐๑๗๐๐๒๓๔๕๖๘');
    await form.getByRole('button', { name: 'บันทึกคำขอ' }).click();
    const notice = await untilText(page.getByTestId('permit-notice'), /บันทึกคำขอเลขที่ LP-[0-9A-Z-]+ แล้ว/);
    const permitId = /LP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(notice)![0];
    await untilText(page.getByTestId('permit-facts'), /9 ธันวาคม 2568 \(5 วันทำการ\)[\s\S]*ตำบลโป่ง \(200404\) · หน้าตลาดโป่ง/);
    await expectAccessible(page);
    await screenshot(page, 'leaflet-permit-requested');

    await page.getByRole('form', { name: 'ตรวจสอบคำขอ' }).getByRole('button', { name: 'ตรวจสอบแล้ว' }).click();
    await untilText(page.getByTestId('permit-status'), 'ตรวจสอบแล้ว รอพิจารณา');
    const decide = page.getByRole('form', { name: 'พิจารณาคำขอ' });
    await field(decide, 'เงื่อนไขการอนุญาต').fill('ห้ามปิดบนเสาไฟฟ้าและต้นไม้\nเก็บแผ่นประกาศออกภายใน ๗ วันหลังครบกำหนด');
    await decide.getByRole('button', { name: 'อนุญาต', exact: true }).click();
    await untilText(page.getByTestId('permit-status'), 'อนุญาต รอชำระค่าธรรมเนียม');

    const pay = page.getByRole('form', { name: 'รับชำระค่าธรรมเนียม' });
    await field(pay, 'จำนวนเงิน (บาท)').fill('๑๐๐');
    await field(pay, 'วันที่ชำระ').fill('๑/๑๒/๒๕๖๘');
    await pay.getByRole('button', { name: 'บันทึกการชำระเงิน' }).click();
    await untilText(pay, 'ค่าธรรมเนียมที่ต้องชำระคือ 200.00 บาท');
    await field(pay, 'จำนวนเงิน (บาท)').fill('๒๐๐');
    await pay.getByRole('button', { name: 'บันทึกการชำระเงิน' }).click();
    await untilText(page.getByTestId('permit-notice'), 'ใบเสร็จรับเงินเลขที่ 1/2569');

    await page.getByRole('form', { name: 'ออกใบอนุญาต' }).getByRole('button', { name: 'ออกใบอนุญาต' }).click();
    await untilText(page.getByTestId('permit-notice'), 'ออกใบอนุญาตเลขที่ 1/2569 แล้ว');
    await untilText(page.getByTestId('permit-history'), /ยื่นคำขอ[\s\S]*ตรวจสอบคำขอ[\s\S]*อนุญาต[\s\S]*ชำระค่าธรรมเนียม[\s\S]*ออกใบอนุญาต/);
    await expectAccessible(page);
    await screenshot(page, 'leaflet-permit-issued');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('permit-pdf').click()]);
    expect(download.suggestedFilename()).toBe('ใบอนุญาตโฆษณาแผ่นประกาศ 1-2569.pdf');
    const file = (await download.path())!;
    expect((await fs.readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdftotext(file);
    if (text !== null) {
      for (const expected of ['ใบอนุญาตให้โฆษณาด้วยการปิด ทิ้ง หรือโปรยแผ่นประกาศ', 'เลขที่ 1/2569', 'นางสาวน้ำฝน ศรีสุข', 'ร้านน้ำเต้าหู้เปิดใหม่',
        'ตั้งแต่วันที่ 20 ธันวาคม 2568 ถึงวันที่ 31 ธันวาคม 2568', 'ตำบลโป่ง (รหัส 200404) หน้าตลาดโป่ง', 'ห้ามปิดบนเสาไฟฟ้าและต้นไม้',
        'ใบเสร็จรับเงินเลขที่ 1/2569 ลงวันที่ 1 ธันวาคม 2568']) {
        expect(text.normalize('NFKC')).toContain(expected.normalize('NFKC'));
      }
    }

    await page.goto('/leaflet-permits');
    await untilText(page.getByTestId(`permit-${permitId}`), /นางสาวน้ำฝน ศรีสุข[\s\S]*ออกใบอนุญาตแล้ว/);
    await screenshot(page, 'leaflet-permits');
  });
});
