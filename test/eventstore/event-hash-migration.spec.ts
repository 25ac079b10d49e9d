import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { migrate } from '../../src/database/migrate.js';
import { verifyHashChains } from '../../src/eventstore/integrity/hash-chain.verify.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { verifyReportSeals } from '../../src/audit/frozen-reports/report-seals.verify.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const HASHES = 'src/eventstore/postgres/migrations/0600.do.event-hash-chain.sql';
const SEALS = 'src/reporting/migrations/0602.do.daily-report-log-seal.sql';
const METADATA = '{"actor":"system:import","commandId":"c","causationId":"c","correlationId":"c"}';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ migrated: false });
  await migrate(db.pool, { except: [600, 601, 602] });
  // A log as an earlier release left it: three streams, one of them with a Thai text and nested data.
  for (const [streamId, versions] of [['tally-a', 3], ['tally-b', 1], ['tally-ค', 2]] as const) {
    for (let version = 1; version <= versions; version++) {
      await db.pool.query(
        `INSERT INTO events (stream_id, version, event_id, type, schema_version, data, metadata) VALUES ($1, $2, $3, 'TallyIncremented', 1, $4, $5)`,
        [streamId, version, randomUUID(), JSON.stringify({ note: `ครั้งที่ ${version}`, by: version, nested: { z: 1, a: [1.50, 'x'] } }), METADATA]);
    }
  }
  await db.pool.query(
    `INSERT INTO daily_mediation_reports (report_day, cut_off, period_start, transaction_id, global_position, base_day, missed, frozen_at, body, sha256)
     SELECT '2025-03-06', '2025-03-06T08:00:00Z', '2025-03-05T08:00:00Z', transaction_id, global_position, NULL, false, now(), '{}', 'x'
     FROM events ORDER BY transaction_id DESC, global_position DESC LIMIT 1`);
  expect((await migrate(db.pool)).sort()).toEqual([600, 601, 602]);
}, 60_000);
afterAll(() => db.drop());

interface Row { stream_id: string; version: number; event_id: string; type: string; schema_version: number; ms: string; data: string; metadata: string; hash: Buffer }
const rows = async () => (await db.pool.query<Row>(
  `SELECT stream_id, version, event_id, type, schema_version, (extract(epoch FROM recorded_at) * 1000)::bigint::text AS ms,
          data::text AS data, metadata::text AS metadata, hash FROM events ORDER BY stream_id, version`)).rows;

describe('migration 600: the hashes of the events stored before it', () => {
  it('chains every stream as README defines the bytes: SHA-256(previous hash ‖ the JSON array of the event)', async () => {
    let previous = Buffer.alloc(32);
    for (const row of await rows()) {
      if (row.version === 1) previous = Buffer.alloc(32);
      const bytes = `[${JSON.stringify(row.stream_id)},${row.version},"${row.event_id}",${JSON.stringify(row.type)},${row.schema_version},${row.ms},${row.data},${row.metadata}]`;
      const expected = createHash('sha256').update(previous).update(bytes, 'utf8').digest();
      expect([row.stream_id, row.version, row.hash.toString('hex')]).toEqual([row.stream_id, row.version, expected.toString('hex')]);
      previous = expected;
    }
    expect(await verifyHashChains(db.pool)).toEqual({ checked: 6, broken: [] });
  });

  it('changes nothing when run again, and appends after it go on chaining', async () => {
    const before = await rows();
    const seals = (await db.pool.query('SELECT report_day, log_seal FROM daily_mediation_reports')).rows;
    await db.pool.query(fs.readFileSync(HASHES, 'utf8'));
    await db.pool.query(fs.readFileSync(SEALS, 'utf8'));
    expect(await rows()).toEqual(before);
    expect((await db.pool.query('SELECT report_day, log_seal FROM daily_mediation_reports')).rows).toEqual(seals);
    await new PostgresEventStore(db.pool).appendToStream('tally-a', [{
      eventId: randomUUID(), type: 'TallyIncremented', schemaVersion: 1, data: { by: 4 },
      metadata: { actor: 'test', correlationId: 'c', causationId: 'c', commandId: 'c' },
    }], 3);
    expect(await verifyHashChains(db.pool)).toEqual({ checked: 7, broken: [] });
  });
});

describe('the chain at append', () => {
  const tally = (by: number) => ({
    eventId: randomUUID(), type: 'TallyIncremented', schemaVersion: 1, data: { by },
    metadata: { actor: 'test', correlationId: 'c', causationId: 'c', commandId: 'c' },
  });
  it('links every event of every append path (exact version, any version, the import\'s new streams) to its stream\'s head', async () => {
    const store = new PostgresEventStore(db.pool);
    await store.appendToStream('tally-d', [tally(1), tally(2)], 'no-stream');
    await store.appendToStream('tally-d', [tally(3)], 'any');
    await store.appendToStream('tally-d', [tally(4), tally(5), tally(6)], 3);
    await store.appendNewStreams([{ streamId: 'tally-e', events: [tally(1), tally(2), tally(3)] }, { streamId: 'tally-f', events: [tally(1)] }]);
    const { rows: links } = await db.pool.query<{ ok: boolean }>(
      `SELECT e.hash = damrong_event_link(p.hash, damrong_event_bytes(e.stream_id, e.version, e.event_id, e.type, e.schema_version, e.recorded_at, e.data, e.metadata)) AS ok
       FROM events e LEFT JOIN events p ON p.stream_id = e.stream_id AND p.version = e.version - 1 WHERE e.stream_id IN ('tally-d', 'tally-e', 'tally-f')`);
    expect(links.map((l) => l.ok)).toEqual(Array(10).fill(true));
    expect((await verifyHashChains(db.pool)).broken).toEqual([]);
  });
});

describe('migration 602: the seals of the reports frozen before it', () => {
  it('seals a report frozen earlier with the log as it stands, and the seal verifies', async () => {
    const { rows: [report] } = await db.pool.query(`SELECT log_seal FROM daily_mediation_reports`);
    expect(report.log_seal).toHaveLength(32);
    expect(await verifyReportSeals(db.pool)).toEqual({ checked: 1, broken: [] });
  });
});
