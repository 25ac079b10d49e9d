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

export interface BenchAccount {
  accountId: string;
  token: string;
}

const CREATE = 'mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { oneTimePassword account { id } } }';

/** An account registered over GraphQL by `by` (an administrator of the level above), signed in past its one-time password. */
async function registered(url: string, by: string, input: Record<string, unknown>): Promise<BenchAccount> {
  const { createStaffAccount: made } = await ask(url, CREATE, {
    input: { title: 'นางสาว', firstName: 'วัด', lastName: 'หน้าจอ', position: 'ADMINISTRATIVE_OFFICER', officePhone: '021234567', ...input },
  }, by);
  const { signIn } = await ask(url, 'mutation ($c: String!, $p: String!) { signIn(input: { citizenId: $c, password: $p }) { token } }',
    { c: input.citizenId, p: made.oneTimePassword });
  await ask(url, 'mutation ($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) }',
    { c: made.oneTimePassword, n: PASSWORD }, signIn.token);
  return { accountId: made.account.id, token: signIn.token };
}

/** A district account of `districtCode`, registered by an administrator of its province whom the centre registers first. */
export async function districtAccount(url: string, centralToken: string, districtCode: string): Promise<BenchAccount> {
  const province = await registered(url, centralToken,
    { citizenId: '3100600123450', level: 'PROVINCE', officeCode: districtCode.slice(0, 2), administrator: true });
  return registered(url, province.token, { citizenId: '1100400728564', level: 'DISTRICT', officeCode: districtCode });
}
