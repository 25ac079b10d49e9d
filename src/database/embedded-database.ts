import pg from 'pg';
import { generatedPassword } from './embedded-secrets.js';
import { provisionServiceRoles, urlAs, type ServiceLogins } from './service-roles.js';

/** The embedded server's database for the service, owned by the login of the same name. */
export const SERVICE_DATABASE = 'damrong';

export interface ServiceUrls {
  /** The owner's login to the service's database. */
  url: string;
  /** The request connections' login (see service-roles.ts). */
  requestUrl: string;
}

/** The logins of the embedded server, their generated passwords kept beside the cluster (0600). */
export async function embeddedLogins(dataDir: string): Promise<ServiceLogins> {
  return {
    owner: { name: 'damrong', password: await generatedPassword(dataDir, 'damrong-password') },
    requestLogin: { name: 'damrong_request_login', password: await generatedPassword(dataDir, 'damrong-request-login-password') },
  };
}

export function serviceUrls(adminUrl: string, logins: ServiceLogins): ServiceUrls {
  const base = new URL(adminUrl);
  base.pathname = `/${SERVICE_DATABASE}`;
  return { url: urlAs(base.toString(), logins.owner), requestUrl: urlAs(base.toString(), logins.requestLogin) };
}

/**
 * The superuser's only work: the roles (service-roles.ts) and the service's database owned by the owner. A
 * cluster of an earlier version kept the service's tables in the database `postgres`, owned by the
 * superuser: that database becomes the service's (renamed, its tables and functions handed to the owner)
 * and a new empty `postgres` takes its place.
 */
export async function provisionEmbeddedDatabase(adminUrl: string, logins: ServiceLogins): Promise<ServiceUrls> {
  const owner = pg.escapeIdentifier(logins.owner.name);
  const earlier = await asAdmin(adminUrl, 'postgres', async (admin) => {
    await provisionServiceRoles(admin, logins);
    const { rowCount } = await admin.query('SELECT FROM pg_database WHERE datname = $1', [SERVICE_DATABASE]);
    if (rowCount) return false;
    const { rows } = await admin.query<{ found: boolean }>(`SELECT to_regclass('public.schema_migrations') IS NOT NULL AS found`);
    if (!rows[0].found) await admin.query(`CREATE DATABASE ${SERVICE_DATABASE} OWNER ${owner}`);
    return rows[0].found;
  });
  if (earlier) {
    await asAdmin(adminUrl, 'template1', async (admin) => {
      // One statement each: CREATE DATABASE runs in no transaction, not even a multi-statement query's.
      await admin.query(`ALTER DATABASE postgres RENAME TO ${SERVICE_DATABASE}`);
      await admin.query('CREATE DATABASE postgres');
      await admin.query(`ALTER DATABASE ${SERVICE_DATABASE} OWNER TO ${owner}`);
    });
    await asAdmin(adminUrl, SERVICE_DATABASE, (admin) => admin.query(handOver(owner)));
  }
  return serviceUrls(adminUrl, logins);
}

/** Tables, views, sequences of their own and functions of schema public (not an extension's) to the owner. */
const handOver = (owner: string) => `DO $$
DECLARE item record;
BEGIN
  FOR item IN SELECT c.oid::regclass AS name, CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
      WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind
    FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO ${owner}', item.kind, item.name);
  END LOOP;
  FOR item IN SELECT p.oid::regprocedure AS name FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER ROUTINE %s OWNER TO ${owner}', item.name);
  END LOOP;
END $$`;

async function asAdmin<T>(adminUrl: string, database: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
