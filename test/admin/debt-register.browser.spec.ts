import { beforeAll, expect, it, jest } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { toThaiDigits } from '../../src/shared/thai-digits.js';
import { citizenId, debtApi } from '../support/debt-api.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';

/** A district officer registers debtors at `/debt-cases/new` (Mueang Mukdahan, 4901), typing as staff type. */

const DETAIL = `query ($id: ID!) { debtCaseDetail(id: $id) {
  channel registeredOn status district { code } totalPrincipal totalOutstanding
  debtor { citizenId title firstName lastName phone occupation address { line subdistrict { code } } }
  creditors { kind name citizenId companyId phone address { province { code } district { code } } }
  debts { creditorIndex principal outstanding interestRatePerMonth startDate collateral } helpWanted { kinds note } } }`;

/** The Thai error shown beside an input (Mantine's `<id>-error`), or '' when none is. */
async function errorBeside(page: Page, input: Locator): Promise<string> {
  const error = page.locator(`[id="${await input.getAttribute('id')}-error"]`);
  return (await error.count()) ? error.innerText() : '';
}

const group = (page: Page, legend: string) => page.getByRole('group', { name: legend, exact: true });

/** The debtor and one creditor and debt as the officer types them: Thai digits in the ids and the money. */
async function typeRegistration(page: Page, debtorId: string, firstName: string): Promise<void> {
  const debtor = group(page, 'ข้อมูลลูกหนี้');
  await field(debtor, 'เลขประจำตัวประชาชน').fill(toThaiDigits(`${debtorId.slice(0, 1)}-${debtorId.slice(1, 5)}-${debtorId.slice(5, 10)}-${debtorId.slice(10)}`));
  await field(debtor, 'คำนำหน้า').fill('นาง');
  await field(debtor, 'ชื่อ').fill(firstName);
  await field(debtor, 'นามสกุล').fill('ใจดี');
  await field(debtor, 'หมายเลขโทรศัพท์').fill('๐๘๑-๒๓๔-๕๖๗๘');
  await field(debtor, 'อาชีพ').fill('ค้าขาย');
  // The address starts in the officer's province and district.
  await field(debtor, 'ตำบล/แขวง').selectOption({ label: 'มุกดาหาร' });
  await field(debtor, 'ที่อยู่ (บ้านเลขที่ หมู่ที่ ซอย ถนน)').fill('๑๒/๓ หมู่ ๔');
  const creditor = group(page, 'เจ้าหนี้รายที่ 1');
  await field(creditor, 'ชื่อ-นามสกุลเจ้าหนี้').fill('นายสมชาย เงินด่วน');
  await field(creditor, 'เลขประจำตัวประชาชนเจ้าหนี้').fill(toThaiDigits('3100500123458'));
  const debt = group(page, 'หนี้รายการที่ 1');
  await field(debt, 'เงินต้น (บาท)').fill('๕๐,๐๐๐');
  await field(debt, 'ยอดหนี้คงค้าง (บาท)').fill('๖๒,๕๐๐.๕๐');
  await field(debt, 'อัตราดอกเบี้ยต่อเดือน (ร้อยละ)').fill('๒');
  await field(debt, 'วันที่เริ่มเป็นหนี้').fill('๑/๖/๒๕๖๖');
  await page.getByLabel('ไกล่เกลี่ยและประนอมข้อพิพาท').check();
}

/** Saves the form and answers the new case's id, from the address it goes to. */
async function save(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'บันทึกการลงทะเบียน' }).click();
  await page.waitForURL(/\/debt-cases\/DEBT-[0-9A-Z-]+$/);
  await page.getByTestId('case-page').waitFor();
  return decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
}

const CHANNELS = [
  ['COUNTER', 'ลงทะเบียน ณ จุดรับลงทะเบียน', '200000000001', 'บุญมี'],
  ['SELF_QR_THAID', 'ลงทะเบียนด้วยตนเองผ่าน QR Code (ThaiD)', '200000000002', 'คำแสน'],
  ['THAID_APP', 'ลงทะเบียนผ่านแอปพลิเคชัน ThaiD', '200000000003', 'แสงเดือน'],
  ['PAPER', 'ลงทะเบียนด้วยแบบฟอร์มกระดาษ', '200000000004', 'จันทร์เพ็ญ'],
] as const;

/** Each flow drives many pages; the machines the suite runs on are shared. */
jest.setTimeout(120_000);

describeInBrowser('registering a debtor in the browser', () => {
  const suite = browserSuite();
  let officer: SignedIn;
  beforeAll(async () => {
    officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4901', position: 'DEPUTY_DISTRICT_CHIEF' });
  });

  it.each(CHANNELS)('registers a debtor through %s with Thai digits, opens the new case, and lists it', async (channel, channelTh, first12, name) => {
    const page = await suite.pageAs(officer);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ลงทะเบียนลูกหนี้' }).click();
    await page.getByRole('heading', { name: 'ลงทะเบียนลูกหนี้นอกระบบ' }).waitFor();
    await page.getByLabel(channelTh, { exact: true }).check();
    if (channel === 'PAPER') {
      await field(page, 'วันที่ในแบบฟอร์ม').fill('๑๕/๑/๒๕๖๗');
      await expect(page.getByText('15 มกราคม 2567').count()).resolves.toBe(1);
    }
    await typeRegistration(page, citizenId(first12), name);
    const caseId = await save(page);

    const { data } = await officer.graphql(DETAIL, { id: caseId });
    expect(data.debtCaseDetail).toMatchObject({
      channel, status: 'REGISTERED', district: { code: '4901' }, totalPrincipal: '50000.00', totalOutstanding: '62500.50',
      debtor: { citizenId: citizenId(first12), title: 'นาง', firstName: name, phone: '0812345678', address: { line: '12/3 หมู่ 4', subdistrict: { code: '490101' } } },
      creditors: [{ kind: 'PERSON', name: 'นายสมชาย เงินด่วน', citizenId: '3100500123458', companyId: null, address: null }],
      debts: [{ creditorIndex: 0, principal: '50000.00', outstanding: '62500.50', interestRatePerMonth: '2', startDate: '2023-06-01' }],
      helpWanted: { kinds: ['MEDIATION'], note: null },
    });
    if (channel === 'PAPER') expect(data.debtCaseDetail.registeredOn).toBe('2024-01-15');

    await suite.app.caughtUp();
    await page.goto('/debt-cases');
    await field(page, 'ค้นหา').fill(name);
    await page.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    const row = page.getByTestId('case-list').getByRole('row').filter({ hasText: caseId });
    await expect(row.innerText()).resolves.toMatch(new RegExp(`นาง${name} ใจดี[\\s\\S]*${channelTh.replace(/[()]/g, '\\$&')}[\\s\\S]*ลงทะเบียนแล้ว[\\s\\S]*62,500\\.50`));
    await expect(row.getByRole('link', { name: caseId }).getAttribute('href')).resolves.toBe(`/debt-cases/${caseId}`);
  });

  it('adds and removes creditor and debt rows, each debt naming its creditor', async () => {
    const page = await suite.pageAs(officer);
    await page.goto('/debt-cases/new');
    await typeRegistration(page, citizenId('200000000005'), 'มาลี');
    await page.getByRole('button', { name: 'เพิ่มเจ้าหนี้' }).click();
    await page.getByRole('button', { name: 'เพิ่มเจ้าหนี้' }).click();
    await field(group(page, 'เจ้าหนี้รายที่ 2'), 'ชื่อ-นามสกุลเจ้าหนี้').fill('ผู้ที่จะถูกลบ');
    const third = group(page, 'เจ้าหนี้รายที่ 3');
    await field(third, 'ประเภทเจ้าหนี้').selectOption({ label: 'นิติบุคคล' });
    await field(third, 'ชื่อนิติบุคคล').fill('บริษัท เงินทันใจ จำกัด');
    await field(third, 'เลขทะเบียนนิติบุคคล').fill('๐๑๐๗๕๔๔๐๐๐๑๐๘');
    await field(third, 'จังหวัด').selectOption({ label: 'มุกดาหาร' });
    await field(group(page, 'หนี้รายการที่ 1'), 'เป็นหนี้เจ้าหนี้รายใด').selectOption({ label: 'เจ้าหนี้รายที่ 1 (นายสมชาย เงินด่วน)' });
    await page.getByRole('button', { name: 'เพิ่มรายการหนี้' }).click();
    const second = group(page, 'หนี้รายการที่ 2');
    await field(second, 'เป็นหนี้เจ้าหนี้รายใด').selectOption({ label: 'เจ้าหนี้รายที่ 3 (บริษัท เงินทันใจ จำกัด)' });

    // The second creditor goes: the third becomes the second, and the debt owed to it follows.
    await page.getByRole('button', { name: 'ลบเจ้าหนี้รายที่ 2' }).click();
    await expect(page.getByTestId('creditor-row').count()).resolves.toBe(2);
    await expect(field(group(page, 'เจ้าหนี้รายที่ 2'), 'ชื่อนิติบุคคล').inputValue()).resolves.toBe('บริษัท เงินทันใจ จำกัด');
    const owedTo = field(second, 'เป็นหนี้เจ้าหนี้รายใด');
    await expect(owedTo.inputValue()).resolves.toBe('1');
    await expect(owedTo.locator('option[value="1"]').textContent()).resolves.toBe('เจ้าหนี้รายที่ 2 (บริษัท เงินทันใจ จำกัด)');

    await page.getByRole('button', { name: 'เพิ่มรายการหนี้' }).click();
    await page.getByRole('button', { name: 'ลบหนี้รายการที่ 3' }).click();
    await expect(page.getByTestId('debt-row').count()).resolves.toBe(2);
    await field(second, 'เงินต้น (บาท)').fill('๑๐,๐๐๐');
    await field(second, 'ยอดหนี้คงค้าง (บาท)').fill('12000');
    await field(second, 'หลักประกัน').fill('สมุดบัญชีธนาคาร');
    const caseId = await save(page);

    const { data } = await officer.graphql(DETAIL, { id: caseId });
    expect(data.debtCaseDetail).toMatchObject({
      totalPrincipal: '60000.00', totalOutstanding: '74500.50',
      creditors: [
        { kind: 'PERSON', name: 'นายสมชาย เงินด่วน', address: null },
        { kind: 'COMPANY', name: 'บริษัท เงินทันใจ จำกัด', citizenId: null, companyId: '0107544000108', address: { province: { code: '49' }, district: null } },
      ],
      debts: [{ creditorIndex: 0, principal: '50000.00' }, { creditorIndex: 1, principal: '10000.00', outstanding: '12000.00', collateral: 'สมุดบัญชีธนาคาร' }],
    });
  });

  it('shows every refusal beside its field at once, keeps what was typed, and saves once corrected', async () => {
    const { eventCount } = debtApi(suite.app, officer);
    const page = await suite.pageAs(officer);
    await page.goto('/debt-cases/new');
    await page.getByRole('heading', { name: 'ลงทะเบียนลูกหนี้นอกระบบ' }).waitFor();
    await expectAccessible(page);
    const wrongCheckDigit = `${citizenId('200000000006').slice(0, 12)}${(Number(citizenId('200000000006')[12]) + 1) % 10}`;
    await typeRegistration(page, wrongCheckDigit, 'ประไพ');
    const debt = group(page, 'หนี้รายการที่ 1');
    await field(debt, 'เงินต้น (บาท)').fill('๒๐๐,๐๐๐,๐๐๐');
    const before = await eventCount();
    await page.getByRole('button', { name: 'บันทึกการลงทะเบียน' }).click();

    const debtor = group(page, 'ข้อมูลลูกหนี้');
    const citizen = field(debtor, 'เลขประจำตัวประชาชน');
    const principal = field(debt, 'เงินต้น (บาท)');
    await page.getByText('บันทึกไม่สำเร็จ มีข้อมูลที่ต้องแก้ไข 2 ช่อง ดูข้อความใต้แต่ละช่อง').waitFor();
    await expect(errorBeside(page, citizen)).resolves.toBe('เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) กรุณาตรวจสอบอีกครั้ง');
    await expect(errorBeside(page, principal)).resolves.toBe('จำนวนเงินต้องไม่เกิน 100,000,000.00 บาท (ได้รับ "200000000")');
    await expect(errorBeside(page, field(debt, 'ยอดหนี้คงค้าง (บาท)'))).resolves.toBe('');
    await expect(citizen.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(new URL(page.url()).pathname).toBe('/debt-cases/new');
    expect(await eventCount()).toBe(before);
    const kept = await Promise.all([
      citizen.inputValue(), field(debtor, 'ชื่อ').inputValue(), field(debtor, 'หมายเลขโทรศัพท์').inputValue(), field(debtor, 'ตำบล/แขวง').inputValue(),
      field(group(page, 'เจ้าหนี้รายที่ 1'), 'ชื่อ-นามสกุลเจ้าหนี้').inputValue(), principal.inputValue(),
      field(debt, 'ยอดหนี้คงค้าง (บาท)').inputValue(), field(debt, 'วันที่เริ่มเป็นหนี้').inputValue(),
      page.getByLabel('ไกล่เกลี่ยและประนอมข้อพิพาท').isChecked(),
    ]);
    expect(kept).toEqual([
      toThaiDigits(`${wrongCheckDigit.slice(0, 1)}-${wrongCheckDigit.slice(1, 5)}-${wrongCheckDigit.slice(5, 10)}-${wrongCheckDigit.slice(10)}`),
      'ประไพ', '๐๘๑-๒๓๔-๕๖๗๘', '490101', 'นายสมชาย เงินด่วน', '๒๐๐,๐๐๐,๐๐๐', '๖๒,๕๐๐.๕๐', '๑/๖/๒๕๖๖', true,
    ]);
    await expectAccessible(page);
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'debt-register');

    await citizen.fill(toThaiDigits(citizenId('200000000006')));
    await principal.fill('๕๐,๐๐๐');
    const caseId = await save(page);
    const { data } = await officer.graphql(DETAIL, { id: caseId });
    expect(data.debtCaseDetail).toMatchObject({ debtor: { citizenId: citizenId('200000000006'), firstName: 'ประไพ' }, totalPrincipal: '50000.00' });
  });

  it('opens the case registered a moment ago while the read models trail, never showing it as not found', async () => {
    const runner = suite.app.app.get(ProjectionRunner);
    await runner.stop();
    try {
      const page = await suite.pageAs(officer);
      await page.goto('/debt-cases/new');
      await page.getByRole('heading', { name: 'ลงทะเบียนลูกหนี้นอกระบบ' }).waitFor();
      await typeRegistration(page, citizenId('200000000007'), 'ละเอียด');
      // Every "not found" the page ever shows, however briefly, is counted.
      await page.evaluate(`window.notFoundSeen = 0; new MutationObserver(() => {
        if (document.querySelector('[data-testid="case-not-found"]')) window.notFoundSeen += 1;
      }).observe(document.body, { childList: true, subtree: true });`);
      const caseId = await save(page);
      await page.getByText(/ละเอียด/).first().waitFor();
      await expect(page.evaluate('window.notFoundSeen')).resolves.toBe(0);
      const { data } = await officer.graphql(
        'query ($id: ID!, $search: String) { debtCase(id: $id) { caseId debtorFirstName } debtCases(filter: { search: $search }) { totalCount } }',
        { id: caseId, search: caseId },
      );
      // The list has not reached the case: the page and debtCase read it from its stream.
      expect(data).toEqual({ debtCase: { caseId, debtorFirstName: 'ละเอียด' }, debtCases: { totalCount: 0 } });
    } finally {
      runner.start();
    }
  });
});
