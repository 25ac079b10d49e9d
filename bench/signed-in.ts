import type pg from 'pg';
import type { EventStore } from '../src/eventstore/event-store.port.js';
import { bootstrapAdministrator } from '../src/identity/accounts/bootstrap-admin.js';

const PASSWORD = 'รหัสผ่านของการวัดประสิทธิภาพ';

/** POSTs an operation to the service at `url`, with a session token when given; throws on a GraphQL error. */
export async function ask(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors[0])}`);
  return body.data;
}

/**
 * A central administrator made by the bootstrap on the bench database, signed in at the service at `url` past
 * its one-time password: the Bearer token every measured request carries, as the admin UI's would.
 */
export async function centralToken(pool: pg.Pool, store: EventStore, url: string): Promise<string> {
  const { account, oneTimePassword } = await bootstrapAdministrator(pool, store, {
    citizenId: '1101700207030', title: 'นาย', firstName: 'วัด', lastName: 'ประสิทธิภาพ', position: 'LEGAL_OFFICER', officePhone: '021234567',
  });
  const { signIn } = await ask(url, 'mutation ($c: String!, $p: String!) { signIn(input: { citizenId: $c, password: $p }) { token } }',
    { c: account.citizenId, p: oneTimePassword });
  await ask(url, 'mutation ($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) }',
    { c: oneTimePassword, n: PASSWORD }, signIn.token);
  return signIn.token;
}
