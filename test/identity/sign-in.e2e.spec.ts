import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CommandBus } from '@nestjs/cqrs';
import { CaseCommand } from '../../src/eventstore/case-command.js';
import { accountDecider } from '../../src/identity/accounts/account.decider.js';
import { accountStreamId } from '../../src/identity/accounts/account.events.js';
import { identityErrors } from '../../src/identity/identity-errors.js';
import { addressBlock } from '../../src/identity/sign-in/client-address.js';
import { Keyring } from '../../src/personal-data/keys/keyring.js';
import type { DomainError } from '../../src/shared/domain-error.js';
import { databaseText } from '../support/database-text.js';
import { nextAddress, startIdentityApp, type GraphQLAnswer, type IdentityApp } from './identity-app.js';
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
/** What GraphQL answers for a rejection: its code, both messages and the field. */
const answered = (error: DomainError) => ({ code: error.code, messageTh: error.messageTh, messageEn: error.messageEn, field: null });
const extensionsOf = (answer: GraphQLAnswer) => answer.errors?.[0]?.extensions;

describe('wrong passwords', () => {
  it('from one address slow it down, doubling the wait, then lock it there for 15 minutes; a right password then clears it', async () => {
    const officer = await districtOfficer();
    const address = nextAddress();
    const attempt = (password: string) => signIn(t, officer.citizenId, password, { address });
    for (let i = 0; i < 3; i++) expect(errorCode(await attempt('not the password'))).toBe('SIGN_IN_FAILED');
    for (const wait of [1, 2, 4, 8, 16, 32, 64]) {
      expect(extensionsOf(await attempt(officer.password))).toEqual(answered(identityErrors.signInDelayed(wait)));
      t.clock.advance(wait * 1000);
      expect(errorCode(await attempt('not the password'))).toBe('SIGN_IN_FAILED');
    }
    expect(extensionsOf(await attempt(officer.password))).toEqual(answered(identityErrors.locked(15)));
    t.clock.advance(15 * 60_000);
    expect((await attempt(officer.password)).data.signIn.account.id).toBe(officer.id);
    for (let i = 0; i < 3; i++) expect(errorCode(await attempt('not the password'))).toBe('SIGN_IN_FAILED');
    expect(errorCode(await attempt(officer.password))).toBe('SIGN_IN_DELAYED');
  });

  it('from one address never lock the owner out at another', async () => {
    const officer = await districtOfficer();
    const attacker = nextAddress();
    for (let i = 0; i < 25; i++) {
      expect(errorCode(await signIn(t, officer.citizenId, `guess ${i}`, { address: attacker }))).toBe('SIGN_IN_FAILED');
      t.clock.advance(15 * 60_000);
    }
    expect(errorCode(await signIn(t, officer.citizenId, 'guess 25', { address: attacker }))).toBe('SIGN_IN_FAILED');
    expect(errorCode(await signIn(t, officer.citizenId, officer.password, { address: attacker }))).toBe('ACCOUNT_LOCKED');
    expect((await signIn(t, officer.citizenId, officer.password, { address: nextAddress() })).data.signIn.account.id).toBe(officer.id);
  });

  it('are counted per address: a right password ends the run at its own address, not at another', async () => {
    const officer = await districtOfficer();
    const [attacker, office] = [nextAddress(), nextAddress()];
    const from = (address: string, password: string) => signIn(t, officer.citizenId, password, { address });
    for (let i = 0; i < 3; i++) expect(errorCode(await from(attacker, 'guess'))).toBe('SIGN_IN_FAILED');
    expect(errorCode(await from(attacker, officer.password))).toBe('SIGN_IN_DELAYED');
    for (let i = 0; i < 2; i++) expect(errorCode(await from(office, 'typo'))).toBe('SIGN_IN_FAILED');
    expect((await from(office, officer.password)).data.signIn.account.id).toBe(officer.id);
    for (let i = 0; i < 3; i++) expect(errorCode(await from(office, 'typo'))).toBe('SIGN_IN_FAILED');
    expect(extensionsOf(await from(office, officer.password))).toEqual(answered(identityErrors.signInDelayed(1)));
    t.clock.advance(1_000);
    expect(errorCode(await from(attacker, 'guess'))).toBe('SIGN_IN_FAILED');
    expect(extensionsOf(await from(attacker, officer.password))).toEqual(answered(identityErrors.signInDelayed(2)));
  });

  it('sent all at once from one address are checked no more often than one after another', async () => {
    const officer = await districtOfficer();
    const address = nextAddress();
    const answers = await Promise.all(Array.from({ length: 12 }, () => signIn(t, officer.citizenId, 'guess', { address })));
    const count = (code: string) => answers.filter((answer) => errorCode(answer) === code).length;
    expect([count('SIGN_IN_FAILED'), count('SIGN_IN_DELAYED')]).toEqual([3, 9]);
  });

  it('get exactly the answers a citizen id without an account gets, waits and locks included', async () => {
    const officer = await districtOfficer();
    const stranger = nextCitizenId();
    const [a, b] = [nextAddress(), nextAddress()];
    const known: unknown[] = [];
    const unknown: unknown[] = [];
    for (let round = 0; round < 16; round++) {
      known.push((await signIn(t, officer.citizenId, 'not the password', { address: a })).errors);
      unknown.push((await signIn(t, stranger, 'not the password', { address: b })).errors);
      t.clock.advance(20_000);
    }
    expect(unknown).toEqual(known);
    const codes = known.map((errors) => (errors as any[])[0].extensions.code);
    expect(new Set(codes)).toEqual(new Set(['SIGN_IN_FAILED', 'SIGN_IN_DELAYED', 'ACCOUNT_LOCKED']));
    expect(errorCode(await signIn(t, '1234567890123', 'x'))).toBe('CITIZEN_ID_CHECK_DIGIT');
  });

  it('of the current password count like those of a sign-in from the same address', async () => {
    const officer = await districtOfficer();
    const address = nextAddress();
    const change = (current: string) => t.graphql(CHANGE_PASSWORD, { current, next: 'อีกรหัสหนึ่งที่ยาวพอ' }, { ...officer, address });
    for (let i = 0; i < 3; i++) expect(errorCode(await change('not the password'))).toBe('PASSWORD_CURRENT_WRONG');
    expect(errorCode(await change(officer.password))).toBe('SIGN_IN_DELAYED');
    expect(errorCode(await signIn(t, officer.citizenId, officer.password, { address }))).toBe('SIGN_IN_DELAYED');
    expect((await t.graphql(CHANGE_PASSWORD, { current: officer.password, next: 'อีกรหัสหนึ่งที่ยาวพอ' }, officer)).data.changePassword).toBe(true);
  });
});

describe('sign-in rate limits (shared by replicas in PostgreSQL)', () => {
  it('allow 100 wrong passwords an hour per citizen id over all addresses, except at an address it signed in from', async () => {
    const officer = await districtOfficer();
    const stranger = nextCitizenId();
    const office = nextAddress();
    expect((await signIn(t, officer.citizenId, officer.password, { address: office })).data.signIn.account.id).toBe(officer.id);
    for (let i = 0; i < 100; i++) {
      const address = nextAddress();
      expect(errorCode(await signIn(t, officer.citizenId, 'guess', { address }))).toBe('SIGN_IN_FAILED');
      expect(errorCode(await signIn(t, stranger, 'guess', { address }))).toBe('SIGN_IN_FAILED');
    }
    expect(errorCode(await signIn(t, officer.citizenId, officer.password, { address: nextAddress() }))).toBe('RATE_LIMITED');
    expect(errorCode(await signIn(t, stranger, 'guess', { address: nextAddress() }))).toBe('RATE_LIMITED');
    expect((await signIn(t, officer.citizenId, officer.password, { address: office })).data.signIn.account.id).toBe(officer.id);
    const { rows } = await t.db.pool.query('SELECT key FROM sign_in_limits');
    expect(rows.map((r) => r.key).join()).not.toContain(officer.citizenId);
  });

  it('allow 60 wrong passwords per client address in 15 minutes over all citizen ids, right ones given back', async () => {
    const address = nextAddress();
    for (let i = 0; i < 59; i++) expect(errorCode(await signIn(t, nextCitizenId(), 'wrong', { address }))).toBe('SIGN_IN_FAILED');
    for (let i = 0; i < 5; i++) expect(errorCode(await signIn(t, chiangMai.citizenId, chiangMai.password, { address }))).toBeUndefined();
    expect(errorCode(await signIn(t, nextCitizenId(), 'wrong', { address }))).toBe('SIGN_IN_FAILED');
    expect(errorCode(await signIn(t, chiangMai.citizenId, chiangMai.password, { address }))).toBe('RATE_LIMITED');
    expect((await signIn(t, chiangMai.citizenId, chiangMai.password)).data.signIn.account.id).toBe(chiangMai.id);
  });

  it('count an IPv6 client by its /64, which one subscriber can walk through', async () => {
    const officer = await districtOfficer();
    for (const host of ['a', 'b', 'c']) {
      expect(errorCode(await signIn(t, officer.citizenId, 'guess', { address: `2001:db8:5:1::${host}` }))).toBe('SIGN_IN_FAILED');
    }
    expect(errorCode(await signIn(t, officer.citizenId, officer.password, { address: '2001:0db8:0005:0001:ffff::1' }))).toBe('SIGN_IN_DELAYED');
    expect(errorCode(await signIn(t, officer.citizenId, officer.password, { address: '2001:db8:5:2::a' }))).toBeUndefined();
  });
});

describe('what the counters keep of a citizen id (PDPA, issue 17)', () => {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  /** Unkeyed hashes of a citizen id, which hashing every 13-digit id undoes: the id alone and as the counters once kept it. */
  const unkeyed = (citizenId: string, address: string) =>
    [sha256(citizenId), sha256(`damrong:sign-in:${citizenId}`), sha256(`damrong:sign-in-pair:${citizenId}\n${addressBlock(address)}`)];

  it('is neither the id nor an unkeyed hash of it, nor its blind index, anywhere in the database; the counters still count', async () => {
    const stranger = nextCitizenId();
    const officer = await districtOfficer();
    const address = nextAddress();
    for (let i = 0; i < 3; i++) {
      expect(errorCode(await signIn(t, stranger, 'guess', { address }))).toBe('SIGN_IN_FAILED');
      expect(errorCode(await signIn(t, officer.citizenId, 'guess', { address }))).toBe('SIGN_IN_FAILED');
    }
    expect(errorCode(await signIn(t, stranger, 'guess', { address }))).toBe('SIGN_IN_DELAYED');
    expect(errorCode(await signIn(t, officer.citizenId, officer.password, { address }))).toBe('SIGN_IN_DELAYED');

    const everything = await databaseText(t.db.pool);
    const index = t.app.get(Keyring).subjectIndex(stranger).toString('hex');
    for (const kept of [stranger, index, ...unkeyed(stranger, address)]) expect(everything).not.toContain(kept);
    // The officer's id is in the accounts' read model; the counters hold nothing of it either.
    const { rows } = await t.db.pool.query<{ text: string }>(
      `SELECT concat_ws(E'\n', (SELECT string_agg(l::text, E'\n') FROM sign_in_limits l), (SELECT string_agg(p::text, E'\n') FROM sign_in_pairs p)) AS text`);
    expect(rows[0].text).toMatch(/user-name:[0-9a-f]{64}/);
    for (const kept of [officer.citizenId, ...unkeyed(officer.citizenId, address)]) expect(rows[0].text).not.toContain(kept);
  });
});

describe('sessions', () => {
  const SUSPEND = 'mutation ($id: ID!) { suspendStaffAccount(input: { accountId: $id, reason: "ย้ายไปรับราชการที่อื่น" }) { status } }';
  const MOVE = 'mutation ($id: ID!) { changeStaffAccountOffice(input: { accountId: $id, level: DISTRICT, officeCode: "5002" }) { officeKey } }';

  it('end at the next request once the account is suspended, and it cannot sign in until reinstated', async () => {
    const officer = await districtOfficer();
    expect((await t.graphql(ME, {}, officer)).data.me.account.status).toBe('ACTIVE');
    expect((await t.graphql(SUSPEND, { id: officer.id }, chiangMai)).data.suspendStaffAccount.status).toBe('SUSPENDED');
    expect(errorCode(await t.graphql(ME, {}, officer))).toBe('ACCOUNT_SUSPENDED');
    expect(errorCode(await signIn(t, officer.citizenId, officer.password))).toBe('ACCOUNT_SUSPENDED');
    await t.graphql('mutation ($id: ID!) { reinstateStaffAccount(input: { accountId: $id }) { status } }', { id: officer.id }, chiangMai);
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
