import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { ReadModelChanges } from '../../src/projections/runner/read-model-changes.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * ReadModelChanges on a real database: a read is kept until a notice says one of its projections changed (the
 * checkpoint trigger of migration 1090, a swap's notice, an erasure), and nothing is kept while the notices are lost.
 */
let db: TestDatabase;
let changes: ReadModelChanges;
let reads = 0;
const counted = () => Promise.resolve(++reads);

async function checkpointMoves(name: string): Promise<void> {
  await db.pool.query(
    `INSERT INTO projection_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET updated_at = now()`, [name]);
}

async function until(condition: () => Promise<boolean>): Promise<void> {
  for (const end = Date.now() + 10_000; !(await condition());) {
    if (Date.now() > end) throw new Error('not reached in 10 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

describe('while it hears the notices', () => {
  beforeAll(async () => {
    changes = new ReadModelChanges(db.pool.options);
    await changes.listen();
  });
  afterAll(() => changes.close());

  it('reads once while the projections read from have not changed', async () => {
    const first = await changes.read(['district-counts'], 'ALL|nation', counted);
    expect(await changes.read(['district-counts'], 'ALL|nation', counted)).toBe(first);
    expect(await changes.read(['district-counts'], 'PROVINCE:49|nation', counted)).toBe(first + 1); // another scope reads its own
  });

  it('reads anew after a checkpoint of one of them changed, and only then', async () => {
    const before = await changes.read(['district-counts', 'district-transfers'], 'ALL|provinces', counted);
    const other = await changes.read(['debt-cases'], 'ALL|list', counted);
    await checkpointMoves('district-transfers');
    await changes.settled();
    expect(await changes.read(['district-counts', 'district-transfers'], 'ALL|provinces', counted)).toBeGreaterThan(before);
    expect(await changes.read(['debt-cases'], 'ALL|list', counted)).toBe(other);
  });

  it('reads anew after a rebuild swapped the tables in (its notice) and after an erasure', async () => {
    const before = await changes.read(['debt-cases'], 'ALL|list', counted);
    await db.pool.query(`SELECT pg_notify('damrong_read_models', 'debt-cases')`);
    await changes.settled();
    const swapped = await changes.read(['debt-cases'], 'ALL|list', counted);
    expect(swapped).toBeGreaterThan(before);
    await db.pool.query(`SELECT pg_notify('damrong_personal_data_keys_destroyed', '1')`);
    await changes.settled();
    expect(await changes.read(['debt-cases'], 'ALL|list', counted)).toBeGreaterThan(swapped);
  });

  it('keeps no failed read', async () => {
    await expect(changes.read(['debt-cases'], 'ALL|failing', () => Promise.reject(new Error('the database is away')))).rejects.toThrow('away');
    expect(await changes.read(['debt-cases'], 'ALL|failing', counted)).toBe(reads);
  });
});

describe('when its connection is lost', () => {
  afterEach(() => changes.close());

  it('reads through until it hears the notices again, then keeps reads anew', async () => {
    changes = new ReadModelChanges(db.pool.options);
    await changes.listen();
    await changes.read(['district-counts'], 'ALL|nation', counted);
    await db.pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN damrong_read_models%' AND datname = current_database()`);
    await until(async () => (await changes.read(['district-counts'], 'ALL|nation', counted)) !== (await changes.read(['district-counts'], 'ALL|nation', counted)));
    await until(async () => (await changes.read(['district-counts'], 'ALL|nation', counted)) === (await changes.read(['district-counts'], 'ALL|nation', counted)));
    const kept = await changes.read(['district-counts'], 'ALL|nation', counted);
    await checkpointMoves('district-counts');
    await changes.settled();
    expect(await changes.read(['district-counts'], 'ALL|nation', counted)).toBeGreaterThan(kept);
  });

  it('reads every time once closed', async () => {
    changes = new ReadModelChanges(db.pool.options);
    await changes.listen();
    await changes.close();
    const first = await changes.read(['district-counts'], 'ALL|nation', counted);
    expect(await changes.read(['district-counts'], 'ALL|nation', counted)).toBe(first + 1);
  });
});
