import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { inTransaction } from '../../src/database/transaction.js';
import type { StoredEvent } from '../../src/eventstore/event-store.port.js';
import { MonthlyReturnPaymentsProjection } from '../../src/projections/monthly-return-payments/monthly-return-payments.projection.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** The payments read model on a real PostgreSQL: one row per payment, its Bangkok day, nothing twice, other events skipped. */
let db: TestDatabase;
beforeAll(async () => { db = await createTestDatabase(); });
afterAll(() => db.drop());

const projection = new MonthlyReturnPaymentsProjection();
const stored = (version: number, type: string, data: unknown): StoredEvent => ({
  eventId: `e-${version}`, type, schemaVersion: 1, data, streamId: 'monthly-return-7-HOTEL-2025-10', version,
  metadata: { actor: 'test', commandId: `c-${version}`, correlationId: 'x', causationId: 'x' },
  position: { transactionId: 1n, globalPosition: BigInt(version) }, recordedAt: new Date('2025-11-01T00:00:00Z'),
});
const paid = (version: number, paidAt: string, amountSatang: number) => stored(version, 'MonthlyReturnPaid', {
  returnId: '7-HOTEL-2025-10', returnVersion: 1, ref1: '22001011256810', ref2: '00000007011', amountSatang, paidAt,
  source: { fileDigest: 'ab', line: 2 }, at: '2025-11-01T03:00:00.000Z',
});

describe('the monthly-return payments projection', () => {
  it('keeps each payment with its authority, levy, month and Bangkok day, once however often it is delivered', async () => {
    // 00:30 on 1 November in Bangkok is still 31 October in UTC: the report counts it in November.
    const batch = [stored(1, 'MonthlyReturnFiled', null), paid(2, '2025-10-31T17:30:00.000Z', 12_500_50), paid(3, '2025-11-20T03:15:00.000Z', 1)];
    for (let delivery = 0; delivery < 2; delivery++) await inTransaction(db.pool, (tx) => projection.apply(batch, tx));
    const { rows } = await db.pool.query(`SELECT stream_version, authority_code, business_no, kind, period, amount_satang::int AS satang,
      to_char(paid_on, 'YYYY-MM-DD') AS paid_on FROM monthly_return_payments ORDER BY stream_version`);
    expect(rows).toEqual([
      { stream_version: 2, authority_code: '2200101', business_no: 7, kind: 'HOTEL', period: '2025-10', satang: 12_500_50, paid_on: '2025-11-01' },
      { stream_version: 3, authority_code: '2200101', business_no: 7, kind: 'HOTEL', period: '2025-10', satang: 1, paid_on: '2025-11-20' },
    ]);
  });
});
