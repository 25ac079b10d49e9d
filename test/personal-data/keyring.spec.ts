import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { CodecEventStore } from '../../src/eventstore/event-codec.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { inTransaction } from '../../src/database/transaction.js';
import { deriveMasterKeys } from '../../src/personal-data/keys/envelope.js';
import { Keyring } from '../../src/personal-data/keys/keyring.js';
import { PersonalDataCodec } from '../../src/personal-data/keys/personal-data-codec.js';
import { PERSONAL_FIELD_CATALOGUE } from '../../src/personal-data/keys/personal-field-catalogue.js';
import { registration, runCase, step } from '../support/debt-generator.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The keyring's keys when the log is in the same database (keysDurableWithTheLog): a key's row is committed without
 * waiting for its flush, and is kept for sealing only once an append sealed under it has committed; until then the
 * next write asks the table again and gets the same key. Every event reads back whole either way.
 */
let db: TestDatabase;
let keyring: Keyring;
let coded: CodecEventStore;
const textOf = (query: unknown) => (typeof query === 'string' ? query : (query as { text: string }).text);
const keyStatements = () => (db.pool.query as jest.Mock).mock.calls.filter(([query]) => textOf(query).includes('INSERT INTO personal_data_keys')).length;

beforeAll(async () => {
  db = await createTestDatabase();
  keyring = new Keyring(db.pool, deriveMasterKeys(randomBytes(32)), { keysDurableWithTheLog: true });
  coded = new CodecEventStore(new PostgresEventStore(db.pool), new PersonalDataCodec(keyring, PERSONAL_FIELD_CATALOGUE));
});
afterAll(() => db.drop());
beforeEach(() => {
  jest.restoreAllMocks();
  jest.spyOn(db.pool, 'query');
});

const keysOf = async (streamId: string) => (await db.pool.query<{ key_id: string; role: string }>(
  'SELECT key_id::text, role FROM personal_data_keys WHERE stream_id = $1 ORDER BY role', [streamId])).rows;

describe('keys made beside a PostgreSQL log', () => {
  it('asks the table once for a case\'s keys; after its registration committed, its later commands seal from memory', async () => {
    const streamId = await runCase(coded, 'KEYRING-1', [registration(1, 'KEYRING-1', { districtCode: '4901' })]);
    expect(keyStatements()).toBe(1);
    await runCase(coded, 'KEYRING-1', [step.contact(), step.transfer('4902')]);
    expect(keyStatements()).toBe(1);
    expect((await keysOf(streamId)).map((k) => k.role)).toEqual(['CASE', 'PRINCIPAL']);
    const [registered] = await coded.readStream(streamId);
    expect((registered.data as { debtor: { firstName: string } }).debtor.firstName).toEqual(expect.any(String));
    expect(JSON.stringify((await db.pool.query('SELECT data FROM events WHERE stream_id = $1', [streamId])).rows)).toContain('$sealed');
  });

  it('does not keep a key whose append failed: the next write asks the table, which gives the same key', async () => {
    const streamId = 'debt-KEYRING-2';
    // The registration is refused by the log (a stream already at version 1 is expected at version 5), after its keys were made.
    await coded.appendToStream(streamId, [{ eventId: '00000000-0000-4000-8000-0000000000a1', type: 'DebtCaseReferred', schemaVersion: 1,
      data: { note: 'บันทึกแรก' }, metadata: { actor: 'officer:test', correlationId: 'c', causationId: 'c', commandId: 'c1' } }], 'no-stream');
    const [caseKey] = await keysOf(streamId);
    keyring.forgetAll();
    await expect(coded.appendToStream(streamId, [{ eventId: '00000000-0000-4000-8000-0000000000a2', type: 'DebtCaseReferred', schemaVersion: 1,
      data: { note: 'บันทึกที่ไม่ได้เก็บ' }, metadata: { actor: 'officer:test', correlationId: 'c', causationId: 'c', commandId: 'c2' } }], 5))
      .rejects.toMatchObject({ code: 'CONCURRENCY_CONFLICT' });
    const before = keyStatements();
    await coded.appendToStream(streamId, [{ eventId: '00000000-0000-4000-8000-0000000000a3', type: 'DebtCaseReferred', schemaVersion: 1,
      data: { note: 'บันทึกที่สอง' }, metadata: { actor: 'officer:test', correlationId: 'c', causationId: 'c', commandId: 'c3' } }], 1);
    expect(keyStatements()).toBe(before + 1);
    expect(await keysOf(streamId)).toEqual([caseKey]);
    expect((await coded.readStream(streamId)).map((e) => (e.data as { note: string }).note)).toEqual(['บันทึกแรก', 'บันทึกที่สอง']);
  });

  it('does not keep a key sealed inside a caller\'s transaction, which the caller may roll back', async () => {
    const streamId = 'debt-KEYRING-3';
    await expect(inTransaction(db.pool, async (client) => {
      const within = new CodecEventStore(await PostgresEventStore.within(client), new PersonalDataCodec(keyring, PERSONAL_FIELD_CATALOGUE));
      await within.appendToStream(streamId, [{ eventId: '00000000-0000-4000-8000-0000000000b1', type: 'DebtCaseReferred', schemaVersion: 1,
        data: { note: 'ในรายการที่ถูกยกเลิก' }, metadata: { actor: 'officer:test', correlationId: 'c', causationId: 'c', commandId: 'c4' } }], 'no-stream');
      throw new Error('the caller rolls back');
    })).rejects.toThrow('the caller rolls back');
    expect(keyring.awaitingConfirmation).toBe(true);
    const before = keyStatements();
    await coded.appendToStream(streamId, [{ eventId: '00000000-0000-4000-8000-0000000000b2', type: 'DebtCaseReferred', schemaVersion: 1,
      data: { note: 'บันทึกจริง' }, metadata: { actor: 'officer:test', correlationId: 'c', causationId: 'c', commandId: 'c5' } }], 'no-stream');
    expect(keyStatements()).toBe(before + 1);
    expect((await coded.readStream(streamId)).map((e) => (e.data as { note: string }).note)).toEqual(['บันทึกจริง']);
  });

  it('makes one key for a person wanted in two roles of a stream, PRINCIPAL (an owner signing their own return)', async () => {
    const streamId = 'monthly-return-7-HOTEL-2025-10';
    const keys = await keyring.keysFor([
      { streamId, want: { citizenId: '1101700230711', role: 'PARTY' } }, { streamId, want: { citizenId: '1101700230711', role: 'PRINCIPAL' } },
    ]);
    expect(new Set([...keys.values()].map((k) => k.keyId)).size).toBe(1);
    expect((await keysOf(streamId)).map((k) => k.role)).toEqual(['PRINCIPAL']);
  });
});
