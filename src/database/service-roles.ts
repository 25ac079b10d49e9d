import pg from 'pg';
import { REQUEST_ROLE } from './request-scope.js';

export interface Login {
  name: string;
  password: string;
}

/** The two logins of one installation: the owner of its database, and the login of its request connections. */
export interface ServiceLogins {
  owner: Login;
  requestLogin: Login;
}

const PLAIN = 'NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS';

/**
 * Run once by a superuser before the service connects (the embedded server's bootstrap, the tests' set-up):
 * REQUEST_ROLE (as migration 180 makes it), the owner (a plain login: no superuser, no CREATEROLE, no
 * CREATEDB) and the request login (NOINHERIT: it may become REQUEST_ROLE and has nothing of its own). Both
 * logins are granted REQUEST_ROLE here, so migration 180 finds it done and the owner needs no right over roles.
 * Attributes and passwords are set again on every run. Serialised by an advisory lock: roles are cluster-wide.
 */
export async function provisionServiceRoles(admin: pg.ClientBase, logins: ServiceLogins): Promise<void> {
  await admin.query('BEGIN');
  try {
    await admin.query(`SELECT pg_advisory_xact_lock(hashtext('damrong:roles'))`);
    await ensureRole(admin, REQUEST_ROLE, `NOLOGIN ${PLAIN}`);
    await ensureRole(admin, logins.owner.name, `LOGIN INHERIT ${PLAIN} PASSWORD ${pg.escapeLiteral(logins.owner.password)}`);
    await ensureRole(admin, logins.requestLogin.name, `LOGIN NOINHERIT ${PLAIN} PASSWORD ${pg.escapeLiteral(logins.requestLogin.password)}`);
    for (const login of [logins.owner, logins.requestLogin]) {
      await admin.query(`GRANT ${REQUEST_ROLE} TO ${pg.escapeIdentifier(login.name)}`);
    }
    await admin.query('COMMIT');
  } catch (error) {
    await admin.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function ensureRole(admin: pg.ClientBase, name: string, attributes: string): Promise<void> {
  const { rowCount } = await admin.query('SELECT FROM pg_roles WHERE rolname = $1', [name]);
  await admin.query(`${rowCount ? 'ALTER' : 'CREATE'} ROLE ${pg.escapeIdentifier(name)} ${attributes}`);
}

/** A URL like `base`, logging in as `login`. */
export function urlAs(base: string, login: Login): string {
  const url = new URL(base);
  url.username = encodeURIComponent(login.name);
  url.password = encodeURIComponent(login.password);
  return url.toString();
}

/**
 * Why the request connections' login may not serve them: it is privileged, owns the database, or can reach
 * a role other than REQUEST_ROLE (then `RESET ROLE` in a request would give more). Undefined when it is fit.
 */
export async function requestLoginUnfit(requestPool: pg.Pool): Promise<string | undefined> {
  const { rows: [login] } = await requestPool.query<{ name: string; role: string; privileged: boolean; owner: boolean; reaches: string[] }>(`
    SELECT session_user AS name, current_user AS role,
      r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls AS privileged,
      r.oid = (SELECT datdba FROM pg_database WHERE datname = current_database()) AS owner,
      ARRAY(SELECT o.rolname FROM pg_roles o WHERE o.oid <> r.oid AND o.rolname <> '${REQUEST_ROLE}'
        AND pg_has_role(r.oid, o.oid, 'MEMBER') ORDER BY 1)::text[] AS reaches
    FROM pg_roles r WHERE r.rolname = session_user`);
  if (login.role !== REQUEST_ROLE) return `${login.name} does not become ${REQUEST_ROLE}`;
  if (login.privileged) return `${login.name} is a superuser or may create roles, databases or replicate, or bypasses row-level security`;
  if (login.owner) return `${login.name} owns the database`;
  if (login.reaches.length > 0) return `${login.name} can become ${login.reaches.join(', ')} besides ${REQUEST_ROLE}`;
  return undefined;
}
