// A separate process that runs one projection until it is killed: `node --import
// @swc-node/register/esm-register test/support/projection-worker.ts <database url> <name> <table>`.
import { createPool } from '../../src/database/database.js';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store.js';
import { ProjectionRunner } from '../../src/projections/runner/projection-runner.js';
import { TallyProjection } from './tally.projection.js';

const [url, name, table] = process.argv.slice(2);
const pool = createPool(url, 4);
const runner = new ProjectionRunner(pool, new PostgresEventStore(pool), [new TallyProjection(name, table, { slowMs: 30 })], {
  batchSize: 50,
  pollMs: 20,
});
runner.start();
console.log('worker started');
