import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { logIsIntact, verifyLog } from '../../src/audit/log-integrity/log-verification.js';
import { CodecEventStore } from '../../src/eventstore/event-codec.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { deriveMasterKeys } from '../../src/personal-data/keys/envelope.js';
import { Keyring } from '../../src/personal-data/keys/keyring.js';
import { PersonalDataCodec } from '../../src/personal-data/keys/personal-data-codec.js';
import { ERASED_MARKER } from '../../src/personal-data/keys/personal-data-shredder.js';
import { PERSONAL_FIELD_CATALOGUE } from '../../src/personal-data/keys/personal-field-catalogue.js';
import { sealStoredEvents } from '../../src/personal-data/keys/seal-log/seal-stored-events.js';
import { Shredder } from '../../src/personal-data/keys/shredder.js';
import { citizenIdOf, registration, runCase, step } from '../support/debt-generator.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The one-time sealing in place of the debt events stored before sealing (issue 17): every event keeps its id,
 * order and stored hash, gets a receipt, and `verifyLog` holds before and after; a run stopped midway resumes; a
 * broken chain is refused; a changed event or receipt is found; erasure then works on the sealed events.
 */
const TYPES = Object.keys(PERSONAL_FIELD_CATALOGUE);
let db: TestDatabase;
let plain: PostgresEventStore;
let codec: PersonalDataCodec;
let coded: CodecEventStore;

const dataOf = async (store: PostgresEventStore | CodecEventStore, streams: string[]) =>
  (await Promise.all(streams.map((s) => store.readStream(s)))).flat().map((e) => e.data);
const logRows = async () => (await db.pool.query<{ event_id: string; stream_id: string; version: number; global_position: string; hash: Buffer }>(
  'SELECT event_id::text, stream_id, version, global_position::text, hash FROM events ORDER BY events.global_position')).rows;
const sealText = async () => (await db.pool.query<{ text: string }>(`SELECT string_agg(data::text, E'\\n' ORDER BY global_position) AS text FROM events`)).rows[0].text;

const streams: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  plain = new PostgresEventStore(db.pool);
  codec = new PersonalDataCodec(new Keyring(db.pool, deriveMasterKeys(randomBytes(32))), PERSONAL_FIELD_CATALOGUE);
  coded = new CodecEventStore(plain, codec);
  // Five cases written plain, as before sealing: registered, contacted, transferred, mediated; then one account event.
  for (let n = 1; n <= 5; n++) {
    streams.push(await runCase(plain, `SEAL-${n}`, [
      registration(n, `SEAL-${n}`, { districtCode: '4901' }), step.contact(), step.transfer('4902'), step.schedule(), step.agree('30,000'),
    ]));
  }
  await plain.appendToStream('account-unrelated', [{
    eventId: '00000000-0000-4000-8000-000000000001', type: 'StaffAccountCreated', schemaVersion: 1, data: { note: 'not a debt event' },
    metadata: { actor: 'system:test', correlationId: 'c', causationId: 'c', commandId: 'c' },
  }], 'no-stream');
});
afterAll(() => db.drop());

describe('sealing the events stored before', () => {
  it('refuses a stream whose chain is broken, changing nothing', async () => {
    const before = await sealText();
    // The contact attempt's note, null as recorded, changed behind the service's back, then put back.
    await db.pool.query(`UPDATE events SET data = jsonb_set(data, '{note}', '"แก้ไขโดยไม่มีสิทธิ์"') WHERE stream_id = $1 AND version = 2`, [streams[2]]);
    await expect(sealStoredEvents(db.pool, codec, TYPES)).rejects.toMatchObject({ code: 'LOG_BROKEN_BEFORE_SEALING' });
    await db.pool.query(`UPDATE events SET data = jsonb_set(data, '{note}', 'null') WHERE stream_id = $1 AND version = 2`, [streams[2]]);
    expect(await sealText()).toBe(before);
    expect(logIsIntact(await verifyLog(db.pool))).toBe(true);
  });

  it('seals every personal field in place, keeping ids, order and hashes; a run stopped midway resumes', async () => {
    const before = await logRows();
    const written = await dataOf(plain, streams);
    expect(await sealText()).toContain('ลูกหนี้1');

    let batches = 0;
    await expect(sealStoredEvents(db.pool, codec, TYPES, {
      batchSize: 4, onBatch: () => { if (++batches === 2) throw new Error('stopped by the operator'); },
    })).rejects.toThrow('stopped by the operator');
    const { rows: [stopped] } = await db.pool.query('SELECT run_id::text, events_sealed::int, finished_at FROM log_reseal_runs');
    expect(stopped).toMatchObject({ events_sealed: 4, finished_at: null });

    const run = await sealStoredEvents(db.pool, codec, TYPES, { batchSize: 4 });
    // Of each case the registration and the transfer (its reason) hold personal data; the contact's note and the
    // outcome's are null, the schedule has none: 2 events of each of 5 cases, counted across the stop.
    expect(run).toMatchObject({ runId: stopped.run_id, eventsSealed: 10 });
    expect(run.receiptsDigest).toMatch(/^[0-9a-f]{64}$/);

    const after = await logRows();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after[after.length - 1].stream_id).toBe(`log-reseal-${run.runId}`);
    const text = await sealText();
    for (let n = 1; n <= 5; n++) {
      expect(text).not.toContain(`ลูกหนี้${n}`);
      expect(text).not.toContain(citizenIdOf(n));
    }
    expect(text).not.toContain('ลูกหนี้ย้ายภูมิลำเนา');
    expect(text).toContain('not a debt event');
    expect(await dataOf(coded, streams)).toEqual(written);
    expect(await verifyLog(db.pool)).toMatchObject({ brokenLinks: [], brokenSeals: [], brokenReseals: [] });

    // Nothing is left to seal: a second run reads the log again and rewrites nothing.
    expect(await sealStoredEvents(db.pool, codec, TYPES)).toMatchObject({ eventsSealed: 0 });
  });

  it('finds a sealed event changed since, and a receipt changed to hide it', async () => {
    const { rows: [target] } = await db.pool.query<{ event_id: string; data: string }>(
      `SELECT event_id::text, data::text FROM events WHERE stream_id = $1 AND version = 3`, [streams[0]]);
    await db.pool.query(`UPDATE events SET data = jsonb_set(data, '{toDistrictCode}', '"4903"') WHERE event_id = $1`, [target.event_id]);
    const changed = await verifyLog(db.pool);
    expect(changed.brokenLinks).toEqual([expect.objectContaining({ streamId: streams[0], version: 3, kind: 'HASH_MISMATCH' })]);

    await db.pool.query(
      `UPDATE event_seal_receipts r SET sealed_digest = sha256(damrong_event_bytes(e.stream_id, e.version, e.event_id, e.type, e.schema_version, e.recorded_at, e.data, e.metadata))
       FROM events e WHERE e.event_id = r.event_id AND r.event_id = $1`, [target.event_id]);
    const hidden = await verifyLog(db.pool);
    expect(hidden.brokenLinks).toEqual([]);
    expect(hidden.brokenReseals).toHaveLength(1);
    expect(logIsIntact(hidden)).toBe(false);

    await db.pool.query(`UPDATE events SET data = $2::jsonb WHERE event_id = $1`, [target.event_id, target.data]);
    await db.pool.query(
      `UPDATE event_seal_receipts r SET sealed_digest = sha256(damrong_event_bytes(e.stream_id, e.version, e.event_id, e.type, e.schema_version, e.recorded_at, e.data, e.metadata))
       FROM events e WHERE e.event_id = r.event_id AND r.event_id = $1`, [target.event_id]);
    expect(logIsIntact(await verifyLog(db.pool))).toBe(true);
  });

  it('erases a debtor whose events were sealed in place', async () => {
    const shredder = new Shredder(db.pool, (codec as unknown as { keyring: Keyring }).keyring, coded, []);
    expect(await shredder.eraseSubject(citizenIdOf(2), { kind: 'REQUEST', reference: 'test' })).toMatchObject({ streams: [streams[1]] });
    const [registered] = await coded.readStream(streams[1]);
    expect((registered.data as { debtor: { firstName: string } }).debtor.firstName).toBe(ERASED_MARKER);
    expect(((await coded.readStream(streams[0]))[0].data as { debtor: { firstName: string } }).debtor.firstName).toBe('ลูกหนี้1');
    expect(logIsIntact(await verifyLog(db.pool))).toBe(true);
  });
});
