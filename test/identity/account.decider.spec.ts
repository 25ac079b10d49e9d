import { describe, expect, it } from '@jest/globals';
import { evolveAccount, type AccountState } from '../../src/identity/accounts/account-state.js';
import type { AccountActor, AccountCommand } from '../../src/identity/accounts/account.commands.js';
import { accountDecider } from '../../src/identity/accounts/account.decider.js';
import type { AccountEvent } from '../../src/identity/accounts/account.events.js';
import type { StaffProfile } from '../../src/identity/scope/staff-authority.js';
import { given } from '../support/decider-spec.js';
import { AT, citizenId, districtForm, profiles } from './staff-fixtures.js';

const valid = citizenId('110170020345');
const wrongCheckDigit = `${valid.slice(0, 12)}${(Number(valid[12]) + 1) % 10}`;
/** Any event of this type: for rules whose event data another test spells out. */
const anEvent = (type: AccountEvent['type']) => expect.objectContaining({ type }) as unknown as AccountEvent;
const staff = (profile: StaffProfile): AccountActor => ({ kind: 'STAFF', profile });
const create = (by: AccountActor, form = districtForm()): AccountCommand => ({ type: 'CreateAccount', accountId: 'acc-1', form, by, at: AT });

const created = (form = districtForm()): AccountEvent => given(accountDecider).when(create(staff(profiles.chiangMaiAdmin), form)).then([
  anEvent('AccountCreated'),
])[0];

describe('account decider: registration goes up a level (seed 004)', () => {
  it('records the form checked and normalised when the province over the district registers it', () => {
    const id = citizenId('110170020345');
    const thaiDigits = id.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
    given(accountDecider).when(create(staff(profiles.chiangMaiAdmin), districtForm({ citizenId: thaiDigits }))).then([{
      type: 'AccountCreated',
      data: {
        accountId: 'acc-1', citizenId: id, title: 'นางสาว', firstName: 'สมศรี', lastName: 'ใจดี', position: 'ADMINISTRATIVE_OFFICER',
        level: 'DISTRICT', office: { kind: 'DISTRICT', code: '5001' }, administrator: false, officePhone: '053112233',
        mobilePhone: '0812345678', assignedOn: '2024-01-02', at: AT,
      },
    }]);
  });

  it.each([
    ['the centre', profiles.centralAdmin],
    ['another province', profiles.bangkokAdmin],
    ['a province account that is no administrator', profiles.chiangMaiStaff],
    ['the district itself', profiles.muangChiangMaiChief],
    ['an auditor', profiles.auditor],
  ])('refuses a district account registered by %s', (_who, profile) => {
    given(accountDecider).when(create(staff(profile))).thenRejects('FORBIDDEN');
  });

  it('lets only the centre register province, central and auditor accounts', () => {
    const province = districtForm({ level: 'PROVINCE', officeCode: '50', administrator: true });
    given(accountDecider).when(create(staff(profiles.chiangMaiAdmin), province)).thenRejects('FORBIDDEN');
    given(accountDecider).when(create(staff(profiles.centralAdmin), province)).then([anEvent('AccountCreated')]);
    for (const level of ['AUDITOR', 'CENTRAL'] as const) {
      const form = districtForm({ level, officeCode: null, position: 'LEGAL_OFFICER' });
      given(accountDecider).when(create(staff(profiles.bangkokAdmin), form)).thenRejects('FORBIDDEN');
      given(accountDecider).when(create(staff(profiles.centralAdmin), form)).then([anEvent('AccountCreated')]);
    }
  });

  it('refuses posts that do not exist: a chief at the centre, an administrator among the auditors, an assignment in the future or before the centres existed', () => {
    const by = staff(profiles.centralAdmin);
    given(accountDecider).when(create(by, districtForm({ level: 'CENTRAL', officeCode: null, position: 'CHIEF' }))).thenRejects('POSITION_NOT_AT_LEVEL', 'position');
    given(accountDecider).when(create(by, districtForm({ level: 'AUDITOR', officeCode: null, position: 'LEGAL_OFFICER', administrator: true })))
      .thenRejects('ADMINISTRATOR_NOT_AT_LEVEL', 'administrator');
    given(accountDecider).when(create(staff(profiles.chiangMaiAdmin), districtForm({ assignedOn: '2024-01-16' }))).thenRejects('ASSIGNED_ON_IN_FUTURE', 'assignedOn');
    given(accountDecider).when(create(staff(profiles.chiangMaiAdmin), districtForm({ assignedOn: '17/7/2557' }))).thenRejects('DATE_OUT_OF_RANGE', 'assignedOn');
    given(accountDecider).when(create(staff(profiles.chiangMaiAdmin), districtForm({ assignedOn: '18/7/2557' }))).then([anEvent('AccountCreated')]);
    given(accountDecider).when(create(staff(profiles.chiangMaiAdmin), districtForm({ officeCode: '1001' }))).thenRejects('FORBIDDEN');
    given(accountDecider).when(create(staff(profiles.chiangMaiAdmin), districtForm({ citizenId: wrongCheckDigit }))).thenRejects('CITIZEN_ID_CHECK_DIGIT', 'citizenId');
    given(accountDecider, [created()]).when(create(staff(profiles.chiangMaiAdmin))).thenRejects('ACCOUNT_ALREADY_CREATED');
  });

  it('answers every refused field of a registration form at once, in the order of the form', () => {
    given(accountDecider).when(create(staff(profiles.chiangMaiAdmin), districtForm({
      citizenId: wrongCheckDigit, firstName: ' ', level: 'DISTRICT', officeCode: '5099', officePhone: '053-11', assignedOn: '2024-01-16',
    }))).thenRejectsAll([
      ['CITIZEN_ID_CHECK_DIGIT', 'citizenId'],
      ['TEXT_REQUIRED', 'firstName'],
      ['GEOGRAPHY_UNKNOWN_DISTRICT', 'officeCode'],
      ['PHONE_MALFORMED', 'officePhone'],
      ['ASSIGNED_ON_IN_FUTURE', 'assignedOn'],
    ]);
  });

  it('bootstraps the first central administrator once', () => {
    const form = districtForm({ level: 'CENTRAL', officeCode: null, administrator: true, position: 'LEGAL_OFFICER' });
    given(accountDecider).when(create({ kind: 'BOOTSTRAP', administratorExists: false }, form))
      .then([anEvent('AccountCreated')]);
    given(accountDecider).when(create({ kind: 'BOOTSTRAP', administratorExists: true }, form)).thenRejects('ADMINISTRATOR_EXISTS');
    given(accountDecider).when(create({ kind: 'BOOTSTRAP', administratorExists: false }, districtForm())).thenRejects('BOOTSTRAP_CENTRAL_ONLY');
  });
});

describe('account decider: managing an account', () => {
  const history = [created()];
  const at = '2024-02-01T02:00:00.000Z';

  it('suspends and reinstates by whoever manages the account, once each', () => {
    const suspended = { type: 'AccountSuspended', data: { reason: 'ย้ายไปรับราชการที่อื่น', at } } as const;
    given(accountDecider, history).when({ type: 'SuspendAccount', reason: ' ย้ายไปรับราชการที่อื่น ', by: staff(profiles.chiangMaiAdmin), at }).then([suspended]);
    given(accountDecider, [...history, suspended]).when({ type: 'SuspendAccount', reason: 'อีกครั้ง', by: staff(profiles.centralAdmin), at }).then([]);
    given(accountDecider, [...history, suspended]).when({ type: 'ReinstateAccount', by: staff(profiles.centralAdmin), at })
      .then([{ type: 'AccountReinstated', data: { at } }]);
    given(accountDecider, history).when({ type: 'SuspendAccount', reason: 'x', by: staff(profiles.bangkokAdmin), at }).thenRejects('FORBIDDEN');
    given(accountDecider, history).when({ type: 'SuspendAccount', reason: 'x', by: staff(profiles.muangChiangMaiChief), at }).thenRejects('FORBIDDEN');
    given(accountDecider).when({ type: 'SuspendAccount', reason: 'x', by: staff(profiles.chiangMaiAdmin), at }).thenRejects('ACCOUNT_NOT_FOUND');
  });

  it('never lets an account suspend, move or reset itself', () => {
    const self = staff({ ...profiles.chiangMaiAdmin, accountId: 'acc-1' });
    given(accountDecider, history).when({ type: 'SuspendAccount', reason: 'x', by: self, at }).thenRejects('OWN_ACCOUNT');
    given(accountDecider, history).when({ type: 'ResetPassword', by: self, at }).thenRejects('OWN_ACCOUNT');
  });

  it('moves an account where the mover manages both offices; the centre anywhere', () => {
    const move = (by: StaffProfile, officeCode: string): AccountCommand =>
      ({ type: 'ChangeAccountOffice', level: 'DISTRICT', officeCode, by: staff(by), at });
    given(accountDecider, history).when(move(profiles.chiangMaiAdmin, '5002')).then([{
      type: 'AccountOfficeChanged', data: { level: 'DISTRICT', office: { kind: 'DISTRICT', code: '5002' }, administrator: false, at },
    }]);
    given(accountDecider, history).when(move(profiles.chiangMaiAdmin, '1001')).thenRejects('FORBIDDEN');
    given(accountDecider, history).when(move(profiles.centralAdmin, '1001')).then([anEvent('AccountOfficeChanged')]);
    given(accountDecider, history).when(move(profiles.chiangMaiAdmin, '5001')).thenRejects('ACCOUNT_OFFICE_UNCHANGED', 'officeCode');
  });

  it('records a password change only from the holder, and tracks the must-change flag', () => {
    const holder = staff({ ...profiles.muangChiangMaiOfficer, accountId: 'acc-1' });
    const changed = given(accountDecider, history).when({ type: 'RecordPasswordChange', by: holder, at }).then([{ type: 'PasswordChanged', data: { at } }]);
    given(accountDecider, history).when({ type: 'RecordPasswordChange', by: staff(profiles.chiangMaiAdmin), at }).thenRejects('FORBIDDEN');
    const reset = given(accountDecider, history).when({ type: 'ResetPassword', by: staff(profiles.chiangMaiAdmin), at }).then([{ type: 'PasswordReset', data: { at } }]);
    const states = [...history, ...changed, ...reset].reduce<AccountState[]>((s, e) => [...s, evolveAccount(s.at(-1) ?? null, e)], []);
    expect(states.map((s) => s?.mustChangePassword)).toEqual([true, false, true]);
  });
});
