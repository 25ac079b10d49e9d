import { beforeAll, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { RECEIVE, citizenId, receiveInput } from '../support/complaint-fixtures.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';

/** The citizen: follows a complaint by its tracking code without signing in, and sees nothing personal. */

const toThaiDigits = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
const PERSON = citizenId('150990012345');

describeInBrowser('the public follow-up in the browser', () => {
  const suite = browserSuite();
  let complaint: { complaintId: string; trackingCode: string };

  /** A browser with no session at all, as a citizen's. */
  const citizenPage = async (): Promise<Page> => suite.freshPage();

  beforeAll(async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '7001' });
    const input = receiveInput({ citizenId: PERSON, firstName: 'ประภาพร', accused: 'นายวิชัย ทุจริต', subject: 'เจ้าหน้าที่เรียกรับเงินใต้โต๊ะ' });
    complaint = (await officer.graphql(RECEIVE, { input })).data.receiveComplaint.complaint;
    const assigned = await officer.graphql(`mutation ($input: AssignComplaintInput!) { assignComplaint(input: $input) { version } }`,
      { input: { complaintId: complaint.complaintId, assignee: { kind: 'AGENCY', name: 'สำนักงาน ป.ป.ช. ประจำจังหวัดราชบุรี' } } });
    expect(assigned.errors).toBeUndefined();
    await suite.app.caughtUp();
  });

  it('shows a citizen the status, the handling centre and the steps, without signing in and without anything personal', async () => {
    const page = await citizenPage();
    await page.goto(`/track/${complaint.trackingCode}`);
    const status = page.getByTestId('track-status');
    await expect(status.innerText()).resolves.toMatch(
      /สถานะ\s+มอบหมายผู้รับผิดชอบแล้ว\s+หน่วยงานที่ดูแลเรื่อง\s+ศูนย์ดำรงธรรมอำเภอเมืองราชบุรี จังหวัดราชบุรี\s+รับเรื่องเมื่อ\s+\d{1,2} \S+ 25\d\d/);
    const steps = await page.getByTestId('track-steps').innerText();
    expect(steps).toMatch(/รับเรื่อง\s+รับเรื่องเมื่อ \d{1,2} \S+ 25\d\d\s+มอบหมายผู้รับผิดชอบ\s+สถานะปัจจุบัน\s+ปรับปรุงล่าสุดเมื่อ/);
    expect(steps).toMatch(/อยู่ระหว่างดำเนินการ\s+แก้ไขปัญหา\s+ยุติเรื่อง$/);
    await expect(page.locator('[aria-current="step"]').innerText()).resolves.toContain('มอบหมายผู้รับผิดชอบ');
    expect(new URL(page.url()).pathname).toBe(`/track/${complaint.trackingCode}`);
    const text = await page.locator('body').innerText();
    for (const personal of [PERSON, 'ประภาพร', 'ใจดีมาก', 'วิชัย', 'เรียกรับเงิน', 'ถนนชำรุด', 'เพชรเกษม', 'ป.ป.ช.', complaint.complaintId]) {
      expect(text).not.toContain(personal);
    }
    await expectAccessible(page);
    await screenshot(page, 'track');
  });

  it('takes the code typed in Thai digits, lower case and spaced on the form', async () => {
    const page = await citizenPage();
    await page.goto('/track');
    await expectAccessible(page);
    await field(page, 'รหัสติดตามเรื่อง').fill(toThaiDigits(complaint.trackingCode.toLowerCase().replace(/-/g, ' ')));
    await page.getByRole('button', { name: 'ติดตามเรื่อง' }).click();
    await expect(page.getByTestId('track-status').innerText()).resolves.toContain('มอบหมายผู้รับผิดชอบแล้ว');
  });

  it('answers a wrong code in Thai', async () => {
    const page = await citizenPage();
    await page.goto('/track/ABCD-EFGH-JKM');
    await expect(page.getByTestId('track-not-found').innerText()).resolves.toBe('ไม่พบเรื่องตามรหัสติดตามเรื่องนี้ กรุณาตรวจสอบรหัสอีกครั้ง');
    expect(new URL(page.url()).pathname).toBe('/track/ABCD-EFGH-JKM');
    await expectAccessible(page);
  });
});
