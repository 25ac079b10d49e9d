import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConcurrencyError } from '../../src/eventstore/event-store.errors.js';
import type { ExpectedVersion } from '../../src/eventstore/event-store.port.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { newEvent } from './event-store.contract.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

describe('PostgreSQL adapter under 8 concurrent writers', () => {
  it('stores exactly the acknowledged appends, with contiguous versions, and every loser gets ConcurrencyError', async () => {
    const store = new PostgresEventStore(db.pool);
    const streams = ['tally-race-a', 'tally-race-b', 'tally-race-c'];
    const acknowledged: string[] = [];
    let losses = 0;
    const writer = async (w: number) => {
      const known = new Map<string, ExpectedVersion>(streams.map((s) => [s, 'no-stream']));
      for (let i = 0; i < 1000; i++) {
        const stream = streams[(w + i) % streams.length];
        const event = newEvent('TallyIncremented', { by: 1, writer: w, attempt: i });
        try {
          const result = await store.appendToStream(stream, [event], known.get(stream)!);
          known.set(stream, result.nextVersion);
          acknowledged.push(event.eventId);
        } catch (error) {
          if (!(error instanceof ConcurrencyError)) throw error;
          losses++;
          known.set(stream, error.actual === 0 ? 'no-stream' : error.actual);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));

    expect(acknowledged.length + losses).toBe(8000);
    expect(losses).toBeGreaterThan(0);
    const { rows } = await db.pool.query(
      `SELECT stream_id, version, event_id FROM events WHERE stream_id = ANY($1) ORDER BY stream_id, version`, [streams]);
    expect(rows).toHaveLength(acknowledged.length);
    expect(new Set(rows.map((r) => r.event_id))).toEqual(new Set(acknowledged));
    for (const stream of streams) {
      const versions = rows.filter((r) => r.stream_id === stream).map((r) => r.version);
      expect(versions).toEqual(versions.map((_, i) => i + 1));
    }
  });
});
