import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { logIsIntact, verifyLog } from '../../src/audit/log-integrity/log-verification.js';
import { CodecEventStore } from '../../src/eventstore/event-codec.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { readMonthlyReturnEvent } from '../../src/local-authorities/monthly-returns/monthly-return.events.js';
import { deriveMasterKeys } from '../../src/personal-data/keys/envelope.js';
import { Keyring } from '../../src/personal-data/keys/keyring.js';
import { PersonalDataCodec } from '../../src/personal-data/keys/personal-data-codec.js';
import { ERASED_MARKER } from '../../src/personal-data/keys/personal-data-shredder.js';
import { PERSONAL_FIELD_CATALOGUE } from '../../src/personal-data/keys/personal-field-catalogue.js';
import { sealStoredEvents } from '../../src/personal-data/keys/seal-log/seal-stored-events.js';
import { Shredder } from '../../src/personal-data/keys/shredder.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The one-time sealing in place reaches the monthly returns stored before their catalogue (issue 17): a return filed
 * and amended in schema 1, plain, has its signers' names and the amendment's reason sealed under the return's own key,
 * keeping every hash verifiable, and reads back whole, upcast; erasing the return's keys then shows the marker in them
 * while its figures stay.
 */
const STREAM = 'monthly-return-17-HOTEL-2025-03';
const parties = {
  authorityCode: '2200101', authorityNameTh: 'องค์การบริหารส่วนจังหวัดชลบุรี', provinceCode: '20', districtCode: null, billerCode: '80141',
  businessNo: 17, businessName: 'โรงแรมทะเลงาม', businessDistrictCode: '2004',
};
const common = { returnId: '17-HOTEL-2025-03', channel: 'PAPER', filedOn: '2025-04-16', at: '2025-04-20T03:00:00.000Z' };
const filed = {
  ...common, returnVersion: 1, kind: 'HOTEL', period: '2025-03', parties, figures: { kind: 'HOTEL', roomRentSatang: 100000000 },
  filer: { name: 'นางสมใจ ผู้ยื่นเดิม', position: 'ผู้จัดการ' }, terms: { authorityCode: '2200101' },
};
const amended = {
  ...common, returnVersion: 2, figures: { kind: 'HOTEL', roomRentSatang: 120000000 }, filer: { name: 'นางสมใจ ผู้ยื่นเดิม', position: null },
  reason: 'ลืมนับห้องของคุณมาลี',
};
const metadata = { actor: 'system:test', correlationId: 'c', causationId: 'c', commandId: 'c' };

let db: TestDatabase;
let plain: PostgresEventStore;
let keyring: Keyring;
let coded: CodecEventStore;

beforeAll(async () => {
  db = await createTestDatabase();
  plain = new PostgresEventStore(db.pool);
  keyring = new Keyring(db.pool, deriveMasterKeys(randomBytes(32)));
  coded = new CodecEventStore(plain, new PersonalDataCodec(keyring, PERSONAL_FIELD_CATALOGUE));
  await plain.appendToStream(STREAM, [
    { eventId: randomUUID(), type: 'MonthlyReturnFiled', schemaVersion: 1, data: filed, metadata },
    { eventId: randomUUID(), type: 'MonthlyReturnAmended', schemaVersion: 1, data: amended, metadata },
  ], 'no-stream');
});
afterAll(() => db.drop());

const storedText = async () => (await db.pool.query<{ text: string }>(
  `SELECT string_agg(data::text, E'\\n' ORDER BY version) AS text FROM events WHERE stream_id = $1`, [STREAM])).rows[0].text;
const readBack = async () => (await coded.readStream(STREAM)).map((stored) => readMonthlyReturnEvent(stored)!);

describe('sealing the monthly returns stored before', () => {
  it("seals the signers and the reason under the return's key, reads them back upcast, and erases them with it", async () => {
    expect(await storedText()).toContain('ผู้ยื่นเดิม');
    expect(await sealStoredEvents(db.pool, new PersonalDataCodec(keyring, PERSONAL_FIELD_CATALOGUE), Object.keys(PERSONAL_FIELD_CATALOGUE))).toMatchObject({ eventsSealed: 2 });
    const text = await storedText();
    for (const value of ['ผู้ยื่นเดิม', 'มาลี']) expect(text).not.toContain(value);
    expect(text).toContain('"roomRentSatang": 120000000');
    expect(logIsIntact(await verifyLog(db.pool))).toBe(true);

    const [filing, amendment] = await readBack();
    expect(filing).toEqual({ type: 'MonthlyReturnFiled', data: { ...filed, parties: { ...parties, ownerCitizenId: null }, filer: { ...filed.filer, citizenId: null } } });
    expect(amendment).toEqual({ type: 'MonthlyReturnAmended', data: { ...amended, filer: { ...amended.filer, citizenId: null } } });

    const shredder = new Shredder(db.pool, keyring, coded, []);
    expect(await shredder.eraseStreams([STREAM], { kind: 'RETENTION', reference: 'test' })).toEqual({ keysDestroyed: 1, streams: [STREAM] });
    const [erasedFiling, erasedAmendment] = await readBack();
    expect(erasedFiling.data).toMatchObject({ filer: { name: ERASED_MARKER, position: 'ผู้จัดการ' }, figures: filed.figures });
    expect(erasedAmendment.data).toMatchObject({ filer: { name: ERASED_MARKER }, reason: ERASED_MARKER, figures: amended.figures });
    expect(logIsIntact(await verifyLog(db.pool))).toBe(true);
  });
});
