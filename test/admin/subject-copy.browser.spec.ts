import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import { promisify } from 'node:util';
import { beforeAll, expect, it, jest } from '@jest/globals';
import { citizenId, debtApi, registration } from '../support/debt-api.js';
import { describeInBrowser, expectAccessible, field, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { besideField, patient, toThaiDigits, untilText } from './support/centre-pages.js';

/** `/subject-copy`: a central administrator produces a data subject's copy (PDPA s.30), reads it and downloads it. */

jest.setTimeout(180_000);
const run = promisify(execFile);
const SUBJECT = citizenId('310050088812');

describeInBrowser('the data subject\'s copy in the browser', () => {
  const suite = browserSuite();
  let caseId: string;

  /** A debtor registered in 4901 and transferred: the mutations' answers read the case, so the read log has entries. */
  beforeAll(async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4901' });
    const base = registration();
    const registered = await debtApi(suite.app, officer).register(registration({ debtor: { ...base.debtor, citizenId: SUBJECT } }));
    caseId = registered.data.r.caseId;
    await debtApi(suite.app, officer).send('transferDebtCase', caseId, { toDistrictCode: '4902', reason: 'ลูกหนี้ย้ายที่อยู่' });
  });

  it('refuses a mistyped citizen id beside its field, then shows the case, its events and its readers, and downloads the copy', async () => {
    const page = patient(await suite.pageAs(suite.app.admin));
    await page.goto('/subject-copy');
    await page.getByRole('heading', { level: 1, name: 'สำเนาข้อมูลของเจ้าของข้อมูล (PDPA ม.30)' }).waitFor();
    await field(page, 'เลขประจำตัวประชาชนของเจ้าของข้อมูล').fill('1234567890123');
    await field(page, 'เลขที่หนังสือคำขอ').fill('มท 0309.4/77');
    await page.getByRole('button', { name: 'จัดทำสำเนา' }).click();
    await expect(besideField(field(page, 'เลขประจำตัวประชาชนของเจ้าของข้อมูล'))).resolves.toContain('หลักตรวจสอบไม่ตรง');

    await field(page, 'เลขประจำตัวประชาชนของเจ้าของข้อมูล').fill(toThaiDigits(`${SUBJECT.slice(0, 1)}-${SUBJECT.slice(1, 5)}-${SUBJECT.slice(5)}`));
    await page.getByRole('button', { name: 'จัดทำสำเนา' }).click();
    await untilText(page.getByTestId('subject-copy'), `สำเนาของ xxxxxxxxx${SUBJECT.slice(-4)} ตามหนังสือ มท 0309.4/77`);
    const record = await untilText(page.getByTestId(`subject-record-${caseId}`), /ลูกหนี้[\s\S]*ลงทะเบียนลูกหนี้นอกระบบ[\s\S]*25\d\d[\s\S]*ส่งต่อข้อมูลไปยังอำเภอ\/เขตอื่น/);
    expect(record).not.toMatch(/DebtorRegistered|DebtCaseTransferred/);
    await untilText(page.getByTestId('subject-reads'), new RegExp(`อำเภอเมืองมุกดาหาร\\s+เรื่องหนี้นอกระบบ ${caseId}\\s+creditors.citizenId[\\s\\S]*debtor.citizenId`));
    await untilText(page.getByTestId(`subject-record-${caseId}`), /นางสาวสมศรี[\s\S]*อำเภอเมืองมุกดาหาร/);
    await untilText(page.getByTestId('subject-copy-requests'), new RegExp(`xxxxxxxxx${SUBJECT.slice(-4)}\\s+มท 0309.4/77\\s+1\\s+นายดำรง`));
    await expectAccessible(page);
    await screenshot(page, 'subject-copy');

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'ดาวน์โหลด PDF' }).click()]);
    const { stdout } = await run('pdftotext', [(await pdf.path())!, '-']);
    expect(stdout.normalize('NFKD')).toContain('สำเนาข้อมูลส่วนบุคคลของเจ้าของข้อมูล'.normalize('NFKD'));
    expect(stdout).toContain(caseId);
    expect(stdout.normalize('NFKD')).toContain('ลงทะเบียนลูกหนี้นอกระบบ'.normalize('NFKD'));
    expect(stdout).not.toContain('DebtorRegistered');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'ดาวน์โหลด JSON' }).click()]);
    const copy = JSON.parse(await fs.readFile((await json.path())!, 'utf8'));
    expect(copy.records[0]).toMatchObject({ recordId: caseId, roles: ['DEBTOR'] });
    expect(copy.records[0].events[0]).toMatchObject({ type: 'DebtorRegistered', typeLabelTh: 'ลงทะเบียนลูกหนี้นอกระบบ' });
  });

  it('is not in a district officer\'s menu', async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4901' });
    const page = patient(await suite.pageAs(officer));
    await page.goto('/');
    await page.getByRole('navigation').first().waitFor();
    await expect(page.getByRole('link', { name: 'สำเนาข้อมูลของเจ้าของข้อมูล (PDPA ม.30)' }).count()).resolves.toBe(0);
  });
});
