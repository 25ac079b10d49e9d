import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { adminCreate, printedPassword, startIdentityApp, type IdentityApp } from './identity-app.js';
import { centralAdministrator, CREATE, errorCode, ME, registered, signIn, takeOver, type Staff } from './staff-api.js';
import { districtForm, nextCitizenId } from './staff-fixtures.js';

let t: IdentityApp;
let centre: Staff;
let chiangMai: Staff;
beforeAll(async () => {
  t = await startIdentityApp();
  centre = await centralAdministrator(t);
  chiangMai = await registered(t, centre, { level: 'PROVINCE', officeCode: '50', administrator: true });
});
afterAll(() => t.close());

const HISTORY = `query ($id: ID!) { streamHistory(streamId: $id) { type actor actorOffice data } }`;

describe('admin create (one-time bootstrap)', () => {
  it('creates the first central administrator once, printing a one-time password that must be changed', async () => {
    const fresh = await startIdentityApp();
    try {
      const first = await adminCreate(fresh.db);
      expect(first.code).toBe(0);
      const password = printedPassword(first.stdout)!;
      expect(password).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/);
      const citizenId = /User name: (\d{13})/.exec(first.stdout)![1];
      const again = await adminCreate(fresh.db);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('ADMINISTRATOR_EXISTS');
      const session = await signIn(fresh, citizenId, password);
      expect(session.data.signIn).toMatchObject({ mustChangePassword: true, account: { level: 'CENTRAL', officeKey: 'CENTRAL' } });
      const { rows } = await fresh.db.pool.query('SELECT password_hash FROM staff_credentials');
      expect(rows).toEqual([{ password_hash: expect.stringMatching(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/) }]);
      const events = await fresh.db.pool.query("SELECT data::text, metadata->>'actor' AS actor FROM events WHERE stream_id LIKE 'account-%'");
      expect(events.rows).toEqual([{ data: expect.not.stringContaining(password), actor: 'system:bootstrap' }]);
      expect(events.rows[0].data).not.toContain('argon2');
    } finally {
      await fresh.close();
    }
  });
});

describe('first sign-in', () => {
  it('lets an account with its one-time password do nothing but change it, sign out and ask who it is', async () => {
    const created = await t.graphql(CREATE, { input: districtForm() }, { token: chiangMai.token });
    const { account, oneTimePassword } = created.data.createStaffAccount;
    const { token } = (await signIn(t, account.citizenId, oneTimePassword)).data.signIn;
    expect((await t.graphql(ME, {}, { token })).data.me).toMatchObject({ mustChangePassword: true, account: { id: account.id } });
    expect(errorCode(await t.graphql('{ staffAccounts(officeCode: "5001") { totalCount } }', {}, { token }))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(errorCode(await t.graphql('{ responsibleReporters(officeCode: "5001") { officeKey } }', {}, { token }))).toBe('PASSWORD_CHANGE_REQUIRED');
    const change = (current: string, next: string) =>
      t.graphql('mutation ($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) }', { c: current, n: next }, { token });
    expect(errorCode(await change(oneTimePassword, 'short'))).toBe('PASSWORD_TOO_SHORT');
    expect(errorCode(await change(oneTimePassword, oneTimePassword))).toBe('PASSWORD_UNCHANGED');
    expect(errorCode(await change('wrong-password-here', 'a perfectly fine password'))).toBe('PASSWORD_CURRENT_WRONG');
    expect((await change(oneTimePassword, 'a perfectly fine password')).data).toEqual({ changePassword: true });
    expect((await t.graphql('{ staffAccounts(officeCode: "5001") { edges { node { id } } } }', {}, { token })).data.staffAccounts.edges)
      .toContainEqual({ node: { id: account.id } });
    expect(errorCode(await signIn(t, account.citizenId, oneTimePassword))).toBe('SIGN_IN_FAILED');
    expect(errorCode(await t.graphql('mutation { signOut }', {}, { token }))).toBeUndefined();
    expect(errorCode(await t.graphql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
  });
});

describe('registration from the level above', () => {
  it('lets the province register its own districts only, and the centre provinces and auditors', async () => {
    const district = await registered(t, chiangMai, { officeCode: '5001' });
    const attempt = (by: Staff, input: Record<string, unknown>) => t.graphql(CREATE, { input: { ...districtForm(), ...input } }, { token: by.token });
    const count = async () => (await t.db.pool.query('SELECT count(*)::int AS n FROM staff_accounts')).rows[0].n;
    const before = await count();
    expect(errorCode(await attempt(chiangMai, { officeCode: '1001' }))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(chiangMai, { level: 'PROVINCE', officeCode: '50' }))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(centre, { officeCode: '5001' }))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(district, { officeCode: '5001' }))).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(CREATE, { input: districtForm() }))).toBe('UNAUTHENTICATED');
    expect(await count()).toBe(before);
    expect((await attempt(centre, { level: 'AUDITOR', officeCode: null })).data.createStaffAccount.account)
      .toMatchObject({ level: 'AUDITOR', officeKey: 'CENTRAL' });
    expect(await count()).toBe(before + 1);
  });

  it('refuses a second account for the same citizen id, and stores nothing new for a retried request', async () => {
    const input = districtForm();
    const first = await t.graphql(CREATE, { input: { ...input, commandId: 'form-2567-0042' } }, { token: chiangMai.token });
    const retried = await t.graphql(CREATE, { input: { ...input, commandId: 'form-2567-0042' } }, { token: chiangMai.token });
    expect(retried.data.createStaffAccount).toEqual({ ...first.data.createStaffAccount, oneTimePassword: null });
    const other = await t.graphql(CREATE, { input: { ...input, firstName: 'คนอื่น' } }, { token: chiangMai.token });
    expect(other.errors![0].extensions).toMatchObject({ code: 'ACCOUNT_CITIZEN_ID_TAKEN', field: 'citizenId' });
    const { rows } = await t.db.pool.query('SELECT count(*)::int AS n FROM staff_accounts WHERE citizen_id = $1', [input.citizenId]);
    expect(rows[0].n).toBe(1);
  });

  it('records the acting account and its office on every event, and never a password', async () => {
    const district = await registered(t, chiangMai, { officeCode: '5002' });
    const { data } = await t.graphql(HISTORY, { id: `account-${district.id}` }, centre);
    expect(data.streamHistory.map((e: any) => [e.type, e.actor, e.actorOffice])).toEqual([
      ['AccountCreated', `account:${chiangMai.id}`, 'PROVINCE:50'],
      ['PasswordChanged', `account:${district.id}`, 'DISTRICT:5002'],
    ]);
    expect(JSON.stringify(data)).not.toMatch(/argon2|ลมหนาว/);
  });
});

describe('reading accounts', () => {
  it('shows accounts within the reader’s area and nothing outside it', async () => {
    const district = await registered(t, chiangMai, { officeCode: '5002' });
    const bangkok = await registered(t, centre, { level: 'PROVINCE', officeCode: '10', administrator: true });
    const query = '{ staffAccounts(officeCode: "๕๐๐๒") { totalCount edges { node { id officeNameTh positionTh mayWorkCases } } } }';
    expect((await t.graphql(query, {}, { token: chiangMai.token })).data.staffAccounts.edges)
      .toContainEqual({ node: { id: district.id, officeNameTh: 'อำเภอจอมทอง', positionTh: 'เจ้าพนักงานปกครอง', mayWorkCases: true } });
    expect((await t.graphql(query, {}, { token: bangkok.token })).data.staffAccounts).toEqual({ totalCount: 0, edges: [] });
    const one = `query ($id: ID!) { staffAccount(id: $id) { id } }`;
    expect(errorCode(await t.graphql(one, { id: district.id }, { token: bangkok.token }))).toBe('ACCOUNT_NOT_FOUND');
    expect(errorCode(await t.graphql(one, { id: 'no-such-account' }, { token: bangkok.token }))).toBe('ACCOUNT_NOT_FOUND');
    expect((await t.graphql(one, { id: district.id }, { token: centre.token })).data.staffAccount).toEqual({ id: district.id });
  });

  it('pages an office\'s accounts by name, a page at a time, counting them all', async () => {
    for (const firstName of ['กมล', 'ขวัญ', 'คณิน']) await registered(t, chiangMai, { officeCode: '5003', firstName });
    const PAGE = `query ($after: String) { staffAccounts(officeCode: "5003", first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { firstName } } } }`;
    const first = (await t.graphql(PAGE, {}, { token: chiangMai.token })).data.staffAccounts;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = (await t.graphql(PAGE, { after: first.pageInfo.endCursor }, { token: chiangMai.token })).data.staffAccounts;
    expect(second).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    expect([...first.edges, ...second.edges].map((e: { node: { firstName: string } }) => e.node.firstName)).toEqual(['กมล', 'ขวัญ', 'คณิน']);
  });

  it('lets a new account take over with the password its administrator was shown', async () => {
    const input = districtForm({ citizenId: nextCitizenId(), officeCode: '5001', position: 'CHIEF' });
    const created = (await t.graphql(CREATE, { input }, { token: chiangMai.token })).data.createStaffAccount;
    const chief = await takeOver(t, created.account.id, created.account.citizenId, created.oneTimePassword);
    const me = (await t.graphql('{ me { account { positionTh mayWorkCases mayCertify } } }', {}, { token: chief.token })).data.me;
    expect(me.account).toEqual({ positionTh: 'นายอำเภอ', mayWorkCases: false, mayCertify: true });
  });
});

describe('what the signed-in account may do with accounts', () => {
  const MAY_MANAGE = 'query ($office: String!) { staffAccounts(officeCode: $office) { edges { node { id mayManage } } } }';
  const OFFICE = 'query ($office: String!) { staffOffice(officeCode: $office) { officeCode officeKey nameTh registrableLevels assignableLevels } }';
  const mayManage = async (reader: Staff, office: string, id: string) =>
    (await t.graphql(MAY_MANAGE, { office }, { token: reader.token })).data.staffAccounts.edges.find((e: any) => e.node.id === id)?.node.mayManage;

  it('says per account whether the reader may suspend, move or reset it, as the commands judge it', async () => {
    const district = await registered(t, chiangMai, { officeCode: '5004' });
    const colleague = await registered(t, chiangMai, { officeCode: '5004' });
    const plainProvince = await registered(t, centre, { level: 'PROVINCE', officeCode: '50', administrator: false });
    expect(await mayManage(chiangMai, '5004', district.id)).toBe(true);
    expect(await mayManage(centre, '5004', district.id)).toBe(true);
    expect(await mayManage(colleague, '5004', district.id)).toBe(false);
    expect(await mayManage(district, '5004', district.id)).toBe(false);
    expect(await mayManage(plainProvince, '5004', district.id)).toBe(false);
    expect(await mayManage(chiangMai, '50', chiangMai.id)).toBe(false);
    expect(await mayManage(centre, '50', chiangMai.id)).toBe(true);
    expect((await t.graphql('{ me { account { mayManage } } }', {}, { token: centre.token })).data.me.account.mayManage).toBe(false);
    const suspend = 'mutation ($id: ID!) { suspendStaffAccount(input: { accountId: $id, reason: "ทดสอบ" }) { id } }';
    expect(errorCode(await t.graphql(suspend, { id: district.id }, { token: colleague.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(suspend, { id: chiangMai.id }, { token: chiangMai.token }))).toBe('OWN_ACCOUNT');
  });

  it('names an office and the levels of account the reader may register or move there', async () => {
    const office = async (reader: Staff, code: string) => (await t.graphql(OFFICE, { office: code }, { token: reader.token })).data.staffOffice;
    expect(await office(chiangMai, '๕๐๐๑')).toEqual({
      officeCode: '5001', officeKey: 'DISTRICT:5001', nameTh: 'อำเภอเมืองเชียงใหม่', registrableLevels: ['DISTRICT'], assignableLevels: ['DISTRICT'],
    });
    expect(await office(centre, '5001')).toMatchObject({ registrableLevels: [], assignableLevels: ['DISTRICT'] });
    expect(await office(chiangMai, '50')).toMatchObject({ nameTh: 'จังหวัดเชียงใหม่', registrableLevels: [], assignableLevels: [] });
    expect(await office(centre, 'CENTRAL')).toMatchObject({
      officeKey: 'CENTRAL', registrableLevels: ['CENTRAL', 'AUDITOR'], assignableLevels: ['CENTRAL', 'AUDITOR'],
    });
    expect(await office(chiangMai, '1001')).toMatchObject({ registrableLevels: [], assignableLevels: [] });
    const refused = await t.graphql(OFFICE, { office: '123' }, { token: centre.token });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'OFFICE_CODE_MALFORMED', field: 'officeCode' });
  });
});
