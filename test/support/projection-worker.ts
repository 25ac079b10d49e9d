// A separate process that runs one projection until it is killed: `node --import
// @swc-node/register/esm-register test/support/projection-worker.ts <database url> <name> <table> [<KurrentDB url>]`;
// the log is the database's, or KurrentDB's when its URL is given (see event-store-targets.ts).
import { createPool } from '../../src/database/database.js';
import { KurrentDbEventStore } from '../../src/eventstore/kurrentdb/kurrentdb-event-store.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { TallyProjection } from './tally.projection.js';

const [url, name, table, kurrentdbUrl] = process.argv.slice(2);
const pool = createPool(url, 4);
const store = kurrentdbUrl ? KurrentDbEventStore.fromConnectionString(kurrentdbUrl) : new PostgresEventStore(pool);
const runner = new ProjectionRunner(pool, store, [new TallyProjection(name, table, { slowMs: 30 })], {
  batchSize: 50,
  pollMs: 20,
});
runner.start();
console.log('worker started');
