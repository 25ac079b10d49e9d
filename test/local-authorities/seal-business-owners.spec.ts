import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CodecEventStore } from '../../src/eventstore/event-codec.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { BusinessesStore } from '../../src/local-authorities/businesses/businesses.store.js';
import { sealBusinessOwners } from '../../src/local-authorities/businesses/seal-business-owners.js';
import { LocalAuthoritiesStore } from '../../src/local-authorities/local-authorities.store.js';
import { decideAuthority } from '../../src/local-authorities/local-authority.decider.js';
import { deriveMasterKeys } from '../../src/personal-data/keys/envelope.js';
import { Keyring } from '../../src/personal-data/keys/keyring.js';
import { PersonalDataCodec } from '../../src/personal-data/keys/personal-data-codec.js';
import { ERASED_MARKER } from '../../src/personal-data/keys/personal-data-shredder.js';
import { PERSONAL_FIELD_CATALOGUE } from '../../src/personal-data/keys/personal-field-catalogue.js';
import { sealStoredEvents } from '../../src/personal-data/keys/seal-log/seal-stored-events.js';
import { Shredder } from '../../src/personal-data/keys/shredder.js';
import { CHONBURI_PAO } from '../support/chonburi-pao.js';
import { citizenId } from '../support/complaint-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The owners of businesses registered before migration 1088, plain, sealed in place by `personal-data seal-log`: a
 * citizen's id and name leave the row for its sealed box and the blind index, in the one-of-a-kind rule too; the
 * register reads them back whole and finds the business by its owner; a company's row stays as it was; a second run
 * seals nothing; the owner becomes the principal subject of the business's returns stored before, whose signers their
 * erasure then takes.
 */
const BY = { actor: 'system:test', office: 'CENTRAL' };
const owner = { id: citizenId('310120012345'), name: 'นางสมหญิง ลงทะเบียนก่อน' };
const former = { id: citizenId('110170023072') };
let db: TestDatabase;
let keyring: Keyring;

async function insertPlain(ownerKind: string, ownerId: string, ownerName: string): Promise<number> {
  const { rows: [{ business_no: no }] } = await db.pool.query<{ business_no: number }>(
    `INSERT INTO local_businesses (authority_code, name_th, kinds, address_line, subdistrict_code, district_code, province_code, owner_kind, owner_id,
       owner_name, registered_by, registered_by_office) VALUES ('2200101', $1, ARRAY['HOTEL'], '1 ถนนสุขุมวิท', '200101', '2001', '20', $2, $3, $4, 'test', 'CENTRAL')
     RETURNING business_no`, [`โรงแรม ${ownerName}`, ownerKind, ownerId, ownerName]);
  await db.pool.query(`INSERT INTO local_business_kinds (authority_code, owner_id, kind, business_no) VALUES ('2200101', $1, 'HOTEL', $2)`, [ownerId, no]);
  return no;
}

beforeAll(async () => {
  db = await createTestDatabase();
  keyring = new Keyring(db.pool, deriveMasterKeys(randomBytes(32)));
  await new LocalAuthoritiesStore(db.pool).register(decideAuthority(CHONBURI_PAO), BY);
});
afterAll(() => db.drop());

describe('sealing the owners of businesses registered before', () => {
  it('seals a citizen owner in place, found by the blind index and read back whole; a company stays; a second run seals nothing', async () => {
    const citizens = await insertPlain('CITIZEN', owner.id, owner.name);
    const company = await insertPlain('JURISTIC', '0105556000017', 'บริษัท ทะเลงาม จำกัด');
    expect(await sealBusinessOwners(db.pool, keyring, 1)).toBe(1);

    const { rows } = await db.pool.query(`SELECT business_no, owner_id, owner_name, owner_index IS NOT NULL AS indexed, owner_sealed IS NOT NULL AS sealed
      FROM local_businesses ORDER BY business_no`);
    expect(rows).toEqual([
      { business_no: citizens, owner_id: null, owner_name: null, indexed: true, sealed: true },
      { business_no: company, owner_id: '0105556000017', owner_name: 'บริษัท ทะเลงาม จำกัด', indexed: false, sealed: false },
    ]);
    const kinds = await db.pool.query('SELECT owner_id FROM local_business_kinds ORDER BY business_no');
    expect(kinds.rows.map((r) => r.owner_id)).toEqual([keyring.subjectIndex(owner.id).toString('hex'), '0105556000017']);

    const store = new BusinessesStore(db.pool, keyring);
    expect(await store.find(citizens)).toMatchObject({ ownerKind: 'CITIZEN', ownerId: owner.id, ownerName: owner.name });
    expect((await store.filableByCitizen(owner.id)).map((b) => b.businessNo)).toEqual([citizens]);
    expect(await sealBusinessOwners(db.pool, keyring)).toBe(0);
  });

  it("makes the owner the principal subject of their returns stored before: their erasure takes the returns' signers", async () => {
    const hotel = await insertPlain('CITIZEN', former.id, 'นายบุญส่ง เจ้าของเดิม');
    const streamId = `monthly-return-${hotel}-HOTEL-2025-03`;
    const plain = new PostgresEventStore(db.pool);
    await plain.appendToStream(streamId, [{ eventId: randomUUID(), type: 'MonthlyReturnFiled', schemaVersion: 1, data: {
      returnId: `${hotel}-HOTEL-2025-03`, filer: { name: 'นางสาวผู้ยื่น กระดาษ', position: null }, figures: { kind: 'HOTEL', roomRentSatang: 100 },
    }, metadata: { actor: 'system:test', correlationId: 'c', causationId: 'c', commandId: 'c' } }], 'no-stream');
    const coded = new CodecEventStore(plain, new PersonalDataCodec(keyring, PERSONAL_FIELD_CATALOGUE));
    await sealStoredEvents(db.pool, new PersonalDataCodec(keyring, PERSONAL_FIELD_CATALOGUE), Object.keys(PERSONAL_FIELD_CATALOGUE));
    expect(await sealBusinessOwners(db.pool, keyring)).toBe(1);
    const { rows: [{ owner_id: ownerId }] } = await db.pool.query('SELECT owner_id FROM local_business_kinds WHERE business_no = $1', [hotel]);
    expect(ownerId).toMatch(/^[0-9a-f]{64}$/);

    const erased = await new Shredder(db.pool, keyring, coded, []).eraseSubject(former.id, { kind: 'REQUEST', reference: 'test' });
    expect(erased).toEqual({ keysDestroyed: 3, streams: [`local-business-${hotel}`, streamId] });
    const [filed] = await coded.readStream(streamId);
    expect(filed.data).toMatchObject({ filer: { name: ERASED_MARKER }, figures: { roomRentSatang: 100 } });
  });
});
