import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CommandBus } from '@nestjs/cqrs';
import { CaseCommand } from '../../src/eventstore/case-command.js';
import { accountDecider } from '../../src/identity/account.decider.js';
import { accountStreamId } from '../../src/identity/account.events.js';
import { nextAddress, startIdentityApp, type IdentityApp } from './identity-app.js';
import {
  centralAdministrator, CHANGE_PASSWORD, errorCode, ME, OWN_PASSWORD, registered, signedInAgain, signIn, type Staff,
} from './staff-api.js';
import { nextCitizenId, profiles } from './staff-fixtures.js';

let t: IdentityApp;
let centre: Staff;
let chiangMai: Staff;
beforeAll(async () => {
  t = await startIdentityApp();
  centre = await centralAdministrator(t);
  chiangMai = await registered(t, centre, { level: 'PROVINCE', officeCode: '50', administrator: true });
});
afterAll(() => t.close());
beforeEach(async () => {
  chiangMai = await signedInAgain(t, chiangMai);
});

const districtOfficer = () => registered(t, chiangMai, { officeCode: '5001' });
const failures = async (id: string) =>
  (await t.db.pool.query('SELECT failed_attempts, not_before, locked_until FROM staff_credentials WHERE account_id = $1', [id])).rows[0];

describe('wrong passwords', () => {
  it('slow the account down, doubling the wait, then lock it for 15 minutes; a right password then clears it', async () => {
    const officer = await districtOfficer();
    const attempt = (password: string) => signIn(t, officer.citizenId, password).then(errorCode);
    for (let i = 0; i < 3; i++) expect(await attempt('not the password')).toBe('SIGN_IN_FAILED');
    for (const wait of [1, 2, 4, 8, 16, 32, 64]) {
      expect(await attempt(officer.password)).toBe('SIGN_IN_DELAYED');
      const { not_before } = await failures(officer.id);
      expect(not_before.getTime() - t.clock.now().getTime()).toBe(wait * 1000);
      t.clock.advance(wait * 1000);
      expect(await attempt('not the password')).toBe('SIGN_IN_FAILED');
    }
    const locked = await failures(officer.id);
    expect(locked.failed_attempts).toBe(10);
    expect(locked.locked_until.getTime() - t.clock.now().getTime()).toBe(15 * 60_000);
    expect(await attempt(officer.password)).toBe('ACCOUNT_LOCKED');
    t.clock.advance(15 * 60_000);
    expect((await signIn(t, officer.citizenId, officer.password)).data.signIn.mustChangePassword).toBe(false);
    expect(await failures(officer.id)).toEqual({ failed_attempts: 0, not_before: null, locked_until: null });
  });

  it('get the same answer as a citizen id without an account', async () => {
    const unknown = await signIn(t, nextCitizenId(), 'whatever it is');
    const wrong = await signIn(t, chiangMai.citizenId, 'not the password');
    expect(unknown.errors![0].extensions).toEqual(wrong.errors![0].extensions);
    expect(errorCode(await signIn(t, '1234567890123', 'x'))).toBe('CITIZEN_ID_CHECK_DIGIT');
  });
});

describe('sign-in rate limits (shared by replicas in PostgreSQL)', () => {
  it('allow 20 attempts an hour per citizen id, from any address', async () => {
    const officer = await districtOfficer();
    for (let i = 0; i < 20; i++) expect(errorCode(await signIn(t, officer.citizenId, 'wrong'))).not.toBe('RATE_LIMITED');
    t.clock.advance(60 * 60_000);
    expect(errorCode(await signIn(t, officer.citizenId, officer.password, { address: nextAddress() }))).toBe('RATE_LIMITED');
    const { rows } = await t.db.pool.query('SELECT key FROM sign_in_limits');
    expect(rows.map((r) => r.key).join()).not.toContain(officer.citizenId);
  });

  it('allow 60 attempts per client address in 15 minutes, other addresses unaffected', async () => {
    const address = nextAddress();
    for (let i = 0; i < 60; i++) expect(errorCode(await signIn(t, nextCitizenId(), 'wrong', { address }))).toBe('SIGN_IN_FAILED');
    expect(errorCode(await signIn(t, chiangMai.citizenId, chiangMai.password, { address }))).toBe('RATE_LIMITED');
    expect((await signIn(t, chiangMai.citizenId, chiangMai.password)).data.signIn.account.id).toBe(chiangMai.id);
  });
});

describe('sessions', () => {
  const SUSPEND = 'mutation ($id: ID!) { suspendStaffAccount(id: $id, reason: "ย้ายไปรับราชการที่อื่น") { status } }';
  const MOVE = 'mutation ($id: ID!) { changeStaffAccountOffice(id: $id, level: DISTRICT, officeCode: "5002") { officeKey } }';

  it('end at the next request once the account is suspended, and it cannot sign in until reinstated', async () => {
    const officer = await districtOfficer();
    expect((await t.graphql(ME, {}, officer)).data.me.account.status).toBe('ACTIVE');
    expect((await t.graphql(SUSPEND, { id: officer.id }, chiangMai)).data.suspendStaffAccount.status).toBe('SUSPENDED');
    expect(errorCode(await t.graphql(ME, {}, officer))).toBe('ACCOUNT_SUSPENDED');
    expect(errorCode(await signIn(t, officer.citizenId, officer.password))).toBe('ACCOUNT_SUSPENDED');
    await t.graphql('mutation ($id: ID!) { reinstateStaffAccount(id: $id) { status } }', { id: officer.id }, chiangMai);
    expect(errorCode(await t.graphql(ME, {}, officer))).toBe('ACCOUNT_SUSPENDED');
    expect((await signIn(t, officer.citizenId, officer.password)).data.signIn.account.id).toBe(officer.id);
  });

  it('end at the next request once the account moves office; signed in again it works for the new office', async () => {
    const officer = await districtOfficer();
    expect((await t.graphql(MOVE, { id: officer.id }, chiangMai)).data.changeStaffAccountOffice.officeKey).toBe('DISTRICT:5002');
    expect(errorCode(await t.graphql(ME, {}, officer))).toBe('SESSION_REVOKED');
    const again = (await signIn(t, officer.citizenId, officer.password)).data.signIn;
    expect((await t.graphql(ME, {}, { token: again.token })).data.me.account.officeKey).toBe('DISTRICT:5002');
  });

  it('judge every request by the account stream itself, not by anything cached at sign-in', async () => {
    const officer = await districtOfficer();
    const by = { kind: 'STAFF' as const, profile: { ...profiles.chiangMaiAdmin, accountId: chiangMai.id } };
    await t.app.get(CommandBus).execute(new CaseCommand(accountStreamId(officer.id), accountDecider,
      { type: 'SuspendAccount', reason: 'recorded behind the sessions table', by, at: t.clock.now().toISOString() },
      { commandId: randomUUID(), actor: `account:${chiangMai.id}` }));
    expect(errorCode(await t.graphql(ME, {}, officer))).toBe('ACCOUNT_SUSPENDED');
  });

  it('end by signing out, by idling, by expiring, and by a password change elsewhere', async () => {
    const officer = await districtOfficer();
    const second = (await signIn(t, officer.citizenId, officer.password)).data.signIn.token;
    expect((await t.graphql(CHANGE_PASSWORD, { current: OWN_PASSWORD, next: 'อีกรหัสหนึ่งที่ยาวพอ' }, officer)).data.changePassword).toBe(true);
    expect(errorCode(await t.graphql(ME, {}, { token: second }))).toBe('UNAUTHENTICATED');
    expect((await t.graphql(ME, {}, officer)).data.me.account.id).toBe(officer.id);
    expect((await t.graphql('mutation { signOut }', {}, officer)).data.signOut).toBe(true);
    expect(errorCode(await t.graphql(ME, {}, officer))).toBe('UNAUTHENTICATED');

    const idle = (await signIn(t, officer.citizenId, 'อีกรหัสหนึ่งที่ยาวพอ')).data.signIn.token;
    t.clock.advance(59 * 60_000);
    expect(errorCode(await t.graphql(ME, {}, { token: idle }))).toBeUndefined();
    t.clock.advance(60 * 60_000);
    expect(errorCode(await t.graphql(ME, {}, { token: idle }))).toBe('UNAUTHENTICATED');

    const busy = (await signIn(t, officer.citizenId, 'อีกรหัสหนึ่งที่ยาวพอ')).data.signIn;
    for (let hour = 0; hour < 11; hour++) {
      expect(errorCode(await t.graphql(ME, {}, { token: busy.token }))).toBeUndefined();
      t.clock.advance(59 * 60_000);
    }
    expect(t.clock.now().getTime()).toBeGreaterThan(new Date(busy.expiresAt).getTime());
    expect(errorCode(await t.graphql(ME, {}, { token: busy.token }))).toBe('UNAUTHENTICATED');
  });

  it('refuse a request without a token or with one that was never issued', async () => {
    expect(errorCode(await t.graphql(ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.graphql(ME, {}, { token: 'A'.repeat(43) }))).toBe('UNAUTHENTICATED');
    const { rows } = await t.db.pool.query('SELECT octet_length(token_digest) AS n FROM staff_sessions LIMIT 1');
    expect(rows[0].n).toBe(32);
  });
});
