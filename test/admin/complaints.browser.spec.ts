import { beforeAll, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { complaintDecider } from '../../src/cases/complaint/complaint.decider.js';
import { generateTrackingCode } from '../../src/cases/complaint/receipt/tracking-code.js';
import { handleCommand } from '../../src/eventstore/handle-command.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { RECEIVE, citizenId, receiveInput } from '../support/complaint-fixtures.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';

/** Complaints in the admin UI: intake with the duplicate check, the list, a complaint's page, its actions and history. */

/** Per test: the machine the suites share may be slow (many browsers at once). */
const SLOW = 300_000;

const DAY_MS = 86_400_000;
/** Two complaints Mueang Dong Luang (4904) received long ago and left alone since: 45 and 20 days before the tests. */
const AGES = [45, 20];
const agedAt = (days: number) => new Date(Date.now() - days * DAY_MS);
/** A day as the admin UI writes it: Buddhist Era, Bangkok. */
const thaiDay = (at: Date) => new Intl.DateTimeFormat('th-TH-u-ca-buddhist', {
  timeZone: 'Asia/Bangkok', day: 'numeric', month: 'short', year: 'numeric',
}).format(at);

/** Stores the aged complaints as the handler would have then, each command at its old instant. */
async function receiveAged(store: PostgresEventStore): Promise<void> {
  for (const [n, days] of AGES.entries()) {
    const office = { level: 'DISTRICT', code: '4904' } as const;
    await handleCommand(store, `complaint-aged-${n}`, complaintDecider, {
      type: 'ReceiveComplaint', at: agedAt(days).toISOString(), actingOffice: office, complaintId: `aged-${n}`,
      trackingCode: generateTrackingCode(), channel: 'WALK_IN', complainant: { anonymous: true },
      subject: `ถนนลูกรังชำรุดค้าง ${days} วัน`, description: 'ยังไม่มีผู้ใดมาซ่อม',
      category: { main: 'REQUEST_HELP', sub: 'PUBLIC_UTILITIES' }, location: { subdistrictCode: '490401', districtCode: '4904' },
      accused: null, candidates: [],
    }, { commandId: `aged-${n}`, actor: 'officer:test' });
  }
}

const thaiDigits = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

/** The error shown beside a field, once it is marked invalid (its aria-describedby: description and error). */
async function errorBeside(input: Locator): Promise<string> {
  await input.and(input.page().locator('[aria-invalid="true"]')).waitFor();
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => input.page().locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}

/** Waits until `read` answers `expected` (a minute at most). */
async function until<T>(read: () => Promise<T>, expected: T): Promise<void> {
  const end = Date.now() + 60_000;
  for (let seen = await read(); seen !== expected; seen = await read()) {
    if (Date.now() > end) throw new Error(`still ${String(seen)}, not ${String(expected)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describeInBrowser('complaints in the browser', () => {
  const suite = browserSuite({ beforeStart: (db) => receiveAged(new PostgresEventStore(db.pool)) }, SLOW);
  let officer: SignedIn;
  let province: SignedIn;
  const names: Record<string, string> = {};

  async function receive(as: SignedIn, options: Parameters<typeof receiveInput>[0], patch: object = {}) {
    const body = await as.graphql(RECEIVE, { input: { ...receiveInput(options), ...patch } });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data.receiveComplaint.complaint as { complaintId: string; trackingCode: string };
  }
  async function nameOf(account: SignedIn) {
    const { data } = await account.graphql('{ me { account { title firstName lastName } } }');
    return `${data.me.account.title}${data.me.account.firstName} ${data.me.account.lastName}`;
  }

  /** A page signed in as `account`, waiting up to a minute for what it is told to wait for. */
  async function pageOf(account: SignedIn): Promise<Page> {
    const page = await suite.pageAs(account);
    page.setDefaultTimeout(60_000);
    return page;
  }

  beforeAll(async () => {
    officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4901' });
    province = await suite.app.signInAs({ level: 'PROVINCE', office: '49' });
    names.officer = await nameOf(officer);
    names.province = await nameOf(province);
  }, SLOW);

  /** The page's action buttons, in order. */
  const actionsOn = async (page: Page) => (await page.getByTestId('complaint-actions').count()) === 0
    ? [] : page.getByTestId('complaint-actions').getByRole('button').allInnerTexts();

  it('shows a possible duplicate of an earlier complaint before saving, then saves the new one', async () => {
    const person = citizenId('149010077001');
    const earlier = await receive(officer, { citizenId: person, subject: 'ถูกเจ้าหนี้นอกระบบข่มขู่', accused: null, subdistrict: '490101' });
    await suite.app.caughtUp();
    const page = await pageOf(officer);
    await page.goto('/complaints');
    await page.getByRole('link', { name: 'รับเรื่องใหม่' }).click();
    await page.getByRole('heading', { name: 'รับเรื่องร้องเรียนร้องทุกข์' }).waitFor();
    await expectAccessible(page);
    await field(page, 'ช่องทางการร้องเรียน').selectOption({ label: 'สายด่วน 1567' });
    await field(page, 'เลขประจำตัวประชาชน').fill(thaiDigits(person));
    await field(page, 'คำนำหน้านาม').fill('นาง');
    await field(page, 'ชื่อ').fill('บุญเรือน');
    await field(page, 'นามสกุล').fill('มั่นคง');
    await field(page, 'โทรศัพท์').fill(thaiDigits('0812345678'));
    await field(page, 'เรื่อง').fill('ขอให้ช่วยไกล่เกลี่ยหนี้นอกระบบ');
    await field(page, 'รายละเอียด').fill('ถูกเรียกดอกเบี้ยร้อยละ ๒๐ ต่อเดือน');
    await field(page, 'ประเภทเรื่อง').selectOption({ label: 'ขอความช่วยเหลือ' });
    await field(page, 'ประเภทย่อย').selectOption({ label: 'หนี้นอกระบบ' });
    const where = page.getByRole('group', { name: 'สถานที่เกิดเหตุ' });
    await expect(field(where, 'อำเภอ/เขต').inputValue()).resolves.toBe('4901');
    await field(where, 'ตำบล/แขวง').selectOption('490102');

    const duplicates = page.getByTestId('possible-duplicates');
    await duplicates.getByText('พบเรื่องที่อาจซ้ำ 1 เรื่อง').waitFor();
    await duplicates.getByText(earlier.trackingCode, { exact: false }).waitFor();
    await expect(duplicates.innerText()).resolves.toMatch(/ผู้ร้องรายเดียวกัน[\s\S]*ถูกเจ้าหนี้นอกระบบข่มขู่/);
    await expectAccessible(page);
    await duplicates.scrollIntoViewIfNeeded();
    await screenshot(page, 'complaint-intake');

    await page.getByRole('button', { name: 'บันทึกรับเรื่อง' }).click();
    await page.waitForURL(/\/complaints\/[0-9a-f-]{36}$/);
    const saved = page.getByTestId('complaint-page');
    await expect(saved.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('ขอให้ช่วยไกล่เกลี่ยหนี้นอกระบบ');
    await expect(page.getByRole('status').innerText()).resolves.toContain('รับเรื่องแล้ว');
    await expect(page.getByTestId('complaint-status').innerText()).resolves.toBe('รับเรื่องแล้ว');
    await expect(saved.innerText()).resolves.toMatch(/สายด่วน 1567[\s\S]*นางบุญเรือน มั่นคง[\s\S]*เรื่องที่อาจซ้ำ[\s\S]*ผู้ร้องรายเดียวกัน/);
    await saved.getByRole('link', { name: new RegExp(earlier.trackingCode) }).waitFor();
  }, SLOW);

  it('refuses a form beside each field at once, in Thai, keeping everything typed', async () => {
    const page = await pageOf(officer);
    await page.goto('/complaints/new');
    await field(page, 'เลขประจำตัวประชาชน').fill(thaiDigits('1234567890123'));
    await field(page, 'ชื่อ').fill('สมชาย');
    await field(page, 'รายละเอียด').fill('รายละเอียดที่พิมพ์ไว้');
    await page.getByRole('button', { name: 'บันทึกรับเรื่อง' }).click();
    await expect(errorBeside(field(page, 'เลขประจำตัวประชาชน'))).resolves.toContain('หลักตรวจสอบไม่ตรง');
    for (const label of ['นามสกุล', 'เรื่อง']) await expect(errorBeside(field(page, label))).resolves.toContain('กรุณากรอกข้อมูลช่องนี้');
    await expect(errorBeside(field(page, 'ประเภทเรื่อง'))).resolves.not.toBe('');
    await expect(errorBeside(field(page.getByRole('group', { name: 'สถานที่เกิดเหตุ' }), 'ตำบล/แขวง'))).resolves.not.toBe('');
    await expect(field(page, 'เลขประจำตัวประชาชน').inputValue()).resolves.toBe(thaiDigits('1234567890123'));
    await expect(field(page, 'ชื่อ').inputValue()).resolves.toBe('สมชาย');
    await expect(field(page, 'รายละเอียด').inputValue()).resolves.toBe('รายละเอียดที่พิมพ์ไว้');
    expect(new URL(page.url()).pathname).toBe('/complaints/new');
    await expectAccessible(page);
  }, SLOW);

  it('takes a complaint through assign, progress, forward, resolve, close, reopen and a duplicate mark, offering only what it allows', async () => {
    const person = citizenId('149010077123');
    const first = await receive(officer, { citizenId: person, subject: 'ไฟฟ้าส่องสว่างในซอยดับ', accused: null, subdistrict: '490101' });
    await suite.app.caughtUp();
    const second = await receive(officer, { citizenId: person, subject: 'ไฟฟ้าส่องสว่างในซอยดับอีก', accused: null, subdistrict: '490101' });
    const page = await pageOf(officer);
    await page.goto(`/complaints/${second.complaintId}`);
    const status = page.getByTestId('complaint-status');
    const timeline = page.getByTestId('complaint-timeline');
    const act = async (action: string, fill: (form: Locator) => Promise<void>, statusAfter: string | null, entries: number) => {
      await page.getByTestId('complaint-actions').getByRole('button', { name: action }).click();
      const form = page.getByRole('form', { name: action });
      await fill(form);
      await form.getByRole('button', { name: 'บันทึก' }).click();
      await form.waitFor({ state: 'detached' });
      if (statusAfter) await status.getByText(statusAfter, { exact: true }).waitFor();
      await until(() => timeline.getByTestId('timeline-entry').count(), entries);
    };
    await status.waitFor();
    expect(await actionsOn(page)).toEqual(['มอบหมายผู้รับผิดชอบ', 'บันทึกความคืบหน้า', 'ส่งต่อเรื่อง', 'บันทึกผลการแก้ไข', 'ยุติเรื่อง', 'ระบุว่าเป็นเรื่องซ้ำ']);

    await act('มอบหมายผู้รับผิดชอบ', (form) => field(form, 'ชปต. ประจำตำบล/แขวง').selectOption('490101').then(() => undefined), 'มอบหมายแล้ว', 2);
    await act('บันทึกความคืบหน้า', (form) => field(form, 'ความคืบหน้า').fill('ชปต. ลงพื้นที่ตรวจสอบแล้ว'), 'อยู่ระหว่างดำเนินการ', 3);
    await expectAccessible(page);
    await page.getByTestId('complaint-actions').getByRole('button', { name: 'ส่งต่อเรื่อง' }).click();
    const forward = page.getByRole('form', { name: 'ส่งต่อเรื่อง' });
    await field(forward, 'ส่งต่อไปยัง').selectOption('PROVINCE');
    await field(forward, 'จังหวัด').selectOption({ label: 'มุกดาหาร' });
    await field(forward, 'บันทึกเพิ่มเติม').fill('เกินอำนาจอำเภอ');
    await forward.getByRole('button', { name: 'บันทึก' }).click();
    await page.getByRole('status').getByText('ส่งต่อเรื่องแล้ว').waitFor();

    const at = await pageOf(province);
    await at.goto(`/complaints/${second.complaintId}`);
    await at.getByTestId('complaint-status').getByText('รับเรื่องแล้ว').waitFor();
    await expect(at.getByTestId('complaint-page').innerText()).resolves.toContain('ศูนย์ดำรงธรรมจังหวัดมุกดาหาร');
    const onProvince = async (action: string, fill: (form: Locator) => Promise<void>, statusAfter: string, entries: number) => {
      await at.getByTestId('complaint-actions').getByRole('button', { name: action }).click();
      const form = at.getByRole('form', { name: action });
      await fill(form);
      await form.getByRole('button', { name: 'บันทึก' }).click();
      await form.waitFor({ state: 'detached' });
      await at.getByTestId('complaint-status').getByText(statusAfter, { exact: true }).waitFor();
      await until(() => at.getByTestId('complaint-timeline').getByTestId('timeline-entry').count(), entries);
    };
    await onProvince('บันทึกผลการแก้ไข', (form) => field(form, 'ผลการแก้ไข').fill('การไฟฟ้าซ่อมไฟส่องสว่างแล้ว'), 'แก้ไขแล้ว', 5);
    expect(await actionsOn(at)).toEqual(['ยุติเรื่อง', 'เปิดเรื่องใหม่', 'ระบุว่าเป็นเรื่องซ้ำ']);
    await at.getByTestId('complaint-actions').getByRole('button', { name: 'ยุติเรื่อง' }).click();
    await expect(at.getByRole('form', { name: 'ยุติเรื่อง' }).getByRole('option').allInnerTexts()).resolves.toEqual(['แก้ไขแล้ว', 'ไม่สามารถแก้ไขได้', 'ผู้ร้องขอถอนเรื่อง']);
    await at.getByRole('form', { name: 'ยุติเรื่อง' }).getByRole('button', { name: 'ยกเลิก' }).click();
    await onProvince('ยุติเรื่อง', (form) => field(form, 'เหตุที่ยุติเรื่อง').selectOption({ label: 'แก้ไขแล้ว' }).then(() => undefined), 'ยุติเรื่อง', 6);
    expect(await actionsOn(at)).toEqual(['เปิดเรื่องใหม่']);
    await onProvince('เปิดเรื่องใหม่', (form) => field(form, 'เหตุที่เปิดเรื่องใหม่').fill('ผู้ร้องแจ้งว่าไฟดับอีก'), 'อยู่ระหว่างดำเนินการ', 7);
    await at.getByTestId('complaint-actions').getByRole('button', { name: 'ระบุว่าเป็นเรื่องซ้ำ' }).click();
    const mark = at.getByRole('form', { name: 'ระบุว่าเป็นเรื่องซ้ำ' });
    await mark.getByRole('radio', { name: new RegExp(first.trackingCode) }).waitFor();
    await expect(field(mark, 'เลขที่เรื่องที่ซ้ำ').inputValue()).resolves.toBe(first.complaintId);
    await mark.getByRole('button', { name: 'บันทึก' }).click();
    await mark.waitFor({ state: 'detached' });
    await until(() => at.getByTestId('timeline-entry').count(), 8);
    await expect(at.getByTestId('complaint-page').innerText()).resolves.toMatch(new RegExp(`ซ้ำกับเรื่อง\\s+${first.trackingCode} — ไฟฟ้าส่องสว่างในซอยดับ`));

    const entries = await at.getByTestId('timeline-entry').allInnerTexts();
    const expected: [string, string, string][] = [
      ['รับเรื่องร้องเรียนร้องทุกข์', names.officer, 'อำเภอเมืองมุกดาหาร'], ['มอบหมายผู้รับผิดชอบ', names.officer, 'อำเภอเมืองมุกดาหาร'],
      ['บันทึกความคืบหน้า', names.officer, 'อำเภอเมืองมุกดาหาร'], ['ส่งต่อเรื่อง', names.officer, 'อำเภอเมืองมุกดาหาร'],
      ['บันทึกผลการแก้ไข', names.province, 'จังหวัดมุกดาหาร'], ['ยุติเรื่อง', names.province, 'จังหวัดมุกดาหาร'],
      ['เปิดเรื่องใหม่', names.province, 'จังหวัดมุกดาหาร'], ['ระบุว่าเป็นเรื่องซ้ำ', names.province, 'จังหวัดมุกดาหาร'],
    ];
    expected.forEach(([what, who, office], i) => {
      expect(entries[i]).toContain(what);
      expect(entries[i]).toContain(`โดย ${who}`);
      expect(entries[i]).toContain(office);
      expect(entries[i]).toMatch(/25\d\d \d\d:\d\d น\./);
    });
    expect(entries[2]).toContain('ชปต. ลงพื้นที่ตรวจสอบแล้ว');
    expect(entries[4]).toMatch(/สถานะ: รับเรื่องแล้ว → แก้ไขแล้ว/);
    await expectAccessible(at);
    await at.evaluate('window.scrollTo(0, 0)');
    await screenshot(at, 'complaint-page');

    const auditor = await pageOf(await suite.app.signInAs({ level: 'AUDITOR', position: 'LEGAL_OFFICER' }));
    await auditor.goto(`/complaints/${second.complaintId}`);
    await auditor.getByTestId('complaint-timeline').waitFor();
    expect(await actionsOn(auditor)).toEqual([]);
  }, SLOW);

  it('lists the area\'s complaints a page at a time, filtered in Thai', async () => {
    const lister = await suite.app.signInAs({ level: 'DISTRICT', office: '4903' });
    for (let i = 0; i < 21; i++) {
      await receive(lister, { citizenId: citizenId(`14903001${String(i).padStart(4, '0')}`), subject: `ถนนชำรุดจุดที่ ${i + 1}`, accused: null, subdistrict: '490301' });
    }
    for (const subject of ['แจ้งเบาะแสบ่อนการพนัน', 'แจ้งเบาะแสการพนันออนไลน์']) {
      await receive(lister, { subject, accused: null, subdistrict: '490302' },
        { channel: 'HOTLINE_1567', complainant: { anonymous: true }, category: { main: 'TIP_OFF', sub: 'TIP_GAMBLING' } });
    }
    await suite.app.caughtUp();
    const page = await pageOf(lister);
    await page.goto('/complaints');
    const count = page.getByTestId('list-count');
    const rows = page.getByTestId('complaint-list').locator('tbody tr');
    await count.getByText('แสดง 1–20 จาก 23 เรื่อง').waitFor();
    await expect(rows.count()).resolves.toBe(20);
    await expect(rows.first().innerText()).resolves.toContain('แจ้งเบาะแสการพนันออนไลน์');
    await expectAccessible(page);
    await screenshot(page, 'complaint-list');
    await page.getByRole('button', { name: 'หน้าถัดไป' }).click();
    await count.getByText('แสดง 21–23 จาก 23 เรื่อง').waitFor();
    await expect(rows.allInnerTexts()).resolves.toEqual([expect.stringContaining('ถนนชำรุดจุดที่ 3'), expect.stringContaining('ถนนชำรุดจุดที่ 2'),
      expect.stringContaining('ถนนชำรุดจุดที่ 1')]);
    await expect(page.getByRole('button', { name: 'หน้าถัดไป' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'หน้าก่อน' }).click();
    await count.getByText('แสดง 1–20 จาก 23 เรื่อง').waitFor();

    await field(page, 'ช่องทาง').selectOption({ label: 'สายด่วน 1567' });
    await field(page, 'ประเภทเรื่อง').selectOption({ label: 'แจ้งเบาะแส' });
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await count.getByText('แสดง 1–2 จาก 2 เรื่อง').waitFor();
    for (const row of await rows.allInnerTexts()) expect(row).toMatch(/แจ้งเบาะแส[\s\S]*สายด่วน 1567[\s\S]*รับเรื่องแล้ว/);
    await field(page, 'คำค้น (เรื่องหรือผู้ถูกร้องเรียน)').fill('ออนไลน์');
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await count.getByText('แสดง 1–1 จาก 1 เรื่อง').waitFor();

    await page.getByRole('button', { name: 'ล้างตัวกรอง' }).click();
    await count.getByText('แสดง 1–20 จาก 23 เรื่อง').waitFor();
    await field(page, 'สถานะ').selectOption({ label: 'ยุติเรื่อง' });
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await count.getByText('ไม่พบเรื่องร้องเรียน').waitFor();
    await field(page, 'สถานะ').selectOption({ label: 'ทุกสถานะ' });
    await field(page, 'รับเรื่องตั้งแต่วันที่').fill('๓๑/๐๒/๒๕๖๘');
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await expect(errorBeside(field(page, 'รับเรื่องตั้งแต่วันที่'))).resolves.not.toBe('');
    await expect(field(page, 'รับเรื่องตั้งแต่วันที่').inputValue()).resolves.toBe('๓๑/๐๒/๒๕๖๘');
    await expectAccessible(page);
  }, SLOW);

  it('finds open complaints without progress for more than N days, flags them in the list and counts them per office', async () => {
    const keeper = await suite.app.signInAs({ level: 'DISTRICT', office: '4904' });
    await receive(keeper, { subject: 'ไฟฟ้าส่องสว่างดับ', accused: null, subdistrict: '490401' });
    await suite.app.caughtUp();
    const page = await pageOf(keeper);
    await page.goto('/complaints');
    const count = page.getByTestId('list-count');
    const rows = page.getByTestId('complaint-list').locator('tbody tr');
    await count.getByText('แสดง 1–3 จาก 3 เรื่อง').waitFor();
    const oldest = rows.filter({ hasText: 'ค้าง 45 วัน' });
    await expect(oldest.innerText()).resolves.toContain(thaiDay(agedAt(45)));
    await expect(oldest.innerText()).resolves.toContain('ไม่มีความคืบหน้า');
    await expect(rows.filter({ hasText: 'ไฟฟ้าส่องสว่างดับ' }).innerText()).resolves.not.toContain('ไม่มีความคืบหน้า');

    const stale = field(page, 'ไม่มีความคืบหน้าเกิน (วัน)');
    await stale.fill('๓๐');
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await count.getByText('แสดง 1–1 จาก 1 เรื่อง').waitFor();
    await expect(rows.innerText()).resolves.toContain('ค้าง 45 วัน');
    await stale.fill('๑๕');
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await count.getByText('แสดง 1–2 จาก 2 เรื่อง').waitFor();
    await stale.fill('๐');
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await expect(errorBeside(stale)).resolves.toContain('จำนวนวันต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 3650');
    await expectAccessible(page);

    const province = await pageOf(await suite.app.signInAs({ level: 'PROVINCE', office: '49' }));
    await province.goto('/complaints');
    await province.getByRole('link', { name: 'เรื่องที่ไม่มีความคืบหน้า' }).click();
    const total = province.getByTestId('stale-total');
    await total.getByText(/ไม่มีความคืบหน้าเกิน 30 วัน .*: 1 เรื่อง/).waitFor();
    const offices = province.getByTestId('stale-offices').locator('tbody tr');
    await expect(offices.allInnerTexts()).resolves.toEqual([expect.stringMatching(/ดงหลวง[\s\S]*1[\s\S]*/)]);
    await expect(offices.first().innerText()).resolves.toContain(thaiDay(agedAt(45)));
    await field(province, 'ไม่มีความคืบหน้าเกิน (วัน)').fill('๑๕');
    await province.getByRole('button', { name: 'แสดง' }).click();
    await total.getByText(/ไม่มีความคืบหน้าเกิน 15 วัน .*: 2 เรื่อง/).waitFor();
    await expectAccessible(province);
    await screenshot(province, 'stale-complaints');
    await offices.getByRole('link', { name: '2' }).click();
    await province.getByTestId('list-count').getByText('แสดง 1–2 จาก 2 เรื่อง').waitFor();
  }, SLOW);
});
