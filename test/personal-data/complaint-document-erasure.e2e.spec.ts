import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CommandBus } from '@nestjs/cqrs';
import { ComplaintDocumentStore, documentIdOf, documentKey } from '../../src/cases/complaint/documents/complaint-document-store.js';
import { ComplaintDocumentCommandHandlers } from '../../src/cases/complaint/documents/complaint-documents.command-handlers.js';
import { ComplaintOcrWorker } from '../../src/cases/complaint/documents/complaint-ocr.worker.js';
import { detectOcr } from '../../src/cases/complaint/documents/tesseract-ocr.js';
import { loadConfig } from '../../src/config/config.js';
import { CLOCK } from '../../src/database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../src/eventstore/event-store.port.js';
import { ERASED_MARKER, PERSONAL_DATA_SHREDDER, type PersonalDataShredder } from '../../src/personal-data/keys/personal-data-shredder.js';
import type { BlobStore } from '../../src/storage/blob-store.js';
import { BLOB_STORE } from '../../src/storage/open-blob-store.js';
import { citizenId, RECEIVE, receiveInput } from '../support/complaint-fixtures.js';
import { databaseText } from '../support/database-text.js';
import { scannedLetterPdf } from '../support/scanned-letter.js';
import { type SignedIn, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue 17's erasure of a complaint's scanned documents, end to end, on the data folder: a complainant's letter is
 * attached (its bytes sealed under the complaint's key), read by OCR, and found by its words; a document attached
 * before sealing is kept plain. Then the complainant is erased: both documents answer 410 COMPLAINT_DOCUMENT_ERASED,
 * the detail shows them erased with the marker for their text, no table holds a word OCR read, and no file of the data
 * folder holds the letter's bytes, before or after; the OCR worker records a document erased before it read it as
 * unread, with the reason.
 */
const complainantId = citizenId('310050077777');
const ocrPages = [
  { page: 1, text: 'เรียน นายอำเภอ ข้าพเจ้านางสาวพิกุลเอกสารลบ บ้านเลขที่ ๙๙', confidence: 90 },
  { page: 2, text: 'Pikul Documentwiped asks for the road to be mended', confidence: 85 },
];
const OCR_WORDS = ['พิกุลเอกสารลบ', 'Documentwiped'];

let t: TestApp;
let dataDir: string;
let officer: SignedIn;
let letter: Buffer;
let complaintId: string;
let documentId: string;
let legacyId: string;
const legacyBytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(300)]);

const DETAIL = `query ($id: ID!) { complaintDetail(id: $id) { documents { documentId fileName url erased ocrState pageTexts { page text } } } }`;
const SEARCH = 'query ($text: String!) { searchComplaints(text: $text) { totalCount } }';
const get = (url: string) => fetch(`${t.base}${url}`, { headers: { authorization: `Bearer ${officer.token}` } });
const documentUrl = (id: string, complaint = complaintId) => `/complaint-documents/${complaint}/${id}`;

/** Every file under the data folder, with its bytes. */
async function dataFiles(): Promise<{ file: string; bytes: Buffer }[]> {
  const entries = await fs.readdir(dataDir, { recursive: true, withFileTypes: true });
  return Promise.all(entries.filter((e) => e.isFile()).map(async (e) => {
    const file = path.join(e.parentPath, e.name);
    return { file: path.relative(dataDir, file), bytes: await fs.readFile(file) };
  }));
}

/** The files of the data folder that hold the letter: its font's name (printed plain in every PDF of it) or its first bytes. */
const holdingTheLetter = async () => (await dataFiles())
  .filter(({ bytes }) => bytes.includes('Sarabun') || bytes.includes(letter.subarray(0, 48))).map(({ file }) => file);

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-document-erasure-'));
  t = await startTestApp({ env: { DATA_DIR: dataDir, OCR: 'off' } });
  officer = await t.signInAs({ level: 'DISTRICT', office: '7001' });
  letter = await scannedLetterPdf();
  const received = await officer.graphql(RECEIVE, { input: receiveInput({ citizenId: complainantId, firstName: 'พิกุล' }) });
  complaintId = received.data.receiveComplaint.complaint.complaintId;

  const upload = await fetch(`${t.base}/complaint-documents`, { method: 'POST', headers: { authorization: `Bearer ${officer.token}` }, body: letter });
  ({ documentId } = await upload.json() as { documentId: string });
  const attached = await officer.graphql(
    'mutation ($input: AttachComplaintDocumentInput!) { attachComplaintDocument(input: $input) { version } }',
    { input: { complaintId, documentId, fileName: 'หนังสือของนางสาวพิกุล.pdf' } },
  );
  expect(attached.errors).toBeUndefined();
  await t.app.get(ComplaintDocumentCommandHandlers).recordOcr(complaintId, {
    type: 'RecordComplaintDocumentText', at: new Date().toISOString(), documentId, engine: 'tesseract 5.3.0 tha+eng', pages: ocrPages,
  });

  // A document attached before sealing: its plain bytes under their SHA-256, its attachment of schema version 1.
  legacyId = documentIdOf(legacyBytes);
  await t.app.get<BlobStore>(BLOB_STORE).putIfAbsent(documentKey(legacyId), legacyBytes);
  const store = t.app.get<EventStore>(EVENT_STORE);
  const stream = `complaint-${complaintId}`;
  const version = (await store.readStream(stream)).length;
  await store.appendToStream(stream, [{
    eventId: randomUUID(), type: 'ComplaintDocumentAttached', schemaVersion: 1,
    data: { complaintId, documentId: legacyId, contentType: 'image/png', size: legacyBytes.length, pages: 1, fileName: 'สแกนเก่า.png', at: new Date().toISOString(), by: { level: 'DISTRICT', code: '7001' } },
    metadata: { actor: 'system:test', correlationId: randomUUID(), causationId: randomUUID(), commandId: randomUUID() },
  }], version);
  await t.caughtUp();
});
afterAll(async () => {
  await t?.close();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

describe('erasing a complaint with a scanned letter and its OCR text', () => {
  it('keeps the letter sealed: the data folder never holds its bytes, while it opens for the download', async () => {
    expect(letter.includes('Sarabun')).toBe(true);
    expect(await holdingTheLetter()).toEqual([]);
    const file = await get(documentUrl(documentId));
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(letter)).toBe(true);
    const legacy = await get(documentUrl(legacyId));
    expect(Buffer.from(await legacy.arrayBuffer()).equals(legacyBytes)).toBe(true);
    const detail = (await officer.graphql(DETAIL, { id: complaintId })).data.complaintDetail;
    expect(detail.documents).toEqual([
      { documentId, fileName: 'หนังสือของนางสาวพิกุล.pdf', url: documentUrl(documentId), erased: false, ocrState: 'READ', pageTexts: ocrPages.map(({ page, text }) => ({ page, text })) },
      { documentId: legacyId, fileName: 'สแกนเก่า.png', url: documentUrl(legacyId), erased: false, ocrState: 'PENDING', pageTexts: [] },
    ]);
    for (const word of OCR_WORDS) expect((await officer.graphql(SEARCH, { text: word })).data.searchComplaints.totalCount).toBe(1);
    const { rows } = await t.db.pool.query<{ data: string }>(`SELECT data::text FROM events WHERE stream_id = $1`, [`complaint-${complaintId}`]);
    for (const word of OCR_WORDS) expect(rows.map((r) => r.data).join('\n')).not.toContain(word);
  });

  it('refuses the download of both documents with a typed error, shows them erased, and leaves no word OCR read in any table', async () => {
    const outcome = await t.app.get<PersonalDataShredder>(PERSONAL_DATA_SHREDDER).eraseSubject(complainantId, { kind: 'REQUEST', reference: 'document-erasure' });
    expect(outcome.streams).toEqual([`complaint-${complaintId}`]);

    for (const id of [documentId, legacyId]) {
      const refused = await get(documentUrl(id));
      expect(refused.status).toBe(410);
      expect(await refused.json()).toEqual({
        code: 'COMPLAINT_DOCUMENT_ERASED', messageTh: expect.stringMatching(/ถูกลบ/), messageEn: expect.stringMatching(/erased/), field: 'documentId',
      });
    }
    const detail = (await officer.graphql(DETAIL, { id: complaintId })).data.complaintDetail;
    expect(detail.documents).toEqual([
      { documentId, fileName: ERASED_MARKER, url: null, erased: true, ocrState: 'READ', pageTexts: [{ page: 1, text: ERASED_MARKER }, { page: 2, text: ERASED_MARKER }] },
      { documentId: legacyId, fileName: ERASED_MARKER, url: null, erased: true, ocrState: 'PENDING', pageTexts: [] },
    ]);
    for (const word of OCR_WORDS) expect((await officer.graphql(SEARCH, { text: word })).data.searchComplaints.totalCount).toBe(0);
    const dump = await databaseText(t.db.pool);
    for (const word of [...OCR_WORDS, 'พิกุล']) expect(dump).not.toContain(word);

    // The sealed copy is still in the data folder, and holds nothing of the letter; its key is gone.
    const files = (await dataFiles()).map(({ file }) => file);
    expect(files.filter((file) => file.endsWith(documentId))).toEqual([expect.stringMatching(/^complaint-documents-sealed\//)]);
    expect(await holdingTheLetter()).toEqual([]);
  });

  it('has the OCR worker record a document erased before it was read as unread, with the reason', async () => {
    const availability = await detectOcr(true);
    const jobs = async (id = complaintId) => (await t.db.pool.query(
      'SELECT document_id, state FROM complaint_ocr_jobs WHERE complaint_id = $1 ORDER BY document_id', [id])).rows;
    expect(await jobs()).toEqual([{ document_id: documentId, state: 'WAITING' }]);
    const config = { ...loadConfig({ DATA_DIR: dataDir }), ocr: { ...loadConfig({}).ocr, enabled: true } };
    const worker = new ComplaintOcrWorker(
      t.db.pool, t.app.get(CLOCK), config, t.app.get(EVENT_STORE), t.app.get(ComplaintDocumentStore),
      new ComplaintDocumentCommandHandlers(t.app.get(CommandBus), t.db.pool, t.app.get(CLOCK), config, t.app.get(ComplaintDocumentStore)),
    );
    // Its text was recorded before the erasure: the job ends as done. A letter of another complaint (an erased
    // complaint takes no more documents), erased before it was read, is recorded unread.
    const other = (await officer.graphql(RECEIVE, { input: receiveInput({ citizenId: citizenId('310060012345'), firstName: 'มะลิ' }) }))
      .data.receiveComplaint.complaint.complaintId as string;
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(400)]);
    const uploaded = await fetch(`${t.base}/complaint-documents`, { method: 'POST', headers: { authorization: `Bearer ${officer.token}` }, body: png });
    const { documentId: later } = await uploaded.json() as { documentId: string };
    expect((await officer.graphql(
      'mutation ($input: AttachComplaintDocumentInput!) { attachComplaintDocument(input: $input) { version } }', { input: { complaintId: other, documentId: later } },
    )).errors).toBeUndefined();
    await t.app.get<PersonalDataShredder>(PERSONAL_DATA_SHREDDER).eraseStreams([`complaint-${other}`], { kind: 'RETENTION', reference: 'document-erasure' });
    expect((await get(documentUrl(later, other))).status).toBe(410);
    if (!availability.enabled) {
      console.warn(`OCR worker not run here: ${availability.reason}`);
      return;
    }
    await worker.drain();
    expect(await jobs()).toEqual([{ document_id: documentId, state: 'DONE' }]);
    expect(await jobs(other)).toEqual([{ document_id: later, state: 'FAILED' }]);
    const detail = (await officer.graphql(DETAIL, { id: other })).data.complaintDetail;
    expect(detail.documents.find((d: { documentId: string }) => d.documentId === later)).toMatchObject({ erased: true, ocrState: 'UNREAD' });
    const reason = (await t.db.pool.query('SELECT last_error FROM complaint_ocr_jobs WHERE document_id = $1', [later])).rows[0].last_error;
    expect(reason).toMatch(/erased/);
  });
});
