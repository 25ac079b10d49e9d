import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { COMPLAINT_LIST_CHECKPOINT, loadDuplicateCandidates, type CandidateKeys } from '../../src/cases/complaint/duplicates/complaint-candidates.js';
import { issueTrackingCode } from '../../src/cases/complaint/receipt/complaint-tracking-codes.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { ComplaintListProjection } from '../../src/projections/complaint-list/complaint-list.projection.js';
import { advanceCheckpoint, resumeCheckpoint } from '../../src/projections/runner/checkpoints.js';
import { applyInBatches, ComplaintLog } from '../support/complaint-log.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let db: TestDatabase;
let store: PostgresEventStore;
let log: ComplaintLog;
let takenCode: string;
const PERSON = '1101700207030';
const office = { level: 'DISTRICT' as const, code: '7001' };
const ids = (candidates: { complaintId: string }[]) => candidates.map((c) => c.complaintId).sort();
const candidates = (keys: CandidateKeys) => loadDuplicateCandidates(db.pool, store, keys);
const receive: ComplaintLog['receive'] = (id, overrides) => log.receive(id, { at: '2025-03-05T00:00:00Z', ...overrides });

beforeAll(async () => {
  db = await createTestDatabase();
  store = new PostgresEventStore(db.pool);
  log = new ComplaintLog(store);
  takenCode = await receive('recent', { receivedAt: '2025-03-01' });
  await receive('edge', { receivedAt: '2024-12-01T17:00:00Z' });
  await receive('old', { receivedAt: '2024-12-01T16:59:59Z' });
  await receive('closed', { receivedAt: '2025-02-01' });
  await log.send('closed', { type: 'CloseComplaint', at: '2025-02-02T00:00:00Z', actingOffice: office, reason: 'WITHDRAWN' });
  await receive('other-person', {
    complainant: { anonymous: false, citizenId: '3100500123458', firstName: 'ก', lastName: 'ข' },
    accused: { kind: 'PERSON', name: 'นายสมชาย เงินด่วน' }, receivedAt: '2025-02-15',
  });
  await receive('anonymous', { complainant: { anonymous: true }, accused: null, receivedAt: '2025-02-15' });
  await receive('resolved', { receivedAt: '2025-02-20' });
  await log.send('resolved', { type: 'ResolveComplaint', at: '2025-02-21T00:00:00Z', actingOffice: office, result: 'ซ่อมถนนแล้ว' });
  const events = await log.all();
  await applyInBatches(db.pool, new ComplaintListProjection(), events, 100);
  const client = await db.pool.connect();
  try {
    await resumeCheckpoint(client, COMPLAINT_LIST_CHECKPOINT);
    await advanceCheckpoint(client, COMPLAINT_LIST_CHECKPOINT, events[events.length - 1].position);
  } finally {
    client.release();
  }
});
afterAll(() => db.drop());

describe('duplicate candidates from the complaint list', () => {
  const at = { receivedAt: '2025-03-01T17:00:00.000Z' };

  it('are the open complaints of the last 90 days with the same citizen id or the same accused key, none resolved', async () => {
    expect(ids(await candidates({ ...at, citizenId: '๑-๑๐๑๗-๐๐๒๐๗-๐๓-๐', accusedKey: null })))
      .toEqual(['edge', 'recent']);
    expect(ids(await candidates({ ...at, citizenId: null, accusedKey: 'สมชายเงินด่วน' })))
      .toEqual(['other-person']);
    expect(ids(await candidates({ ...at, citizenId: PERSON, accusedKey: 'สมชายเงินด่วน' })))
      .toEqual(['edge', 'other-person', 'recent']);
  });

  it('include complaints received after a late-keyed paper complaint, and nothing for a complaint without keys', async () => {
    const paper = await candidates({ receivedAt: '2024-12-20T00:00:00.000Z', citizenId: PERSON, accusedKey: null });
    expect(ids(paper)).toEqual(['edge', 'old', 'recent']);
    expect(paper.find((c) => c.complaintId === 'recent')).toMatchObject({
      complainantCitizenId: PERSON, status: 'RECEIVED', subject: 'ถนนในหมู่บ้านชำรุดเป็นหลุมบ่อ', receivedAt: '2025-02-28T17:00:00.000Z',
      heldBy: { level: 'DISTRICT', code: '7001' },
    });
    expect(await candidates({ ...at, citizenId: null, accusedKey: null })).toEqual([]);
  });
});

describe('duplicate candidates the list does not know yet', () => {
  const keys = { receivedAt: '2025-03-01T17:00:00.000Z', citizenId: PERSON, accusedKey: null };

  it('come from the log past the checkpoint of the list: received, resolved, reopened since', async () => {
    await receive('late', { receivedAt: '2025-03-02' });
    await log.send('recent', { type: 'ResolveComplaint', at: '2025-03-06T00:00:00Z', actingOffice: office, result: 'ซ่อมแล้ว' });
    await log.send('closed', { type: 'ReopenComplaint', at: '2025-03-06T00:00:00Z', actingOffice: office, reason: 'ยังไม่ได้แก้ไข' });
    expect(ids(await candidates(keys))).toEqual(['closed', 'edge', 'late']);
    expect((await candidates(keys)).find((c) => c.complaintId === 'closed')).toMatchObject({ status: 'IN_PROGRESS' });
  });

  it('include a receipt committed behind an append still open, which readAll holds back', async () => {
    const slow = new pg.Client({ connectionString: db.url });
    await slow.connect();
    try {
      await slow.query('BEGIN');
      await slow.query(`INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata)
        VALUES ($1, 1, $2, 'TallyIncremented', 1, '{"by":1}', '{"actor":"t","correlationId":"c","causationId":"c","commandId":"c"}')`,
      [`tally-${randomUUID()}`, randomUUID()]);
      await receive('behind', { receivedAt: '2025-03-03' });
      expect((await log.all()).map((e) => e.streamId)).not.toContain('complaint-behind');
      expect(ids(await candidates(keys))).toContain('behind');
    } finally {
      await slow.query('ROLLBACK');
      await slow.end();
    }
  });
});

describe('tracking codes', () => {
  it('draws another code when the first is taken', async () => {
    const drawn = [takenCode, '0000000000X'];
    expect(await issueTrackingCode(db.pool, () => drawn.shift()!)).toBe('0000000000X');
    expect(drawn).toEqual([]);
  });
});
