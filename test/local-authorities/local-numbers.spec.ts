import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { inTransaction } from '../../src/database/transaction.js';
import { takeNextNumber } from '../../src/local-authorities/receipts/local-numbers.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** Gapless numbers per authority, fiscal year and book, taken in the caller's transaction, on a real PostgreSQL. */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  for (const [code, district, biller] of [['6200702', '2004', '81234'], ['5200101', '2001', '81235']]) {
    await db.pool.query(
      `INSERT INTO local_authorities (code, name_th, kind, province_code, district_code, biller_code, registered_by, registered_by_office)
       VALUES ($1, 'อบต.ทดสอบ', 'SAO', '20', $2, $3, 'system:test', 'CENTRAL')`, [code, district, biller]);
  }
}, 60_000);
afterAll(() => db.drop());

const taken = async (code: string, fiscalYear: number) => (await db.pool.query<{ number: number }>(
  `SELECT number FROM local_numbers_taken WHERE authority_code = $1 AND fiscal_year = $2 AND book = 'RECEIPT' ORDER BY number`,
  [code, fiscalYear])).rows.map((r) => r.number);

describe('receipt numbers', () => {
  it('run 1, 2, 3… per authority and fiscal year (from 1 October), each book on its own', async () => {
    const take = (code: string, day: string, book: 'RECEIPT' | 'LEAFLET_PERMIT' = 'RECEIPT') =>
      inTransaction(db.pool, (client) => takeNextNumber(client, book, code, day, `leaflet-${code}-${day}`));
    expect(await take('6200702', '2025-09-30')).toEqual({ book: 'RECEIPT', authorityCode: '6200702', fiscalYear: 2568, number: 1 });
    expect(await take('6200702', '2025-10-01')).toMatchObject({ fiscalYear: 2569, number: 1 });
    expect(await take('6200702', '2026-09-30')).toMatchObject({ fiscalYear: 2569, number: 2 });
    expect(await take('6200702', '2026-09-30', 'LEAFLET_PERMIT')).toMatchObject({ fiscalYear: 2569, number: 1 });
    expect(await take('5200101', '2025-12-01')).toMatchObject({ fiscalYear: 2569, number: 1 });
  });

  it('give a number back when the transaction rolls back, so the next one has no gap', async () => {
    await expect(inTransaction(db.pool, async (client) => {
      await takeNextNumber(client, 'RECEIPT', '5200101', '2025-12-02', 'leaflet-failed');
      throw new Error('the append failed');
    })).rejects.toThrow('the append failed');
    const next = await inTransaction(db.pool, (client) => takeNextNumber(client, 'RECEIPT', '5200101', '2025-12-02', 'leaflet-next'));
    expect(next.number).toBe(2);
  });

  it('are neither skipped nor repeated when 40 transactions take them at once, some rolling back', async () => {
    const attempts = Array.from({ length: 40 }, (_, i) => inTransaction(db.pool, async (client) => {
      const { number } = await takeNextNumber(client, 'RECEIPT', '6200702', '2027-01-15', `leaflet-concurrent-${i}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (i % 5 === 0) throw new Error('rolled back');
      return number;
    }).catch(() => null));
    const numbers = (await Promise.all(attempts)).filter((n): n is number => n !== null).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(await taken('6200702', 2570)).toEqual(numbers);
  });
});
