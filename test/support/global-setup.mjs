// Jest loads global setup outside its ESM module system, so TypeScript comes in through swc-node here.
import fs from 'node:fs/promises';
import { register } from 'node:module';
import os from 'node:os';
import path from 'node:path';

register('@swc-node/register/esm', import.meta.url);

/**
 * Gives every test worker a PostgreSQL server: DATABASE_URL when set, otherwise a throw-away embedded
 * server, so `npm test` passes on a machine with no database server at all.
 */
export default async function globalSetup() {
  // The admin UI the service serves (and the browser suite drives), rebuilt when its sources changed.
  const { buildAdmin } = await import('../../scripts/build-admin.mjs');
  await buildAdmin({ ifStale: true });
  if (process.env.DATABASE_URL) {
    process.env.DAMRONG_TEST_ADMIN_URL = process.env.DATABASE_URL;
    console.log('\ntests use the PostgreSQL server at DATABASE_URL');
    return;
  }
  const { startEmbeddedPostgres } = await import('../../src/database/embedded-postgres.ts');
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'damrong-test-'));
  const server = await startEmbeddedPostgres({ dataDir, ephemeral: true });
  process.env.DAMRONG_TEST_ADMIN_URL = server.adminUrl;
  globalThis.__damrongTestServer = { server, dataDir };
  console.log(`\ntests use an embedded PostgreSQL in ${dataDir}`);
}
