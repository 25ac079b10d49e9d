import { afterAll, beforeAll } from '@jest/globals';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { eventStoreContract } from './event-store.contract.js';

let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase();
  store = new PostgresEventStore(db.pool);
});
afterAll(() => db.drop());

eventStoreContract('PostgreSQL adapter', () => store);
