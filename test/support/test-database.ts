import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPool } from '../../src/database/database.js';
import { migrate } from '../../src/database/migrate.js';
import { provisionServiceRoles, urlAs, type ServiceLogins } from '../../src/database/service-roles.js';

export interface TestDatabase {
  /** The owner's pool. */
  pool: pg.Pool;
  /** The owner's login: no superuser, owns this database (as the service connects). */
  url: string;
  /** The request login (see createRequestPool). */
  requestUrl: string;
  drop(): Promise<void>;
}

export function adminUrl(): string {
  const url = process.env.DAMRONG_TEST_ADMIN_URL;
  if (!url) throw new Error('DAMRONG_TEST_ADMIN_URL is not set: run the tests through npm test');
  return url;
}

/**
 * The tests' logins, made once per worker by the superuser as the embedded server's bootstrap makes the
 * service's: passwords derived from the admin URL, so that test runs sharing a server agree on them.
 */
function testLogins(): ServiceLogins {
  const password = (name: string) => createHash('sha256').update(`${adminUrl()}\n${name}`).digest('base64url');
  return {
    owner: { name: 'damrong_test_owner', password: password('owner') },
    requestLogin: { name: 'damrong_test_request_login', password: password('request') },
  };
}
let provisioned: Promise<void> | undefined;
const provisionTestLogins = () => (provisioned ??= asAdmin((admin) => provisionServiceRoles(admin, testLogins())));

async function asAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** A fresh, migrated database of its own for one test file, owned by the tests' owner login, dropped at the end. */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  await provisionTestLogins();
  const logins = testLogins();
  const name = `damrong_test_${randomBytes(6).toString('hex')}`;
  await asAdmin((admin) => admin.query(`CREATE DATABASE ${name} OWNER ${logins.owner.name}`));
  const base = new URL(adminUrl());
  base.pathname = `/${name}`;
  const url = urlAs(base.toString(), logins.owner);
  const pool = createPool(url, 40);
  if (options.migrated !== false) await migrate(pool);
  return {
    pool,
    url,
    requestUrl: urlAs(base.toString(), logins.requestLogin),
    async drop() {
      await pool.end();
      await asAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
