import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadDuplicateCandidates } from '../../src/cases/complaint/complaint-candidates.js';
import { issueTrackingCode } from '../../src/cases/complaint/complaint-tracking-codes.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { ComplaintListProjection } from '../../src/projections/complaint-list/complaint-list.projection.js';
import { applyInBatches, ComplaintLog } from '../support/complaint-log.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let db: TestDatabase;
let takenCode: string;
const PERSON = '1101700207030';
const ids = (candidates: { complaintId: string }[]) => candidates.map((c) => c.complaintId).sort();

beforeAll(async () => {
  db = await createTestDatabase();
  const log = new ComplaintLog(new PostgresEventStore(db.pool));
  const office = { level: 'DISTRICT' as const, code: '7001' };
  const receive: ComplaintLog['receive'] = (id, overrides) => log.receive(id, { at: '2025-03-05T00:00:00Z', ...overrides });
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
  await applyInBatches(db.pool, new ComplaintListProjection(), await log.all(), 100);
});
afterAll(() => db.drop());

describe('duplicate candidates from the complaint list', () => {
  const at = { receivedAt: '2025-03-01T17:00:00.000Z' };

  it('are the open complaints of the last 90 days with the same citizen id or the same accused key', async () => {
    expect(ids(await loadDuplicateCandidates(db.pool, { ...at, citizenId: '๑-๑๐๑๗-๐๐๒๐๗-๐๓-๐', accusedKey: null })))
      .toEqual(['edge', 'recent']);
    expect(ids(await loadDuplicateCandidates(db.pool, { ...at, citizenId: null, accusedKey: 'สมชายเงินด่วน' })))
      .toEqual(['other-person']);
    expect(ids(await loadDuplicateCandidates(db.pool, { ...at, citizenId: PERSON, accusedKey: 'สมชายเงินด่วน' })))
      .toEqual(['edge', 'other-person', 'recent']);
  });

  it('include complaints received after a late-keyed paper complaint, and nothing for a complaint without keys', async () => {
    const paper = await loadDuplicateCandidates(db.pool, { receivedAt: '2024-12-20T00:00:00.000Z', citizenId: PERSON, accusedKey: null });
    expect(ids(paper)).toEqual(['edge', 'old', 'recent']);
    expect(paper.find((c) => c.complaintId === 'recent')).toMatchObject({
      complainantCitizenId: PERSON, status: 'RECEIVED', subject: 'ถนนในหมู่บ้านชำรุดเป็นหลุมบ่อ', receivedAt: '2025-02-28T17:00:00.000Z',
      heldBy: { level: 'DISTRICT', code: '7001' },
    });
    expect(await loadDuplicateCandidates(db.pool, { ...at, citizenId: null, accusedKey: null })).toEqual([]);
  });
});

describe('tracking codes', () => {
  it('draws another code when the first is taken', async () => {
    const drawn = [takenCode, '0000000000X'];
    expect(await issueTrackingCode(db.pool, () => drawn.shift()!)).toBe('0000000000X');
    expect(drawn).toEqual([]);
  });
});
