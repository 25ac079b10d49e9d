import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { inTransaction } from '../../src/database/transaction.js';
import type { StoredEvent } from '../../src/eventstore/event-store.port.js';
import { AuthorisedFilersProjection } from '../../src/local-authorities/business-filers/authorised-filers.projection.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** The authorised filers' read model on a real PostgreSQL: a row per authorisation, closed by its revocation, nothing twice. */
let db: TestDatabase;
beforeAll(async () => { db = await createTestDatabase(); });
afterAll(() => db.drop());

const projection = new AuthorisedFilersProjection();
const stored = (streamId: string, version: number, type: string, data: unknown): StoredEvent => ({
  eventId: `${streamId}-${version}`, type, schemaVersion: 1, data, streamId, version,
  metadata: { actor: `account:staff-${version}`, actorOffice: 'AUTHORITY:2200101', commandId: `c-${version}`, correlationId: 'x', causationId: 'x' },
  position: { transactionId: 1n, globalPosition: BigInt(version) }, recordedAt: new Date('2025-11-01T00:00:00Z'),
});
const authorised = (businessNo: number, filerNo: number, version: number, citizenId: string) => stored(`business-${businessNo}`, version, 'BusinessFilerAuthorised', {
  business: { businessNo, authorityCode: '2200101', districtCode: '2004', provinceCode: '20' }, filerNo, citizenId, name: 'นายสมชาย ใจดี',
  role: 'กรรมการผู้มีอำนาจ', evidence: { reference: 'มอบอำนาจ 1/2568', date: '2025-10-01' }, at: '2025-11-01T03:00:00.000Z',
});
const revoked = (businessNo: number, filerNo: number, version: number) => stored(`business-${businessNo}`, version, 'BusinessFilerRevoked', {
  businessNo, filerNo, reason: 'พ้นจากตำแหน่ง', at: '2025-11-02T03:00:00.000Z',
});

describe('the authorised filers projection', () => {
  it('inserts each authorisation, closes the revoked one with who and why, the same however often delivered; other streams skipped', async () => {
    const batch = [
      stored('monthly-return-7-HOTEL-2025-10', 1, 'MonthlyReturnFiled', null),
      authorised(7, 1, 1, '1101700230708'), authorised(7, 2, 2, '3101200123453'), revoked(7, 1, 3),
    ];
    for (let delivery = 0; delivery < 2; delivery++) await inTransaction(db.pool, (tx) => projection.apply(batch, tx));
    const { rows } = await db.pool.query(`SELECT business_no, filer_no, citizen_id, authorised_by, revoked_by, revoked_by_office, revoke_reason,
      to_char(evidence_date, 'YYYY-MM-DD') AS evidence_date FROM business_authorised_filers ORDER BY filer_no`);
    expect(rows).toEqual([
      { business_no: 7, filer_no: 1, citizen_id: '1101700230708', authorised_by: 'account:staff-1', revoked_by: 'account:staff-3',
        revoked_by_office: 'AUTHORITY:2200101', revoke_reason: 'พ้นจากตำแหน่ง', evidence_date: '2025-10-01' },
      { business_no: 7, filer_no: 2, citizen_id: '3101200123453', authorised_by: 'account:staff-2', revoked_by: null,
        revoked_by_office: null, revoke_reason: null, evidence_date: '2025-10-01' },
    ]);
  });

  it('stops at a revocation of an authorisation it does not hold rather than skip it', async () => {
    await expect(inTransaction(db.pool, (tx) => projection.apply([revoked(8, 1, 1)], tx))).rejects.toThrow('business-8@1: revokes authorisation 1');
  });
});
