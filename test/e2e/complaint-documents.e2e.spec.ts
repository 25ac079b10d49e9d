import { randomBytes } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CommandBus } from '@nestjs/cqrs';
import { loadConfig } from '../../src/config/config.js';
import { CLOCK } from '../../src/database/database.module.js';
import { EVENT_STORE, type EventStore } from '../../src/eventstore/event-store.port.js';
import { ComplaintDocumentCleanupTimer } from '../../src/cases/complaint/documents/complaint-document-cleanup.timer.js';
import { ComplaintDocumentStore } from '../../src/cases/complaint/documents/complaint-document-store.js';
import { ComplaintDocumentCommandHandlers } from '../../src/cases/complaint/documents/complaint-documents.command-handlers.js';
import { ComplaintOcrWorker } from '../../src/cases/complaint/documents/complaint-ocr.worker.js';
import { detectOcr } from '../../src/cases/complaint/documents/tesseract-ocr.js';
import type { BlobStore } from '../../src/storage/blob-store.js';
import { BLOB_STORE } from '../../src/storage/open-blob-store.js';
import { RECEIVE, receiveInput } from '../support/complaint-fixtures.js';
import { LETTER_WORDS, scannedLetterPdf } from '../support/scanned-letter.js';
import { startS3Server, type TestS3 } from '../support/s3-server.js';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app.js';

/**
 * Scanned documents of complaints over HTTP and GraphQL, kept on disk and in a real S3-compatible server (s3rver):
 * upload, content addressing, attach, read back, refusals, the area rule, the read log, the cleanup of unattached
 * uploads, and the OCR worker. The service runs with OCR=off, so that its own worker leaves the queue alone; the
 * OCR tests drive a worker of their own (as a replica started later would be), OCR on, to the end of the queue.
 */
const ocr = detectOcr(true);

describe.each(['disk', 's3'] as const)('scanned documents of complaints, kept on %s', (store) => {
  let t: TestApp;
  let dataDir: string;
  let s3: TestS3 | undefined;
  let officer: SignedIn;
  let otherOfficer: SignedIn;
  let letter: Buffer;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-documents-'));
    s3 = store === 's3' ? await startS3Server() : undefined;
    t = await startTestApp({ env: { DATA_DIR: dataDir, OCR: 'off', DOCUMENT_MAX_MB: '1', DOCUMENT_MAX_PAGES: '5', ...s3?.env } });
    officer = await t.signInAs({ level: 'DISTRICT', office: '7001' });
    otherOfficer = await t.signInAs({ level: 'DISTRICT', office: '7002' });
    letter = await scannedLetterPdf();
  });
  afterAll(async () => {
    await t?.close();
    await s3?.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  /** The keys of the documents kept, in the bucket or under the data folder (`complaint-documents/ab/<sha256>`, the sealed copies `complaint-documents-sealed/…`). */
  async function storedKeys(collection = 'complaint-documents'): Promise<string[]> {
    if (s3) return s3.keys(`${collection}/`);
    const root = path.join(dataDir, collection);
    const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isFile()).map((e) => path.relative(dataDir, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();
  }
  /** What changes when the object is written: on S3 the number of PUTs of it the server served, on disk its file's inode (a write renames a new file onto it). */
  const writesOf = async (key: string) => s3 ? s3.writes.filter((k) => k === key).length : (await fs.stat(path.join(dataDir, key))).ino;
  const keyOf = (documentId: string) => `complaint-documents/${documentId.slice(0, 2)}/${documentId}`;
  const blobs = () => t.app.get<BlobStore>(BLOB_STORE);

  const pngOf = (rest: Buffer) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), rest]);
  const upload = (body: Buffer, who: SignedIn = officer, contentType = 'application/pdf') =>
    fetch(`${t.base}/complaint-documents`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${who.token}` }, body });
  const get = (url: string, who: SignedIn = officer) => fetch(`${t.base}${url}`, { headers: { authorization: `Bearer ${who.token}` } });
  const ATTACH = 'mutation ($input: AttachComplaintDocumentInput!) { attachComplaintDocument(input: $input) { version alreadyHandled } }';
  const DETAIL = `query ($id: ID!) { complaintDetail(id: $id) { documents {
    documentId type size pages fileName attachedAt attachedBy { code nameTh } url ocrState ocrEngine ocrReason pageTexts { page text confidence } } } }`;
  const QUEUE = '{ complaintOcrQueue { waiting working done failed oldestWaitingSince enabled engine offReason } }';

  async function receive(who: SignedIn = officer): Promise<string> {
    const answer = await who.graphql(RECEIVE, { input: receiveInput({ subject: 'ถนนในหมู่บ้านชำรุด' }) });
    return answer.data.receiveComplaint.complaint.complaintId;
  }

  async function attached(complaintId: string, body: Buffer, fileName: string) {
    const stored = await (await upload(body)).json() as { documentId: string };
    const answer = await officer.graphql(ATTACH, { input: { complaintId, documentId: stored.documentId, fileName } });
    expect(answer.errors).toBeUndefined();
    return stored.documentId;
  }

  /** A worker as a newly started replica runs it, OCR on. */
  async function freshWorker(): Promise<ComplaintOcrWorker> {
    const config = { ...loadConfig({ DATA_DIR: dataDir, ...s3?.env }), ocr: { ...loadConfig({}).ocr, enabled: true } };
    return new ComplaintOcrWorker(
      t.db.pool, t.app.get(CLOCK), config, t.app.get(EVENT_STORE), t.app.get(ComplaintDocumentStore),
      new ComplaintDocumentCommandHandlers(t.app.get(CommandBus), t.db.pool, t.app.get(CLOCK), config, t.app.get(ComplaintDocumentStore)),
    );
  }

    it('keeps an uploaded PDF by its SHA-256, its type and pages read from the bytes, and attaches it to the complaint', async () => {
      const complaintId = await receive();
      const response = await upload(letter, officer, 'application/octet-stream');
      expect(response.status).toBe(201);
      const stored = await response.json() as { documentId: string };
      expect(stored).toEqual({ documentId: expect.stringMatching(/^[0-9a-f]{64}$/), contentType: 'application/pdf', size: letter.length, pages: 2 });
      const answer = await officer.graphql(ATTACH, { input: { complaintId, documentId: stored.documentId, fileName: 'หนังสือร้องเรียน.pdf' } });
      expect(answer.data.attachComplaintDocument).toEqual({ version: 2, alreadyHandled: false });

      const detail = (await officer.graphql(DETAIL, { id: complaintId })).data.complaintDetail;
      expect(detail.documents).toEqual([{
        documentId: stored.documentId, type: 'PDF', size: letter.length, pages: 2, fileName: 'หนังสือร้องเรียน.pdf', attachedAt: expect.any(String),
        attachedBy: { code: '7001', nameTh: expect.stringContaining('เมืองราชบุรี') }, url: `/complaint-documents/${complaintId}/${stored.documentId}`,
        ocrState: 'PENDING', ocrEngine: null, ocrReason: null, pageTexts: [],
      }]);
      const again = await officer.graphql(ATTACH, { input: { complaintId, documentId: stored.documentId } });
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'COMPLAINT_DOCUMENT_ALREADY_ATTACHED', field: 'documentId' });

      const file = await get(detail.documents[0].url);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await file.arrayBuffer()).equals(letter)).toBe(true);
      // Kept sealed under the complaint's key, the upload's plain bytes gone once attached.
      expect(await storedKeys()).not.toContain(keyOf(stored.documentId));
      const [sealedKey] = (await storedKeys('complaint-documents-sealed')).filter((k) => k.endsWith(stored.documentId));
      const sealed = await buffer((await blobs().get(sealedKey))!.body);
      expect(sealed.includes(letter.subarray(0, 32))).toBe(false);
      expect(sealed.includes('Sarabun')).toBe(false);
      const { rows } = await t.db.pool.query(
        `SELECT fields FROM personal_data_reads WHERE record_type = 'complaint' AND record_id = $1 AND $2 = ANY(fields)`,
        [complaintId, `documents.${stored.documentId}`],
      );
      expect(rows.length).toBe(1);
    });

    it('refuses a file that is no PDF, JPEG, PNG or TIFF whatever it is called, one over the size or page limit, and keeps nothing of them', async () => {
      const before = await storedKeys();
      const gif = await upload(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), officer, 'application/pdf');
      expect(gif.status).toBe(415);
      expect(await gif.json()).toMatchObject({ code: 'COMPLAINT_DOCUMENT_TYPE_UNSUPPORTED', messageTh: expect.stringMatching(/[ก-๙]/), field: 'document' });
      const huge = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(1024 * 1024)]);
      const tooLarge = await upload(huge, officer, 'image/png');
      expect(tooLarge.status).toBe(413);
      expect(await tooLarge.json()).toMatchObject({ code: 'COMPLAINT_DOCUMENT_TOO_LARGE', field: 'document' });
      const sixPages = Buffer.from(`%PDF-1.4\n${'1 0 obj << /Type /Page >> endobj\n'.repeat(6)}%%EOF`, 'latin1');
      expect(await (await upload(sixPages)).json()).toMatchObject({ code: 'COMPLAINT_DOCUMENT_TOO_MANY_PAGES' });
      expect(await storedKeys()).toEqual(before);
      const { rows } = await t.db.pool.query('SELECT count(*)::int AS n FROM complaint_document_uploads WHERE size > 1000000 OR pages > 5');
      expect(rows[0].n).toBe(0);
    });

    it('serves no document outside the complaint\'s area, and lets no other office attach to it', async () => {
      const complaintId = await receive();
      const documentId = await attached(complaintId, letter, 'letter.pdf');
      expect((await get(`/complaint-documents/${complaintId}/${documentId}`, otherOfficer)).status).toBe(404);
      expect((await get(`/complaint-documents/${complaintId}/${'0'.repeat(64)}`)).status).toBe(404);
      const theirs = await (await upload(letter, otherOfficer)).json() as { documentId: string };
      const answer = await otherOfficer.graphql(ATTACH, { input: { complaintId, documentId: theirs.documentId } });
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'COMPLAINT_NOT_FOUND' });
      const notUploaded = await officer.graphql(ATTACH, { input: { complaintId, documentId: 'f'.repeat(64) } });
      expect(notUploaded.errors?.[0].extensions).toMatchObject({ code: 'COMPLAINT_DOCUMENT_NOT_UPLOADED', field: 'documentId' });
    });

    it('shows the queue, and why OCR is off on this service', async () => {
      const queue = (await officer.graphql(QUEUE)).data.complaintOcrQueue;
      expect(queue).toMatchObject({ enabled: false, engine: null, offReason: expect.stringContaining('OCR=off'), oldestWaitingSince: expect.any(String) });
      expect(queue.waiting).toBeGreaterThanOrEqual(2);
    });

    it('keeps the same letter attached to two complaints as two copies, each sealed under its own complaint\'s key', async () => {
      const [first, second] = [await receive(), await receive()];
      const bytes = pngOf(randomBytes(800));
      const documentId = await attached(first, bytes, 'first.png');
      expect(await attached(second, bytes, 'second.png')).toBe(documentId);
      const copies = (await storedKeys('complaint-documents-sealed')).filter((k) => k.endsWith(documentId));
      expect(copies.length).toBe(2);
      const [a, b] = await Promise.all(copies.map(async (key) => buffer((await blobs().get(key))!.body)));
      expect(a.equals(b)).toBe(false);
      for (const copy of [a, b]) expect(copy.includes(bytes.subarray(8, 40))).toBe(false);
      for (const complaintId of [first, second]) {
        const file = await get(`/complaint-documents/${complaintId}/${documentId}`);
        expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true);
      }
      // A copy moved to the other complaint's place does not open there: each is bound to its complaint.
      const [firstKey, secondKey] = copies;
      await blobs().delete(secondKey);
      await blobs().putIfAbsent(secondKey, (await buffer((await blobs().get(firstKey))!.body)));
      const moved = await Promise.all([first, second].map((c) => get(`/complaint-documents/${c}/${documentId}`)));
      expect(moved.map((r) => r.status).sort()).toEqual([200, 500]);
    });

    it('keeps the same bytes once, under their SHA-256: a second upload, by the same or another office, writes nothing again', async () => {
      const png = pngOf(randomBytes(600));
      const first = await upload(png, officer, 'image/png');
      expect(first.status).toBe(201);
      const { documentId } = await first.json() as { documentId: string };
      const key = keyOf(documentId);
      expect(await storedKeys()).toContain(key);
      const writes = await writesOf(key);
      expect(await (await upload(png, officer, 'image/png')).json()).toMatchObject({ documentId });
      expect(await (await upload(png, otherOfficer, 'application/octet-stream')).json()).toMatchObject({ documentId, contentType: 'image/png', pages: 1 });
      expect(await writesOf(key)).toEqual(writes);
      expect((await storedKeys()).filter((k) => k.endsWith(documentId))).toEqual([key]);
      const { rows } = await t.db.pool.query('SELECT office_key FROM complaint_document_uploads WHERE document_id = $1 ORDER BY 1', [documentId]);
      expect(rows).toEqual([{ office_key: 'DISTRICT:7001' }, { office_key: 'DISTRICT:7002' }]);
    });

    it('deletes, a day on, a document uploaded but never attached, and the upload of one a complaint has, never its sealed copy', async () => {
      const complaintId = await receive();
      const ids = async (...bodies: Buffer[]) => Promise.all(bodies.map(async (body) => (await (await upload(body, officer, 'image/png')).json() as { documentId: string }).documentId));
      const [unattached, fresh] = await ids(pngOf(randomBytes(700)), pngOf(randomBytes(700)));
      const keptBytes = pngOf(randomBytes(700));
      const kept = await attached(complaintId, keptBytes, 'kept.png');
      // Attached, its plain bytes went; another office's upload of the same bytes keeps them plain again, for a day.
      expect(await storedKeys()).not.toContain(keyOf(kept));
      await upload(keptBytes, otherOfficer, 'image/png');
      expect(await storedKeys()).toContain(keyOf(kept));
      await t.db.pool.query(`UPDATE complaint_document_uploads SET uploaded_at = uploaded_at - interval '25 hours' WHERE document_id = ANY($1)`, [[unattached, kept]]);

      const deletionsBefore = s3?.deletions.length ?? 0;
      expect(await t.app.get(ComplaintDocumentCleanupTimer).run()).toBe(2);
      const keys = await storedKeys();
      expect(keys).not.toContain(keyOf(unattached));
      expect(keys).not.toContain(keyOf(kept));
      expect(keys).toContain(keyOf(fresh));
      if (s3) expect(s3.deletions.slice(deletionsBefore).sort()).toEqual([keyOf(unattached), keyOf(kept)].sort());
      expect((await t.db.pool.query('SELECT 1 FROM complaint_document_uploads WHERE document_id = $1', [unattached])).rowCount).toBe(0);
      const late = await officer.graphql(ATTACH, { input: { complaintId, documentId: unattached } });
      expect(late.errors?.[0].extensions).toMatchObject({ code: 'COMPLAINT_DOCUMENT_NOT_UPLOADED' });
      const file = await get(`/complaint-documents/${complaintId}/${kept}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await file.arrayBuffer()).equals(keptBytes)).toBe(true);
      expect(await t.app.get(ComplaintDocumentCleanupTimer).run()).toBe(0);
    });

    it('reads the Thai and English text of each page, as system:ocr, resuming a job a stopped worker had claimed', async () => {
      const availability = await ocr;
      const complaintId = await receive();
      const documentId = await attached(complaintId, letter, 'letter.pdf');
      // The letters of the tests above wait for another day: this worker reads this complaint's only.
      await t.db.pool.query(`UPDATE complaint_ocr_jobs SET available_at = 'infinity' WHERE complaint_id <> $1`, [complaintId]);
      const job = async () => (await t.db.pool.query(
        'SELECT state, attempts FROM complaint_ocr_jobs WHERE complaint_id = $1 AND document_id = $2', [complaintId, documentId],
      )).rows;
      if (!availability.enabled) {
        // No engine on this machine: a worker claims nothing, and the document stays stored, waiting for a replica that reads.
        console.warn(`OCR text not read here: ${availability.reason}`);
        await (await freshWorker()).drain();
        expect(await job()).toEqual([{ state: 'WAITING', attempts: 0 }]);
        const [waiting] = (await officer.graphql(DETAIL, { id: complaintId })).data.complaintDetail.documents;
        expect(waiting).toMatchObject({ ocrState: 'PENDING' });
        return;
      }
      // A worker claimed it, then its replica stopped: the job stays WORKING, claimed long ago.
      await t.db.pool.query(
        `UPDATE complaint_ocr_jobs SET state = 'WORKING', attempts = 1, claimed_at = '2000-01-01' WHERE complaint_id = $1 AND document_id = $2`,
        [complaintId, documentId],
      );
      const staged = async () => (await fs.readdir(os.tmpdir())).filter((name) => name.startsWith('damrong-s3-') || name.startsWith('damrong-document-'));
      const stagedBefore = await staged();
      await (await freshWorker()).drain();

      expect(await job()).toEqual([{ state: 'DONE', attempts: 2 }]);
      // The worker read a temporary copy of the opened bytes, removed once read.
      expect(await staged()).toEqual(stagedBefore);
      const [document] = (await officer.graphql(DETAIL, { id: complaintId })).data.complaintDetail.documents;
      expect(document).toMatchObject({ ocrState: 'READ', ocrEngine: expect.stringMatching(/^tesseract .* tha\+eng$/) });
      expect(document.pageTexts.map((p: { page: number }) => p.page)).toEqual([1, 2]);
      const [first, second] = document.pageTexts as { text: string; confidence: number }[];
      expect(first.text).toContain('ราชบุรี');
      expect(first.text).toContain('Complaint');
      expect(second.text).toContain('ถนน');
      expect(second.text).toContain(LETTER_WORDS[1].en.split(' ')[0]);
      expect(first.confidence).toBeGreaterThan(50);
      const events = await t.app.get<EventStore>(EVENT_STORE).readStream(`complaint-${complaintId}`);
      expect(events.map((e) => [e.type, e.metadata.actor])).toContainEqual(['ComplaintDocumentTextRead', 'system:ocr']);
    });
});
