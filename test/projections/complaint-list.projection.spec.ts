import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { StoredEvent } from '../../src/eventstore/event-store.port.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { ComplaintListProjection } from '../../src/projections/complaint-list/complaint-list.projection.js';
import { listComplaints } from '../../src/projections/complaint-list/complaint-list.query.js';
import { staleCountsByOffice } from '../../src/projections/complaint-list/stale-complaints.query.js';
import { applyInBatches, ComplaintLog } from '../support/complaint-log.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let db: TestDatabase;
let log: ComplaintLog;
let events: StoredEvent[];
const projection = new ComplaintListProjection();
const office = (code: string) => ({ level: 'DISTRICT' as const, code });
const at = (minute: number) => `2025-01-10T04:${String(minute).padStart(2, '0')}:00Z`;

const rows = async () => (await db.pool.query(
  `SELECT complaint_id, tracking_code, status, owning_level, owning_code, owning_district, owning_province, closed_at,
     close_reason, duplicate_of, version, updated_at, complainant_citizen_id, accused_key, search_grams, assignee
   FROM complaint_list ORDER BY complaint_id`,
)).rows;

beforeAll(async () => {
  db = await createTestDatabase();
  log = new ComplaintLog(new PostgresEventStore(db.pool));
  await log.receive('a');
  await log.send('a', { type: 'AssignComplaint', at: at(1), actingOffice: office('7001'), assignee: { kind: 'AGENCY', name: 'อบต.หน้าเมือง' } });
  await log.send('a', { type: 'RecordComplaintProgress', at: at(2), actingOffice: office('7001'), note: 'ลงพื้นที่แล้ว' });
  await log.send('a', { type: 'ForwardComplaint', at: at(3), actingOffice: office('7001'), to: office('5001') });
  await log.send('a', { type: 'ForwardComplaint', at: at(4), actingOffice: office('5001'), to: { level: 'PROVINCE', code: '50' } });
  await log.receive('b', { complainant: { anonymous: true }, accused: null, subject: 'เสียงดังจากโรงงานยามวิกาล' });
  await log.send('b', { type: 'MarkComplaintDuplicate', at: at(5), actingOffice: office('7001'), duplicateOf: 'a' });
  await log.send('b', { type: 'CloseComplaint', at: at(6), actingOffice: office('7001'), reason: 'DUPLICATE' });
  await log.receive('c', { accused: { kind: 'PERSON', name: 'นายสมชาย เงินด่วน' }, subject: 'ถูกทวงหนี้นอกระบบ ๒๐ ครั้ง' });
  await log.send('c', { type: 'ResolveComplaint', at: at(7), actingOffice: office('7001'), result: 'ไกล่เกลี่ยสำเร็จ' });
  await log.send('c', { type: 'CloseComplaint', at: at(8), actingOffice: office('7001'), reason: 'RESOLVED' });
  await log.send('b', { type: 'ReopenComplaint', at: at(9), actingOffice: office('7001'), reason: 'ไม่ใช่เรื่องเดียวกัน' });
  events = await log.all();
});
afterAll(() => db.drop());

describe('complaint-list projection', () => {
  it('folds a batch holding several events of one complaint as one event per batch does, and a replay changes nothing', async () => {
    const results = [];
    for (const size of [1, 3, events.length]) {
      await db.pool.query('TRUNCATE complaint_list');
      await applyInBatches(db.pool, projection, events, size);
      results.push(await rows());
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    await applyInBatches(db.pool, projection, events, 4);
    expect(await rows()).toEqual(results[0]);

    const [a, b, c] = results[0];
    expect(a).toMatchObject({
      status: 'RECEIVED', owning_level: 'PROVINCE', owning_code: '50', owning_district: null, owning_province: '50',
      version: 5, updated_at: new Date(at(4)), assignee: null, accused_key: 'องค์การบริหารส่วนตำบลหน้าเมือง',
    });
    expect(b).toMatchObject({
      status: 'IN_PROGRESS', duplicate_of: null, close_reason: null, closed_at: null, complainant_citizen_id: null,
      accused_key: null, version: 4,
    });
    expect(c).toMatchObject({
      status: 'CLOSED', close_reason: 'RESOLVED', closed_at: new Date(at(8)), complainant_citizen_id: '1101700207030',
      accused_key: 'สมชายเงินด่วน', owning_district: '7001', owning_province: '70',
    });
    expect(c.search_grams).toEqual(expect.arrayContaining(['ทวง', 'หนี', 'นี้', '20ค', 'สมช']));
  });

  it('keeps the duplicate mark until a complaint closed as a duplicate is reopened', async () => {
    await db.pool.query('TRUNCATE complaint_list');
    const upToClose = events.filter((e) => !(e.streamId === 'complaint-b' && e.type === 'ComplaintReopened'));
    await applyInBatches(db.pool, projection, upToClose, upToClose.length);
    expect((await rows())[1]).toMatchObject({ status: 'CLOSED', close_reason: 'DUPLICATE', duplicate_of: 'a', closed_at: new Date(at(6)) });
    await applyInBatches(db.pool, projection, events, events.length);
    expect((await rows())[1]).toMatchObject({ status: 'IN_PROGRESS', duplicate_of: null, closed_at: null });
  });

  it('refuses a second complaint with a tracking code already listed, stopping rather than skipping', async () => {
    const [row] = (await db.pool.query(`SELECT tracking_code FROM complaint_list WHERE complaint_id = 'a'`)).rows;
    await log.receive('clash', { trackingCode: row.tracking_code });
    const clash = (await log.all()).filter((e) => e.streamId === 'complaint-clash');
    await expect(applyInBatches(db.pool, projection, clash, 1)).rejects.toThrow(/complaint_list_tracking_code/);
  });
});

describe('the complaint list query', () => {
  beforeAll(async () => {
    await db.pool.query('TRUNCATE complaint_list');
    await applyInBatches(db.pool, projection, events.filter((e) => e.streamId !== 'complaint-clash'), 500);
  });

  it('finds words of the subject or the accused name however they are spaced, with Thai or Arabic digits', async () => {
    const ids = async (text: string) => (await listComplaints(db.pool, { text }, 50)).edges.map((e) => e.node.complaint_id);
    expect(await ids('หนี้ นอกระบบ')).toEqual(['c']);
    expect(await ids('20 ครั้ง')).toEqual(['c']);
    expect(await ids('เงินด่วน')).toEqual(['c']);
    expect(await ids('หลุม')).toEqual(['a']);
    expect(await ids('โรงงาน')).toEqual(['b']);
    expect(await ids('ไม่มีคำนี้')).toEqual([]);
    expect((await ids('ถน')).sort()).toEqual(['a']);
    expect(await ids('บ่อองค์การ')).toEqual([]);
  });

  it('finds the same through the trigram index when the newest rows do not hold the page, and counts every match', async () => {
    const ids = async (text: string, first: number, window: number) =>
      (await listComplaints(db.pool, { text }, first, null, window)).edges.map((e) => e.node.complaint_id);
    for (const window of [1, 2, 5000]) {
      expect(await ids('หนี้ นอกระบบ', 50, window)).toEqual(['c']);
      expect(await ids('ถน', 50, window)).toEqual(['a']);
      expect(await ids('ห', 1, window)).toEqual(['c']);
      expect(await ids('ไม่มีคำนี้', 50, window)).toEqual([]);
    }
    const count = async (filter: object, after?: string | null) => (await listComplaints(db.pool, filter, 1, after)).totalCount();
    expect(await count({ text: 'ห' })).toBe((await listComplaints(db.pool, { text: 'ห' }, 50)).edges.length);
    expect(await count({ text: 'หนี้ นอกระบบ' })).toBe(1);
    expect(await count({ text: 'ไม่มีคำนี้' })).toBe(0);
    expect(await count({ district: '7001' })).toBe(2);
    const first = await listComplaints(db.pool, { district: '7001' }, 1);
    expect([first.pageInfo.hasNextPage, await count({ district: '7001' }, first.pageInfo.endCursor)]).toEqual([true, 2]);
  });

  it('filters by the handling office, status, channel and received days typed in Buddhist Era', async () => {
    const ids = async (filter: object) => (await listComplaints(db.pool, filter, 50)).edges.map((e) => e.node.complaint_id).sort();
    expect(await ids({ province: '๕๐' })).toEqual(['a']);
    expect(await ids({ district: '7001' })).toEqual(['b', 'c']);
    expect(await ids({ officeLevel: 'PROVINCE' })).toEqual(['a']);
    expect(await ids({ status: 'CLOSED' })).toEqual(['c']);
    expect(await ids({ channel: 'WALK_IN', category: 'REQUEST_HELP' })).toEqual(['a', 'b', 'c']);
    expect(await ids({ receivedFrom: '๑๐/๑/๒๕๖๘', receivedTo: '2568-01-10' })).toEqual(['a', 'b', 'c']);
    expect(await ids({ receivedFrom: '11/1/2568' })).toEqual([]);
    expect(await ids({ receivedTo: '9/1/2025' })).toEqual([]);
    await expect(ids({ status: 'DONE' })).rejects.toMatchObject({ code: 'CHOICE_UNKNOWN', field: 'filter.status' });
  });

  it('finds the open complaints last changed before an instant, and counts them per office holding them', async () => {
    const ids = async (before: string) =>
      (await listComplaints(db.pool, { updatedBefore: new Date(before) }, 50)).edges.map((e) => e.node.complaint_id).sort();
    expect(await ids(at(4))).toEqual([]);
    expect(await ids('2025-01-10T04:04:00.001Z')).toEqual(['a']);
    // c was closed long before: a finished complaint is never stale.
    expect(await ids('2026-01-01T00:00:00Z')).toEqual(['a', 'b']);
    const counts = async (area: object) => (await staleCountsByOffice(db.pool, area, new Date('2026-01-01T00:00:00Z')))
      .map((row) => [row.owning_level, row.owning_code, row.count, row.oldest_update.toISOString()]);
    expect(await counts({})).toEqual([
      ['DISTRICT', '7001', 1, new Date(at(9)).toISOString()], ['PROVINCE', '50', 1, new Date(at(4)).toISOString()],
    ]);
    expect(await counts({ district: '7001' })).toEqual([['DISTRICT', '7001', 1, new Date(at(9)).toISOString()]]);
    expect(await counts({ province: '50' })).toEqual([['PROVINCE', '50', 1, new Date(at(4)).toISOString()]]);
    expect(await staleCountsByOffice(db.pool, {}, new Date(at(4)))).toEqual([]);
  });

  it('pages by cursor through complaints received at the same instant, each once', async () => {
    for (let i = 0; i < 7; i++) await log.receive(`page-${i}`, { receivedAt: '2567-12-01' });
    await db.pool.query('TRUNCATE complaint_list');
    await applyInBatches(db.pool, projection, (await log.all()).filter((e) => e.streamId !== 'complaint-clash'), 500);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page: Awaited<ReturnType<typeof listComplaints>> = await listComplaints(db.pool, { receivedTo: '2024-12-01' }, 3, after);
      seen.push(...page.edges.map((e) => e.node.complaint_id));
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['page-6', 'page-5', 'page-4', 'page-3', 'page-2', 'page-1', 'page-0']);
    await expect(listComplaints(db.pool, {}, 3, 'not-a-cursor')).rejects.toMatchObject({ code: 'CURSOR_INVALID', field: 'after' });
  });
});
