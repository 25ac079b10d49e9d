import { expect } from '@jest/globals';
import { EVENT_STORE, type EventStore } from '../../src/eventstore/event-store.port.js';
import { bootstrapAdministrator } from '../../src/identity/accounts/bootstrap-admin.js';
import type { IdentityApp, Caller } from './identity-app.js';
import { districtForm, nextCitizenId } from './staff-fixtures.js';

export const SIGN_IN = `mutation ($citizenId: String!, $password: String!) {
  signIn(input: { citizenId: $citizenId, password: $password }) { token expiresAt mustChangePassword account { id officeKey level } } }`;
export const ME = '{ me { mustChangePassword account { id officeKey level status } } }';
export const CHANGE_PASSWORD = `mutation ($current: String!, $next: String!) {
  changePassword(input: { currentPassword: $current, newPassword: $next }) }`;
export const CREATE = `mutation ($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) { oneTimePassword account { id citizenId officeKey level position administrator status } } }`;

/** A password of the holder's own, as the rules want it. */
export const OWN_PASSWORD = 'ลมหนาวมาแล้วที่เชียงใหม่';

export interface Staff { id: string; citizenId: string; token: string; password: string }

export const errorCode = (answer: { errors?: any[] }) => answer.errors?.[0]?.extensions?.code;

export async function signIn(t: IdentityApp, citizenId: string, password: string, caller: Caller = {}) {
  return t.graphql(SIGN_IN, { citizenId, password }, caller);
}

/** Signs in with the one-time password and replaces it: the account is then ready to work. */
export async function takeOver(t: IdentityApp, id: string, citizenId: string, oneTimePassword: string): Promise<Staff> {
  const first = await signIn(t, citizenId, oneTimePassword);
  expect(first.data?.signIn).toMatchObject({ mustChangePassword: true, account: { id } });
  const token = first.data.signIn.token as string;
  const changed = await t.graphql(CHANGE_PASSWORD, { current: oneTimePassword, next: OWN_PASSWORD }, { token });
  expect(changed.data).toEqual({ changePassword: true });
  return { id, citizenId, token, password: OWN_PASSWORD };
}

/** The same account with a new session (tests that move the clock outlive the sessions they began with). */
export async function signedInAgain(t: IdentityApp, staff: Staff): Promise<Staff> {
  const answer = await signIn(t, staff.citizenId, staff.password);
  expect(answer.errors).toBeUndefined();
  return { ...staff, token: answer.data.signIn.token };
}

/** The first central administrator, made by the bootstrap, signed in and past its first password. */
export async function centralAdministrator(t: IdentityApp): Promise<Staff> {
  const store = t.app.get<EventStore>(EVENT_STORE);
  const form = { citizenId: nextCitizenId(), title: 'นาย', firstName: 'ดำรง', lastName: 'ธรรมา', position: 'LEGAL_OFFICER' as const, officePhone: '023569660' };
  const { account, oneTimePassword } = await bootstrapAdministrator(t.db.pool, store, form, t.clock);
  return takeOver(t, account.accountId, account.citizenId, oneTimePassword!);
}

/** An account registered by `by`, signed in and past its first password. */
export async function registered(t: IdentityApp, by: Staff, input: Record<string, unknown>): Promise<Staff> {
  const answer = await t.graphql(CREATE, { input: { ...districtForm(), ...input } }, { token: by.token });
  expect(answer.errors).toBeUndefined();
  const { account, oneTimePassword } = answer.data.createStaffAccount;
  return takeOver(t, account.id, account.citizenId, oneTimePassword);
}
