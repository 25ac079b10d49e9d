import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { inTransaction } from '../../src/database/transaction.js';
import { CodecEventStore } from '../../src/eventstore/event-codec.js';
import type { NewEvent } from '../../src/eventstore/event-store.port.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { transactionLog } from '../../src/eventstore/postgres/transaction-log.js';
import type { LeafletPermitRequestedData } from '../../src/local-authorities/leaflet-permits/leaflet-permit.events.js';
import { requestedEvent } from '../../src/local-authorities/leaflet-permits/leaflet-permit-fixtures.js';
import { deriveMasterKeys } from '../../src/personal-data/keys/envelope.js';
import { Keyring } from '../../src/personal-data/keys/keyring.js';
import { PersonalDataCodec } from '../../src/personal-data/keys/personal-data-codec.js';
import { PERSONAL_FIELD_CATALOGUE } from '../../src/personal-data/keys/personal-field-catalogue.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The log inside a caller's transaction (transactionLog: the leaflet fee and issue, the bill-payment reconciliation)
 * seals and opens as the service's log does, its keys made and read on the transaction's own connection: on a pool of
 * one connection, which the transaction holds, it neither waits for another nor fails; a key made in a transaction
 * rolled back is gone with it and not kept, so the next write makes one that is there.
 */
let db: TestDatabase;
let pool: pg.Pool;
let store: CodecEventStore;

const data = requestedEvent().data as LeafletPermitRequestedData;
const request = (): NewEvent => ({
  eventId: randomUUID(), type: 'LeafletPermitRequested', schemaVersion: 2, data,
  metadata: { actor: 'system:test', correlationId: 'c', causationId: 'c', commandId: randomUUID() },
});
const storedText = async (streamId: string) =>
  (await db.pool.query<{ text: string | null }>('SELECT string_agg(data::text, E\'\\n\') AS text FROM events WHERE stream_id = $1', [streamId])).rows[0].text;
const keysOf = async (streamId: string) =>
  (await db.pool.query<{ role: string }>('SELECT role FROM personal_data_keys WHERE stream_id = $1 ORDER BY role', [streamId])).rows.map((r) => r.role);

beforeAll(async () => {
  db = await createTestDatabase();
  // One connection, and a wait for another refused at once: a statement on the pool inside the transaction would fail.
  pool = new pg.Pool({ ...db.pool.options, max: 1, connectionTimeoutMillis: 1_000 });
  store = new CodecEventStore(new PostgresEventStore(pool), new PersonalDataCodec(new Keyring(pool, deriveMasterKeys(randomBytes(32))), PERSONAL_FIELD_CATALOGUE));
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

describe('the log inside a transaction', () => {
  it("seals what it appends and opens what it reads, on the transaction's connection only", async () => {
    const read = await inTransaction(pool, async (client) => {
      const log = await transactionLog(store, client);
      await log.appendToStream('leaflet-LP-TX01', [request()], 'no-stream');
      return log.readStream('leaflet-LP-TX01');
    });
    expect((read[0].data as LeafletPermitRequestedData).applicant).toEqual(data.applicant);
    const text = await storedText('leaflet-LP-TX01');
    for (const value of [data.applicant.name, data.applicant.idNumber, data.applicant.phone, data.advertisement]) expect(text).not.toContain(value);
    expect(await keysOf('leaflet-LP-TX01')).toEqual(['CASE', 'PRINCIPAL']);
    expect((await store.readStream('leaflet-LP-TX01'))[0].data).toEqual(data);
  });

  it('leaves no key of a transaction rolled back, and keeps none of them: the next append makes keys that are there', async () => {
    await expect(inTransaction(pool, async (client) => {
      const log = await transactionLog(store, client);
      await log.appendToStream('leaflet-LP-TX02', [request()], 'no-stream');
      throw new Error('the command failed after its append');
    })).rejects.toThrow('the command failed after its append');
    expect(await keysOf('leaflet-LP-TX02')).toEqual([]);
    await store.appendToStream('leaflet-LP-TX02', [request()], 'no-stream');
    expect(await keysOf('leaflet-LP-TX02')).toEqual(['CASE', 'PRINCIPAL']);
    expect((await store.readStream('leaflet-LP-TX02'))[0].data).toEqual(data);
  });
});
