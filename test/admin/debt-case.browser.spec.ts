import { beforeAll, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { bangkokToday, citizenId, debtApi, registration } from '../support/debt-api.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite, type BrowserSuite } from './support/browser-suite.js';

/** A district officer's case page: the whole case, its timeline, the actions it allows now, each as a form. */

/** The service and Chromium, started by the suite below. */
let suite: BrowserSuite;
let officer: SignedIn;
let officerName: string;
let debtors = 0;
/** A flow of several pages on a machine the suites share. */
const FLOW_MS = 180_000;

/** A registration of a debtor of its own (one open case per debtor and creditor), in 4901 unless `districtCode` says. */
async function registered(as: SignedIn, patch: Record<string, unknown> = {}): Promise<string> {
  const debtor = { ...registration().debtor, citizenId: citizenId(`3490100${String(++debtors).padStart(5, '0')}`) };
  const answer = await debtApi(suite.app, as).register(registration({ debtor, ...patch }));
  expect(answer.errors).toBeUndefined();
  return answer.data.r.caseId;
}

async function send(as: SignedIn, caseId: string, ...steps: [Parameters<ReturnType<typeof debtApi>['send']>[0], object][]) {
  for (const [mutation, input] of steps) expect((await debtApi(suite.app, as).send(mutation, caseId, input)).errors).toBeUndefined();
}

async function nameOf(as: SignedIn): Promise<string> {
  const { data } = await as.graphql('{ me { account { title firstName lastName } } }');
  const { title, firstName, lastName } = data.me.account;
  return `${title}${firstName} ${lastName}`;
}

async function openCase(as: SignedIn, caseId: string): Promise<Page> {
  const page = await suite.pageAs(as);
  await page.goto(`/debt-cases/${caseId}`);
  await page.getByTestId('case-page').waitFor();
  return page;
}

const offered = (page: Page) => page.getByTestId('case-actions').getByRole('button').allInnerTexts();
const status = (page: Page, text: string) => page.getByTestId('case-status').filter({ hasText: text }).waitFor();

/** Opens an action's dialog, fills it, saves, and waits for the dialog to close. */
async function act(page: Page, action: string, fill: (dialog: Locator) => Promise<unknown>): Promise<void> {
  await page.getByTestId('case-actions').getByRole('button', { name: action }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await fill(dialog);
  await dialog.getByRole('button', { name: 'บันทึก' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** The text of the timeline's entries, oldest first, once there are `count`. */
async function timeline(page: Page, count: number): Promise<string[]> {
  await page.getByTestId('timeline-entry').nth(count - 1).waitFor();
  return page.getByTestId('timeline-entry').allInnerTexts();
}

/** The error shown beside a field (what its aria-describedby names). */
async function errorBeside(input: Locator): Promise<string> {
  const ids = (await input.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(ids.split(' ').filter(Boolean).map((id) => input.page().locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}

describeInBrowser('the debt case page', () => {
  suite = browserSuite();
  beforeAll(async () => {
    officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4901' });
    officerName = await nameOf(officer);
  });

  it('shows the whole case registered through the API, its registration on the timeline, accessible', async () => {
    const caseId = await registered(officer, {
      creditors: [
        { kind: 'PERSON', name: 'นายสมชาย เงินด่วน', citizenId: '3100500123458', phone: '0891234567' },
        { kind: 'COMPANY', name: 'บริษัท เงินทันใจ จำกัด', address: { provinceCode: '10' } },
      ],
      debts: [
        { creditorIndex: 0, principal: '๕๐,๐๐๐', outstanding: '๖๒,๕๐๐.๕๐', interestRatePerMonth: '๒๐', startDate: '๑/๖/๒๕๖๖', collateral: 'โฉนดที่ดิน' },
        { creditorIndex: 1, principal: '10,000', outstanding: '12,000' },
      ],
      helpWanted: { kinds: ['MEDIATION', 'OCCUPATION'], note: 'อยากฝึกอาชีพตัดเย็บ' },
    });
    const page = await openCase(officer, caseId);
    const text = await page.getByTestId('case-page').innerText();
    for (const shown of [
      caseId, 'ลงทะเบียนแล้ว', 'อำเภอเมืองมุกดาหาร จังหวัดมุกดาหาร', 'ลงทะเบียน ณ จุดรับลงทะเบียน', 'นางสมหญิง ใจดี', '0812345678', 'ค้าขาย',
      '12/3 หมู่ 4 ตำบลมุกดาหาร อำเภอเมืองมุกดาหาร จังหวัดมุกดาหาร', 'ยังไม่แจ้งความประสงค์',
      'นายสมชาย เงินด่วน', '3-1005-00123-45-8', '0891234567', 'บริษัท เงินทันใจ จำกัด', 'นิติบุคคล', 'จังหวัดกรุงเทพมหานคร',
      '50,000.00 บาท', '62,500.50 บาท', 'ร้อยละ 20', '1 มิถุนายน 2566', 'โฉนดที่ดิน', 'รวมยอดหนี้คงค้าง 74,500.50 บาท',
      'ไกล่เกลี่ยและประนอมข้อพิพาท, ส่งเสริมอาชีพ — อยากฝึกอาชีพตัดเย็บ', 'ยังไม่มีการติดต่อ', 'ยังไม่มีการนัดไกล่เกลี่ย',
    ]) expect(text).toContain(shown);
    const [entry] = await timeline(page, 1);
    expect(entry).toContain('ลงทะเบียนลูกหนี้นอกระบบ');
    expect(entry).toContain(`โดย ${officerName} เจ้าพนักงานปกครอง · อำเภอเมืองมุกดาหาร`);
    expect(entry).toMatch(/\d{1,2} [ก-๙.]+ 25\d\d \d\d:\d\d น\./);
    await expect(offered(page)).resolves.toEqual(['บันทึกการติดต่อลูกหนี้', 'ส่งต่อไปอำเภอ/เขตอื่น', 'ส่งเรื่องต่อหน่วยงานอื่น', 'ยุติเรื่อง']);
    await expectAccessible(page);
    await screenshot(page, 'debt-case');
  }, FLOW_MS);

  it('walks a case through contact, mediation, its outcome, closing and reopening, each step on the timeline', async () => {
    const caseId = await registered(officer);
    const page = await openCase(officer, caseId);
    await act(page, 'บันทึกการติดต่อลูกหนี้', async (dialog) => {
      await field(dialog, 'วิธีการติดต่อ').selectOption({ label: 'โทรศัพท์' });
      await field(dialog, 'ผลการติดต่อ').selectOption({ label: 'ติดต่อได้' });
      await field(dialog, 'ความประสงค์ไกล่เกลี่ย').selectOption({ label: 'ประสงค์ไกล่เกลี่ย' });
    });
    await status(page, 'ติดต่อลูกหนี้แล้ว');
    await expect(page.getByTestId('case-contacts').innerText()).resolves.toMatch(/โทรศัพท์\s+ติดต่อได้\s+ประสงค์ไกล่เกลี่ย/);
    await expect(offered(page)).resolves.toContain('นัดไกล่เกลี่ย');

    await act(page, 'นัดไกล่เกลี่ย', async (dialog) => {
      await field(dialog, 'วันที่นัด').fill(bangkokToday().typed);
      await field(dialog, 'เวลา').fill('๑๐.๓๐');
      await field(dialog, 'สถานที่').fill('ศูนย์ดำรงธรรมอำเภอเมืองมุกดาหาร');
    });
    await status(page, 'นัดไกล่เกลี่ยแล้ว');
    await expect(page.getByTestId('case-mediation').innerText()).resolves.toMatch(/10:30 น\.\s+ศูนย์ดำรงธรรมอำเภอเมืองมุกดาหาร\s+นัดแล้ว/);
    const scheduled = await offered(page);
    expect(scheduled).toContain('บันทึกผลการไกล่เกลี่ย');
    expect(scheduled).not.toContain('ส่งเรื่องต่อหน่วยงานอื่น');

    const due = new Date(Date.parse(bangkokToday().iso) + 30 * 86_400_000);
    await act(page, 'บันทึกผลการไกล่เกลี่ย', async (dialog) => {
      await field(dialog, 'ผลการไกล่เกลี่ย').selectOption({ label: 'ไกล่เกลี่ยสำเร็จ' });
      await field(dialog, 'ยอดหนี้หลังไกล่เกลี่ย (บาท)').fill('๕๐,๐๐๐');
      await field(dialog, 'จำนวนงวด').fill('๑๐');
      await field(dialog, 'ยอดผ่อนต่องวด (บาท)').fill('๕,๐๐๐');
      await field(dialog, 'วันครบกำหนดงวดแรก').fill(`${due.getUTCDate()}/${due.getUTCMonth() + 1}/${due.getUTCFullYear()}`);
    });
    await status(page, 'ไกล่เกลี่ยสำเร็จ');
    await expect(page.getByTestId('case-agreement').innerText()).resolves.toMatch(/ยอดหนี้ที่ลดลง\s+12,500\.50 บาท[\s\S]*10 งวด งวดละ 5,000\.00 บาท/);

    await act(page, 'ยุติเรื่อง', (dialog) => field(dialog, 'เหตุที่ยุติเรื่อง').selectOption({ label: 'ดำเนินการแล้วเสร็จ' }));
    await status(page, 'ยุติเรื่อง');
    await expect(offered(page)).resolves.toEqual(['เปิดเรื่องใหม่']);

    await act(page, 'เปิดเรื่องใหม่', (dialog) => field(dialog, 'เหตุผลที่เปิดเรื่องใหม่').fill('ลูกหนี้ขอให้เจรจาเรื่องงวดผ่อนชำระใหม่'));
    await status(page, 'ไกล่เกลี่ยสำเร็จ');
    await expect(offered(page)).resolves.not.toContain('เปิดเรื่องใหม่');
    await expect(page.getByTestId('case-reopenings').innerText()).resolves.toContain('ลูกหนี้ขอให้เจรจาเรื่องงวดผ่อนชำระใหม่');

    const entries = await timeline(page, 6);
    expect(entries.map((e) => e.split('\n')[0])).toEqual([
      'ลงทะเบียนลูกหนี้นอกระบบ', 'บันทึกการติดต่อลูกหนี้', 'นัดไกล่เกลี่ย', 'บันทึกผลการไกล่เกลี่ย', 'ยุติเรื่อง', 'เปิดเรื่องใหม่',
    ]);
    for (const entry of entries) expect(entry).toContain(`โดย ${officerName} เจ้าพนักงานปกครอง · อำเภอเมืองมุกดาหาร`);
    expect(entries[1]).toContain('วิธีการติดต่อ: โทรศัพท์');
    expect(entries[2]).toContain('สถานที่ไกล่เกลี่ย: ศูนย์ดำรงธรรมอำเภอเมืองมุกดาหาร');
    expect(entries[4]).toContain('สถานะ: ไกล่เกลี่ยสำเร็จ → ยุติเรื่อง');
    await expectAccessible(page);
  }, FLOW_MS);

  it('offers only what the case allows: no reopening of an open case, a closed one only that, nothing to an auditor', async () => {
    const open = await registered(officer);
    const closed = await registered(officer);
    await send(officer, closed, ['closeDebtCase', { reason: 'WITHDRAWN' }]);
    const openPage = await openCase(officer, open);
    await expect(offered(openPage)).resolves.not.toContain('เปิดเรื่องใหม่');
    const closedPage = await openCase(officer, closed);
    await expect(offered(closedPage)).resolves.toEqual(['เปิดเรื่องใหม่']);
    const auditor = await suite.app.signInAs({ level: 'AUDITOR', position: 'LEGAL_OFFICER' });
    for (const caseId of [open, closed]) {
      const page = await openCase(auditor, caseId);
      await expect(page.getByTestId('case-debtor').innerText()).resolves.toContain('นางสมหญิง ใจดี');
      await expect(offered(page)).resolves.toEqual([]);
      await expect(page.getByTestId('case-actions').innerText()).resolves.toContain('ไม่มีการดำเนินการที่ท่านทำได้');
    }
  }, FLOW_MS);

  it('keeps what was typed when the service refuses, with the reason beside the field', async () => {
    const caseId = await registered(officer);
    await send(officer, caseId, ['recordContactAttempt', { method: 'PHONE', reached: true, wishesMediation: 'YES' }]);
    const page = await openCase(officer, caseId);
    await page.getByTestId('case-actions').getByRole('button', { name: 'นัดไกล่เกลี่ย' }).click();
    const dialog = page.getByRole('dialog', { name: 'นัดไกล่เกลี่ย' });
    await field(dialog, 'วันที่นัด').fill('๑/๑/๒๕๖๐');
    await field(dialog, 'สถานที่').fill('ที่ว่าการอำเภอเมืองมุกดาหาร');
    await dialog.getByRole('button', { name: 'บันทึก' }).click();
    await dialog.locator('[aria-invalid="true"]').first().waitFor();
    await expect(field(dialog, 'วันที่นัด').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(errorBeside(field(dialog, 'วันที่นัด'))).resolves.toMatch(/[ก-๙]/);
    await expect(field(dialog, 'วันที่นัด').inputValue()).resolves.toBe('๑/๑/๒๕๖๐');
    await expect(field(dialog, 'สถานที่').inputValue()).resolves.toBe('ที่ว่าการอำเภอเมืองมุกดาหาร');
    await expectAccessible(page);
    await field(dialog, 'วันที่นัด').fill(bangkokToday().typed);
    await dialog.getByRole('button', { name: 'บันทึก' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await status(page, 'นัดไกล่เกลี่ยแล้ว');
  }, FLOW_MS);

  it('shows another district\'s case to nobody: an officer of 4902 opening a case of 4901 by its address sees no case data', async () => {
    const caseId = await registered(officer);
    const other = await suite.app.signInAs({ level: 'DISTRICT', office: '4902' });
    const page = await openCase(other, caseId);
    await expect(page.getByTestId('case-not-found').innerText()).resolves.toContain(`ไม่พบเรื่องเลขที่ ${caseId}`);
    const text = await page.getByTestId('case-page').innerText();
    expect(text).not.toContain('สมหญิง');
    expect(text).not.toContain('สมชาย');
    await expect(page.getByTestId('case-timeline').count()).resolves.toBe(0);
    await expectAccessible(page);
  }, FLOW_MS);

  it('transfers a case to another district, whose home page then counts it and the sending district\'s no more', async () => {
    const sender = await suite.app.signInAs({ level: 'DISTRICT', office: '4905' });
    const receiver = await suite.app.signInAs({ level: 'DISTRICT', office: '4906' });
    const caseId = await registered(sender, { districtCode: '4905' });
    await send(sender, caseId, ['recordContactAttempt', { method: 'LETTER', reached: true, wishesMediation: 'YES' }]);
    await suite.app.caughtUp();
    const [senderHome, receiverHome] = await Promise.all([suite.pageAs(sender), suite.pageAs(receiver)]);
    const homeFigures = async (home: Page) => {
      await home.goto('/');
      await home.getByTestId('district-figures').waitFor();
      const figure = (key: string) => home.getByTestId(`count-${key}`).innerText().then((t) => Number(t.split('\n').pop()));
      return { registered: await figure('registered'), contacted: await figure('contacted'), wishing: await figure('wishingMediation') };
    };
    await expect(homeFigures(senderHome)).resolves.toEqual({ registered: 1, contacted: 1, wishing: 1 });
    await expect(homeFigures(receiverHome)).resolves.toEqual({ registered: 0, contacted: 0, wishing: 0 });

    const page = await openCase(sender, caseId);
    await act(page, 'ส่งต่อไปอำเภอ/เขตอื่น', async (dialog) => {
      await field(dialog, 'อำเภอ/เขตที่รับเรื่อง').selectOption({ label: 'อำเภอหว้านใหญ่' });
      await field(dialog, 'เหตุผลที่ส่งต่อ').fill('ลูกหนี้ย้ายไปอยู่กับบุตรที่อำเภอหว้านใหญ่');
    });
    await page.getByTestId('case-saved').filter({ hasText: 'ไม่อยู่ในพื้นที่ของท่านอีกต่อไป' }).waitFor();
    await expect(page.getByTestId('case-debtor').count()).resolves.toBe(0);
    await suite.app.caughtUp();
    await expect(homeFigures(senderHome)).resolves.toEqual({ registered: 0, contacted: 0, wishing: 0 });
    await expect(homeFigures(receiverHome)).resolves.toEqual({ registered: 1, contacted: 1, wishing: 1 });

    const received = await openCase(receiver, caseId);
    await expect(received.getByTestId('case-transfers').innerText()).resolves
      .toMatch(/อำเภอคำชะอี\s+อำเภอหว้านใหญ่\s+ลูกหนี้ย้ายไปอยู่กับบุตรที่อำเภอหว้านใหญ่/);
    const entries = await timeline(received, 3);
    expect(entries[2]).toContain('ส่งต่อข้อมูลไปยังอำเภอ/เขตอื่น');
    expect(entries[2]).toContain(`โดย ${await nameOf(sender)} เจ้าพนักงานปกครอง · อำเภอคำชะอี`);
    await expect(offered(received)).resolves.toContain('บันทึกการติดต่อลูกหนี้');
  }, FLOW_MS);
});
