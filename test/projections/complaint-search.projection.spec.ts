import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { StoredEvent } from '../../src/eventstore/event-store.port.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { ComplaintListProjection } from '../../src/projections/complaint-list/complaint-list.projection.js';
import { ComplaintSearchProjection } from '../../src/projections/complaint-search/complaint-search.projection.js';
import { searchComplaints } from '../../src/projections/complaint-search/complaint-search.query.js';
import { wordsOfKeys } from '../../src/projections/complaint-search/search-keys.js';
import { searchTermOf } from '../../src/projections/complaint-search/search-term.js';
import { ProjectionRebuilder } from '../../src/projections/rebuild/projection-rebuilder.js';
import { readCheckpoints } from '../../src/projections/runner/checkpoints.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { applyInBatches, ComplaintLog } from '../support/complaint-log.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let db: TestDatabase;
let store: PostgresEventStore;
let log: ComplaintLog;
let events: StoredEvent[];
const search = new ComplaintSearchProjection();
const list = new ComplaintListProjection();
const EVERYWHERE: { district: string | null; province: string | null } = { district: null, province: null };
const code = {} as Record<string, string>;
const DOCUMENT = 'a'.repeat(64);
const OCR = 'สำนักงานที่ดินจังหวัดราชบุรีได้รับหนังสือร้องเรียนเรื่องการรังวัดที่ดินล่าช้าเกินกำหนด';

/** A scanned-document fact appended straight to the complaint's stream, as the documents work will write it. */
async function appendDocumentEvent(id: string, type: string, data: object) {
  const [last] = (await store.readStream(`complaint-${id}`)).slice(-1);
  await store.appendToStream(`complaint-${id}`, [{
    eventId: randomUUID(), type, schemaVersion: 1, data: { complaintId: id, documentId: DOCUMENT, at: '2025-01-11T03:00:00Z', ...data },
    metadata: { actor: 'test', commandId: randomUUID(), correlationId: randomUUID(), causationId: randomUUID() },
  }], last.version);
}

const hits = async (text: string, area = EVERYWHERE, first = 20) =>
  (await searchComplaints(db.pool, searchTermOf(text), area, first)).edges.map((e) => e.node.complaint_id);

beforeAll(async () => {
  db = await createTestDatabase();
  store = new PostgresEventStore(db.pool);
  log = new ComplaintLog(store);
  code.road = await log.receive('road', { receivedAt: '2025-01-08T03:00:00Z' } as object);
  code.debt = await log.receive('debt', {
    subject: 'ถูกทวงหนี้นอกระบบ ๒๐ ครั้ง', description: 'เจ้าหนี้โทรศัพท์ข่มขู่ทุกวันจนต้องทิ้งบ้านที่ชำรุด',
    complainant: { anonymous: false, citizenId: '3100600123450', firstName: 'มานะ', lastName: 'รักเรียน' },
    accused: { kind: 'PERSON', name: 'นายสมชาย เงินด่วน' },
  } as object);
  code.land = await log.receive('land', {
    subject: 'ร้องเรียนหน่วยงานราชการ', description: 'ขอให้ตรวจสอบการให้บริการ', accused: null,
    location: { subdistrictCode: '700201', districtCode: '7002', point: null },
    actingOffice: { level: 'DISTRICT', code: '7002' },
  } as object);
  code.far = await log.receive('far', {
    subject: 'ถนนชำรุดหน้าโรงเรียน', location: { subdistrictCode: '500101', districtCode: '5001', point: null },
    actingOffice: { level: 'DISTRICT', code: '5001' },
  } as object);
  await appendDocumentEvent('land', 'ComplaintDocumentAttached', {
    contentType: 'application/pdf', size: 1000, pages: 2, fileName: 'scan.pdf', by: { level: 'DISTRICT', code: '7002' } });
  await appendDocumentEvent('land', 'ComplaintDocumentTextRead', {
    engine: 'tesseract 5.3.0 tha+eng', pages: [{ page: 1, text: OCR, confidence: 88 }, { page: 2, text: 'ลงชื่อ ผู้ร้อง', confidence: null }] });
  events = await log.all();
  // The complaint list reads the scanned-document facts once the complaint decider writes them (another change).
  await applyInBatches(db.pool, list, events.filter((e) => !e.type.startsWith('ComplaintDocument')), 500);
  await applyInBatches(db.pool, search, events, 3);
});
afterAll(() => db.drop());

describe('complaint-search projection and query', () => {
  it('finds Thai words inside unspaced Thai text, with Thai or Arabic digits, and all words must be there', async () => {
    expect(await hits('นอกระบบ')).toEqual(['debt']);
    expect(await hits('หนี้ ๒๐ ครั้ง')).toEqual(['debt']);
    expect(await hits('ข่มขู่')).toEqual(['debt']);
    expect((await hits('ชำรุด')).sort()).toEqual(['debt', 'far', 'road']);
    expect(await hits('หลุมบ่อ')).toEqual(['road']);
    expect(await hits('หลุมบ่อ นอกระบบ')).toEqual([]);
    expect(await hits('มานะ')).toEqual(['debt']);
  });

  it('finds the OCR text of a scanned document, and forgets it when the text is read as unreadable', async () => {
    expect(await hits('รังวัด ล่าช้า')).toEqual(['land']);
    await appendDocumentEvent('land', 'ComplaintDocumentTextUnread', { reason: 'page unreadable' });
    const more = (await log.all()).slice(events.length);
    await applyInBatches(db.pool, search, more, 10);
    expect(await hits('รังวัด')).toEqual([]);
    await applyInBatches(db.pool, search, events, 7);
    expect(await hits('รังวัด')).toEqual([]);
    await db.pool.query('TRUNCATE complaint_search');
    await applyInBatches(db.pool, search, events, 500);
    expect(await hits('รังวัด')).toEqual(['land']);
  });

  it('puts an exact tracking code or citizen id first, Thai digits and dashes accepted, then ranks the subject over the text', async () => {
    const typed = code.debt.replace(/(....)(....)(...)/, '$1-$2-$3').toLowerCase().replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
    expect(await hits(typed)).toEqual(['debt']);
    expect(await hits('๓๑๐๐๖๐๐๑๒๓๔๕๐')).toEqual(['debt']);
    const page = await searchComplaints(db.pool, searchTermOf('ถนน ชำรุด'), EVERYWHERE, 20);
    const ranked = page.edges.map((e) => [e.node.complaint_id, e.node.rank] as const);
    expect(ranked.map(([id]) => id)).toEqual(['far', 'road']);
    expect(ranked[0][1]).toBeGreaterThanOrEqual(ranked[1][1]);
    // A word in the subject ranks over the same word in the description only, whatever the dates.
    const single = (await searchComplaints(db.pool, searchTermOf('ชำรุด'), EVERYWHERE, 20)).edges.map((e) => [e.node.complaint_id, e.node.rank]);
    expect(single.at(-1)).toEqual(['debt', 500]);
    expect(single.slice(0, 2).map(([, rank]) => rank)).toEqual([1000, 1000]);
  });

  it('cuts to the searcher\'s area: a district its own, a province its districts, the centre all', async () => {
    expect((await hits('ชำรุด', { district: '7001', province: '70' })).sort()).toEqual(['debt', 'road']);
    expect((await hits('ชำรุด', { district: null, province: '50' }))).toEqual(['far']);
    expect((await hits('ร้องเรียน', { district: null, province: '70' }))).toEqual(['land']);
    expect((await hits('ร้องเรียน', { district: '7001', province: '70' }))).toEqual([]);
    expect(await hits(code.far, { district: '7001', province: '70' })).toEqual([]);
  });

  it('pages through the hits in rank order without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof searchComplaints>> = await searchComplaints(db.pool, searchTermOf('ชำรุด'), EVERYWHERE, 1, after);
      seen.push(...page.edges.map((e) => e.node.complaint_id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      if (!after) expect(await page.totalCount()).toBe(seen.length);
    } while (after);
    expect(seen).toEqual(await hits('ชำรุด'));
  });

  it('refuses empty, too long and wordless search text with a typed error naming the field', () => {
    for (const [text, codeOf] of [['   ', 'SEARCH_TEXT_REQUIRED'], ['ก'.repeat(201), 'SEARCH_TEXT_TOO_LONG'], ['- -- !!', 'SEARCH_TEXT_NO_WORDS'],
      ['a b c d e f g h i j k l m', 'SEARCH_TEXT_TOO_MANY_WORDS'], ['ถนน\u202Eชำรุด', 'TEXT_FORBIDDEN_CHARACTER']]) {
      expect(() => searchTermOf(text)).toThrow(expect.objectContaining({ code: codeOf, field: 'text' }));
    }
  });

  it('rebuilds into shadow tables from the whole log, equal to the live table the runner keeps, and swaps them in', async () => {
    const rows = async () => (await db.pool.query('SELECT * FROM complaint_search ORDER BY complaint_id')).rows;
    await db.pool.query('TRUNCATE complaint_search');
    const runner = new ProjectionRunner(db.pool, store, [search], { batchSize: 2, pollMs: 20 });
    runner.start();
    try {
      for (const until = Date.now() + 30_000; ;) {
        const checkpoint = (await readCheckpoints(db.pool)).get('complaint-search');
        if (checkpoint && (await store.head(checkpoint.position)).eventsAfter === 0) break;
        if (Date.now() > until) throw new Error('the search projection did not catch up');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    } finally {
      await runner.stop();
    }
    const live = await rows();
    expect(live).toHaveLength(4);
    expect(await hits('รังวัด')).toEqual([]);
    const rebuilder = new ProjectionRebuilder(db.pool, store, [list, search], { batchSize: 2 });
    const run = await (await rebuilder.start({ names: ['complaint-search'], mode: 'REBUILD', acceptDifferences: false, requestedBy: 'test' })).done;
    expect(run.error).toBeNull();
    expect(run.parts.map((p) => [p.projection, p.differences, p.swapped])).toEqual([['complaint-search', 0, true]]);
    expect(await rows()).toEqual(live);
    expect(await hits('นอกระบบ')).toEqual(['debt']);
  });
  it('keeps the keys under the owning district and province only, and moves them with a forward', async () => {
    const keysOf = async (id: string) =>
      ((await db.pool.query<{ keys: string[] }>('SELECT keys FROM complaint_search WHERE complaint_id = $1', [id])).rows[0]).keys;
    const holding = async (key: string) => (await db.pool.query<{ complaint_id: string }>(
      'SELECT complaint_id FROM complaint_search WHERE keys @> ARRAY[$1::text] ORDER BY complaint_id', [key])).rows.map((r) => r.complaint_id);
    expect(await holding('d:5001:ชำรุด')).toEqual(['far']);
    expect(await holding('d:7001:ชำรุด')).toEqual(['debt', 'road']);
    expect(await holding('p:50:t:ถนน')).toEqual(['far']);
    expect(await hits('ชำรุด', { district: '5001', province: '50' })).toEqual(['far']);

    const before = (await log.all()).length;
    await log.receive('moved', { subject: 'ท่อประปาแตก', description: 'น้ำไหลนองทั้งซอย', accused: null, at: '2025-02-03T03:00:00Z' } as object);
    await applyInBatches(db.pool, search, (await log.all()).slice(before), 10);
    expect(await keysOf('moved')).toEqual(expect.arrayContaining(['ประปา', 'p:70:ประปา', 'd:7001:ประปา', 'd:7001:t:ประปา', 'd:7001:m:202502']));
    expect(await hits('ประปา', { district: '7001', province: '70' })).toEqual(['moved']);
    expect(await hits('ประปา', { district: '5001', province: '50' })).toEqual([]);

    const forwarded = (await log.all()).length;
    await log.send('moved', { type: 'ForwardComplaint', at: '2025-02-04T03:00:00Z', actingOffice: { level: 'DISTRICT', code: '7001' },
      to: { level: 'DISTRICT', code: '5001' } });
    await applyInBatches(db.pool, search, (await log.all()).slice(forwarded), 10);
    const moved = await keysOf('moved');
    expect(moved.filter((key) => key.startsWith('d:7001:') || key.startsWith('p:70:'))).toEqual([]);
    expect(moved).toEqual(expect.arrayContaining(['ประปา', 'p:50:ประปา', 'd:5001:ประปา', 'd:5001:t:ประปา', 'd:5001:m:202502']));
    expect(wordsOfKeys(moved)).toEqual(expect.arrayContaining(['ท่อ', 'ประปา', 'น้ำ']));
    expect(await hits('ประปา', { district: '7001', province: '70' })).toEqual([]);
    expect(await hits('ประปา', { district: null, province: '70' })).toEqual([]);
    expect(await hits('ประปา', { district: '5001', province: '50' })).toEqual(['moved']);
    expect(await hits('ประปา')).toEqual(['moved']);

    const toProvince = (await log.all()).length;
    await log.send('moved', { type: 'ForwardComplaint', at: '2025-02-05T03:00:00Z', actingOffice: { level: 'DISTRICT', code: '5001' },
      to: { level: 'PROVINCE', code: '50' } });
    await applyInBatches(db.pool, search, (await log.all()).slice(toProvince), 10);
    expect((await keysOf('moved')).filter((key) => key.startsWith('d:'))).toEqual([]);
    expect(await hits('ประปา', { district: '5001', province: '50' })).toEqual([]);
    expect(await hits('ประปา', { district: null, province: '50' })).toEqual(['moved']);
  });

  it('migration 870 gives the rows of a database made before it the keys the projection writes', async () => {
    const sql = (version: string) => fs.readdir('src/projections/complaint-search/migrations').then((files) =>
      fs.readFile(`src/projections/complaint-search/migrations/${files.find((f) => f.startsWith(version))!}`, 'utf8'));
    const { rows: live } = await db.pool.query<{ complaint_id: string; keys: string[] }>('SELECT complaint_id, keys FROM complaint_search ORDER BY complaint_id');
    expect(live.map((r) => r.complaint_id)).toContain('moved');
    const client = await db.pool.connect();
    try {
      await client.query('CREATE SCHEMA before_870; SET search_path TO before_870, public');
      await client.query(await sql('0840'));
      await client.query(`INSERT INTO complaint_search SELECT complaint_id, tracking_code, status, owning_level, owning_code, owning_district,
          owning_province, received_at, subject, description, name_words, documents, title_words, w.words::text[], version
        FROM public.complaint_search JOIN unnest($1::text[], $2::text[]) AS w(id, words) ON w.id = complaint_id`,
      [live.map((r) => r.complaint_id), live.map((r) => `{${wordsOfKeys(r.keys).join(',')}}`)]);
      await client.query(await sql('0870'));
      const { rows: filled } = await client.query('SELECT complaint_id, keys FROM before_870.complaint_search ORDER BY complaint_id');
      expect(filled).toEqual(live);
    } finally {
      await client.query('RESET search_path; DROP SCHEMA IF EXISTS before_870 CASCADE').catch(() => undefined);
      client.release();
    }
  });
});
