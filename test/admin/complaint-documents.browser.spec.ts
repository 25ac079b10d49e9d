import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { detectOcr } from '../../src/cases/complaint/documents/tesseract-ocr.js';
import { PERSONAL_DATA_SHREDDER, type PersonalDataShredder } from '../../src/personal-data/keys/personal-data-shredder.js';
import { citizenId, RECEIVE, receiveInput } from '../support/complaint-fixtures.js';
import { scannedLetterPdf } from '../support/scanned-letter.js';
import type { SignedIn } from '../support/test-app.js';
import { describeInBrowser, expectAccessible, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';

/**
 * Scanned documents in the admin UI: a district attaches a letter to a complaint, sees it listed, and its OCR text;
 * once the complainant is erased (PDPA), the letter is listed as erased, with nothing to open.
 */

const SLOW = 300_000;

describeInBrowser('scanned complaint documents in the browser', () => {
  let officer: SignedIn;
  let dataDir: string;
  const suite = browserSuite(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-documents-'));
    return { env: { DATA_DIR: dataDir, OCR_POLL_MS: '200' } };
  }, SLOW);

  async function pageOf(account: SignedIn): Promise<Page> {
    const page = await suite.pageAs(account);
    page.setDefaultTimeout(60_000);
    return page;
  }

  beforeAll(async () => {
    officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4901' });
  }, SLOW);
  afterAll(async () => {
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('uploads a scanned letter, lists it with its pages and the Buddhist-era date, refuses a file of another type, and shows the OCR text', async () => {
    const body = await officer.graphql(RECEIVE, { input: receiveInput({ subdistrict: '490101', subject: 'ขอให้ซ่อมถนนในหมู่บ้าน' }) });
    const { complaintId } = body.data.receiveComplaint.complaint as { complaintId: string };
    const page = await pageOf(officer);
    await page.goto(`/complaints/${complaintId}`);
    const section = page.getByTestId('complaint-documents');
    await section.getByText('ยังไม่มีเอกสาร').waitFor();

    await section.locator('input[type="file"]').setInputFiles({ name: 'หนังสือร้องเรียน.pdf', mimeType: 'application/pdf', buffer: await scannedLetterPdf() });
    const row = section.getByTestId('document-row');
    await row.getByText('หนังสือร้องเรียน.pdf').waitFor();
    const year = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { timeZone: 'Asia/Bangkok', year: 'numeric' }).format(new Date());
    await expect(row.innerText()).resolves.toMatch(new RegExp(`^หนังสือร้องเรียน\\.pdf[\\s\\S]*\\t?2\\t?[\\s\\S]*PDF[\\s\\S]*${year.replace(/\D/g, '')}`));
    await expect(row.getByRole('link', { name: 'เปิด' }).getAttribute('href')).resolves.toBe(`/complaint-documents/${complaintId}/${await documentIdOf(complaintId)}`);
    await expectAccessible(page);

    await section.locator('input[type="file"]').setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: Buffer.from('GIF89a not a letter') });
    await section.getByRole('alert').getByText(/letter\.pdf: เอกสารต้องเป็นไฟล์ PDF, JPEG, PNG หรือ TIFF/).waitFor();
    await expect(section.getByTestId('document-row').count()).resolves.toBe(1);

    const ocr = await detectOcr(true);
    if (!ocr.enabled) {
      console.warn(`OCR text not checked: ${ocr.reason}`);
      return;
    }
    for (const end = Date.now() + 240_000; (await row.getByTestId('ocr-state').innerText()) !== 'อ่านข้อความแล้ว' && Date.now() < end;) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await page.reload();
    }
    await section.getByTestId('ocr-text').getByText(/ราชบุรี/).waitFor();
    await section.getByTestId('ocr-text').getByText(/Complaint/).first().waitFor();
    await screenshot(page, 'complaint-documents');

    await page.goto('/complaints/ocr-queue');
    const queue = page.getByTestId('ocr-queue');
    await queue.getByText(/โปรแกรมอ่านข้อความ: tesseract/).waitFor();
    await expectAccessible(page);
  }, SLOW);

  it('lists a letter erased with its complainant as erased, with no link to open it', async () => {
    const complainant = citizenId('490100055555');
    const body = await officer.graphql(RECEIVE, { input: receiveInput({ subdistrict: '490101', citizenId: complainant, subject: 'ขอให้ลบข้อมูลของข้าพเจ้า' }) });
    const { complaintId } = body.data.receiveComplaint.complaint as { complaintId: string };
    const page = await pageOf(officer);
    await page.goto(`/complaints/${complaintId}`);
    const section = page.getByTestId('complaint-documents');
    await section.locator('input[type="file"]').setInputFiles({ name: 'คำขอ.pdf', mimeType: 'application/pdf', buffer: await scannedLetterPdf() });
    await section.getByTestId('document-row').getByRole('link', { name: 'เปิด' }).waitFor();

    await suite.app.app.get<PersonalDataShredder>(PERSONAL_DATA_SHREDDER).eraseSubject(complainant, { kind: 'REQUEST', reference: 'browser-erasure' });
    await page.reload();
    const row = section.getByTestId('document-row');
    await row.getByTestId('document-erased').getByText('ถูกลบตามกฎหมายคุ้มครองข้อมูลส่วนบุคคล').waitFor();
    await expect(row.getByRole('link').count()).resolves.toBe(0);
    await expect(row.innerText()).resolves.toContain('ข้อมูลถูกลบตามคำขอ');
    await expectAccessible(page);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'complaint-document-erased');
  }, SLOW);

  async function documentIdOf(complaintId: string): Promise<string> {
    const answer = await officer.graphql('query ($id: ID!) { complaintDetail(id: $id) { documents { documentId } } }', { id: complaintId });
    return answer.data.complaintDetail.documents[0].documentId;
  }
});
