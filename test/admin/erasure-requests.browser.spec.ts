import { beforeAll, expect, it, jest } from '@jest/globals';
import { bangkokToday, citizenId, debtApi, registration } from '../support/debt-api.js';
import { pastRecords } from '../support/retention-records.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { besideField, patient, toThaiDigits, untilText } from './support/centre-pages.js';

/**
 * `/legal-holds` and `/erasure-requests`: a central administrator holds a debtor's closed case, records the debtor's
 * erasure request (refused, naming the held case), records another for a debtor with an open case (refused, naming it),
 * lifts the hold, and records the first debtor's request again (accepted: their keys destroyed); then holds a refused
 * leaflet permit, which the page names as such. Field errors appear beside their fields in Thai.
 */

jest.setTimeout(180_000);
const HELD = citizenId('310050099912');
const OPEN = citizenId('310050099913');

describeInBrowser('legal holds and erasure requests in the browser', () => {
  const suite = browserSuite();
  let heldCase: string;
  let openCase: string;

  beforeAll(async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4901' });
    const api = debtApi(suite.app, officer);
    const base = registration();
    heldCase = (await api.register(registration({ debtor: { ...base.debtor, citizenId: HELD } }))).data.r.caseId;
    expect((await api.send('closeDebtCase', heldCase, { reason: 'WITHDRAWN' })).errors).toBeUndefined();
    openCase = (await api.register(registration({ debtor: { ...base.debtor, citizenId: OPEN } }))).data.r.caseId;
  });

  it('places a hold (a field error first), lists it, and lifts it with a reason', async () => {
    const page = patient(await suite.pageAs(suite.app.admin));
    await page.goto('/legal-holds');
    await page.getByRole('heading', { level: 1, name: 'ระงับการลบข้อมูลตามคำสั่ง (legal hold)' }).waitFor();
    await field(page, 'เลขที่เรื่อง').fill('DEBT/1');
    await field(page, 'เลขที่คำสั่งหรือหนังสือ').fill('คำสั่งศาลแพ่ง พ.123/2569');
    await page.getByRole('button', { name: 'ระงับการลบข้อมูล' }).click();
    await expect(besideField(field(page, 'เลขที่เรื่อง'))).resolves.toContain('เลขที่เรื่องไม่ถูกต้อง');
    await expect(besideField(field(page, 'เหตุผล'))).resolves.toContain('กรุณากรอกข้อมูลช่องนี้');

    await field(page, 'เลขที่เรื่อง').fill(heldCase);
    await field(page, 'เหตุผล').fill('ศาลสั่งให้เก็บรักษาพยานหลักฐาน');
    await page.getByRole('button', { name: 'ระงับการลบข้อมูล' }).click();
    await untilText(page.getByTestId('legal-holds'), new RegExp(`${heldCase} \\(ครั้งที่ 1\\)[\\s\\S]*คำสั่งศาลแพ่ง พ.123/2569[\\s\\S]*ระงับอยู่`));
    await expectAccessible(page);
    await screenshot(page, 'legal-holds');
  });

  it('records requests: a bad citizen id beside its field, then refused for the held case and for the open case, listed masked', async () => {
    const page = patient(await suite.pageAs(suite.app.admin));
    await page.goto('/erasure-requests');
    await page.getByRole('heading', { level: 1, name: 'คำขอลบข้อมูลส่วนบุคคล (PDPA ม.33)' }).waitFor();
    await field(page, 'เลขประจำตัวประชาชนของเจ้าของข้อมูล').fill('1234567890123');
    await field(page, 'วันที่รับหนังสือ').fill('๓๑/๒/๒๕๖๙');
    await page.getByRole('button', { name: 'บันทึกและพิจารณาคำขอ' }).click();
    await expect(besideField(field(page, 'เลขประจำตัวประชาชนของเจ้าของข้อมูล'))).resolves.toContain('หลักตรวจสอบไม่ตรง');
    await expect(besideField(field(page, 'เลขที่หนังสือคำขอ'))).resolves.toContain('กรุณากรอกข้อมูลช่องนี้');
    await expect(besideField(field(page, 'วันที่รับหนังสือ'))).resolves.toMatch(/วันที่/);

    await field(page, 'เลขประจำตัวประชาชนของเจ้าของข้อมูล').fill(toThaiDigits(HELD));
    await field(page, 'เลขที่หนังสือคำขอ').fill('หนังสือขอลบข้อมูล ลว. 1 ธ.ค. 2569');
    await field(page, 'วันที่รับหนังสือ').fill(bangkokToday().typed);
    await page.getByLabel('เหตุแห่งการขอลบ').selectOption('CONSENT_WITHDRAWN');
    await page.getByRole('button', { name: 'บันทึกและพิจารณาคำขอ' }).click();
    await untilText(page.getByTestId('erasure-decision'), new RegExp(`ปฏิเสธคำขอลบข้อมูลของ xxxxxxxxx${HELD.slice(-4)}[\\s\\S]*คำสั่งระงับ[\\s\\S]*${heldCase}`));

    await field(page, 'เลขประจำตัวประชาชนของเจ้าของข้อมูล').fill(OPEN);
    await field(page, 'เลขที่หนังสือคำขอ').fill('หนังสือขอลบข้อมูล ลว. 2 ธ.ค. 2569');
    await field(page, 'วันที่รับหนังสือ').fill(bangkokToday().typed);
    await page.getByLabel('ผู้ยื่นคำขอ').selectOption('REPRESENTATIVE');
    await page.getByRole('button', { name: 'บันทึกและพิจารณาคำขอ' }).click();
    await untilText(page.getByTestId('erasure-decision'), new RegExp(`ยังไม่ยุติ[\\s\\S]*${openCase}`));
    const list = await untilText(page.getByTestId('erasure-requests'), new RegExp(`xxxxxxxxx${OPEN.slice(-4)}[\\s\\S]*ผู้แทนโดยชอบธรรม[\\s\\S]*ปฏิเสธ`));
    expect(list).not.toContain(OPEN);
    await untilText(page.getByTestId('erasure-requests'), new RegExp(`xxxxxxxxx${HELD.slice(-4)}[\\s\\S]*ถอนความยินยอม[\\s\\S]*${heldCase}`));
    await expectAccessible(page);
    await screenshot(page, 'erasure-requests');
  });

  it('lifts the hold with its reason', async () => {
    const page = patient(await suite.pageAs(suite.app.admin));
    await page.goto('/legal-holds');
    await page.getByRole('button', { name: 'ยกเลิกการระงับ' }).click();
    await page.getByRole('form', { name: 'ยกเลิกการระงับ' }).getByRole('button', { name: 'ยกเลิกการระงับ' }).click();
    await expect(besideField(field(page, 'เหตุผลที่ยกเลิก'))).resolves.toContain('กรุณากรอกข้อมูลช่องนี้');
    await field(page, 'เหตุผลที่ยกเลิก').fill('ศาลมีคำพิพากษาถึงที่สุดแล้ว');
    await page.getByRole('form', { name: 'ยกเลิกการระงับ' }).getByRole('button', { name: 'ยกเลิกการระงับ' }).click();
    await untilText(page.getByTestId('legal-holds'), /ยกเลิกแล้ว[\s\S]*ศาลมีคำพิพากษาถึงที่สุดแล้ว/);
  });

  it('accepts the debtor\'s request once the hold is lifted, and shows what the erasure destroyed', async () => {
    const page = patient(await suite.pageAs(suite.app.admin));
    await page.goto('/erasure-requests');
    await field(page, 'เลขประจำตัวประชาชนของเจ้าของข้อมูล').fill(HELD);
    await field(page, 'เลขที่หนังสือคำขอ').fill('หนังสือขอลบข้อมูล ลว. 7 ธ.ค. 2569');
    await field(page, 'วันที่รับหนังสือ').fill(bangkokToday().typed);
    await page.getByRole('button', { name: 'บันทึกและพิจารณาคำขอ' }).click();
    await untilText(page.getByTestId('erasure-decision'), new RegExp(`อนุมัติและลบข้อมูลของ xxxxxxxxx${HELD.slice(-4)} แล้ว[\\s\\S]*ทำลายกุญแจข้อมูล [1-9]\\d* ดอก ข้อมูลใน 1 เรื่อง`));
    await untilText(page.getByTestId('erasure-requests'), /ลบแล้ว\s*กุญแจ [1-9]\d* ดอก 1 เรื่อง/);
    await expectAccessible(page);
    await screenshot(page, 'erasure-request-accepted');
  });

  it('places a hold on a leaflet permit, named as a permit in the list', async () => {
    const permit = await pastRecords(suite.app, 'EHB1').permitOf('2026-01-05T09:00:00+07:00', ['2026-01-20', '2026-01-31'], { refusedAt: '2026-01-10T10:00:00+07:00' });
    const page = patient(await suite.pageAs(suite.app.admin));
    await page.goto('/legal-holds');
    await page.getByLabel('ประเภทเรื่อง').selectOption('LEAFLET_PERMIT');
    await field(page, 'เลขที่เรื่อง').fill(permit.permitId);
    await field(page, 'เหตุผล').fill('ผู้ขออนุญาตฟ้องเรื่องค่าธรรมเนียม');
    await field(page, 'เลขที่คำสั่งหรือหนังสือ').fill('ศาลปกครอง คดีหมายเลขดำที่ 12/2569');
    await page.getByRole('button', { name: 'ระงับการลบข้อมูล' }).click();
    await untilText(page.getByTestId('legal-holds'), new RegExp(`คำขออนุญาตแจกใบปลิว\\s*${permit.permitId} \\(ครั้งที่ 1\\)[\\s\\S]*ระงับอยู่`));
  });

  it('is not in a district officer\'s menu', async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4901' });
    const page = patient(await suite.pageAs(officer));
    await page.goto('/');
    await page.getByRole('navigation').first().waitFor();
    await expect(page.getByRole('link', { name: 'คำขอลบข้อมูลส่วนบุคคล (PDPA ม.33)' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'ระงับการลบข้อมูลตามคำสั่ง' }).count()).resolves.toBe(0);
  });
});
