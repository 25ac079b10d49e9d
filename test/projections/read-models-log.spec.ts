import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { claimReadModelsLog, markReadModelsLog } from '../../src/projections/runner/read-models-log.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
}, 60_000);
afterAll(() => db.drop());

const followedLog = async () => (await db.pool.query('SELECT event_log FROM read_models_event_log')).rows.map((r) => r.event_log);

describe('the log the read models follow', () => {
  it('is taken by the first start, and changes freely while no projection has read an event', async () => {
    expect(await followedLog()).toEqual([]);
    await claimReadModelsLog(db.pool, 'postgres');
    expect(await followedLog()).toEqual(['postgres']);
    await db.pool.query(`INSERT INTO projection_checkpoints (name) VALUES ('district-counts')`);
    await claimReadModelsLog(db.pool, 'kurrentdb');
    expect(await followedLog()).toEqual(['kurrentdb']);
  });

  it('refuses another log once a projection has moved, naming both logs and the rebuild, and changes nothing', async () => {
    await claimReadModelsLog(db.pool, 'postgres');
    await db.pool.query(`UPDATE projection_checkpoints SET transaction_id = '812', global_position = 40 WHERE name = 'district-counts'`);
    await expect(claimReadModelsLog(db.pool, 'kurrentdb')).rejects.toMatchObject({
      code: 'READ_MODELS_FROM_ANOTHER_LOG',
      field: 'EVENT_STORE',
      messageEn: expect.stringContaining('built from the postgres event log but EVENT_STORE=kurrentdb'),
      messageTh: expect.stringContaining('projections rebuild --all'),
    });
    expect(await followedLog()).toEqual(['postgres']);
    await claimReadModelsLog(db.pool, 'postgres');
  });

  it('follows the new log once every projection was rebuilt from it', async () => {
    await markReadModelsLog(db.pool, 'kurrentdb');
    await claimReadModelsLog(db.pool, 'kurrentdb');
    expect(await followedLog()).toEqual(['kurrentdb']);
    await expect(claimReadModelsLog(db.pool, 'postgres')).rejects.toMatchObject({ code: 'READ_MODELS_FROM_ANOTHER_LOG' });
  });
});
