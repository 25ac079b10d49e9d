import { describe, expect, it } from '@jest/globals';
import type { AccountActor, AccountCommand } from '../../src/identity/accounts/account.commands.js';
import { accountDecider } from '../../src/identity/accounts/account.decider.js';
import type { AccountState } from '../../src/identity/accounts/account-state.js';
import { areaWithin, authorityOf, canReadAuthority, overseesAll, scopeSettingsOf } from '../../src/identity/scope/area-scope.js';
import {
  coversOffice, LOCAL_POSITIONS, mayChangeRecords, mayManageAccount, mayNameReporters, mayRecordProgress, mayWorkCases, positionNameTh, positionsAt,
  type StaffProfile,
} from '../../src/identity/scope/staff-authority.js';
import { officeFromCode, officeKey, officeNameTh } from '../../src/identity/scope/staff-office.js';
import { given } from '../support/decider-spec.js';
import { AT, districtForm, profiles } from './staff-fixtures.js';

/** เจ้าหน้าที่จัดเก็บรายได้ อปท.: the revenue staff of a local administrative organisation (level LOCAL, office AUTHORITY). */
const pongStaff: StaffProfile = {
  accountId: 'pong-revenue', level: 'LOCAL', office: { kind: 'AUTHORITY', code: '6200702' }, position: 'REVENUE_TECHNICAL_OFFICER', administrator: false,
};
const pong = { code: '6200702', provinceCode: '20', districtCode: '2004' };
const chonburiPao = { code: '2200101', provinceCode: '20', districtCode: null };
const staff = (profile: StaffProfile): AccountActor => ({ kind: 'STAFF', profile });
const localForm = (officeCode: string, more = {}) => districtForm({ level: 'LOCAL', officeCode, position: 'REVENUE_TECHNICAL_OFFICER', ...more });
const create = (by: StaffProfile, form = localForm('๖๒๐๐๗๐๒'), authorityRegistered = true): AccountCommand =>
  ({ type: 'CreateAccount', accountId: 'local-1', form, by: staff(by), at: AT, authorityRegistered });

describe('LOCAL accounts: registered by the centre at an authority the register holds', () => {
  it('records an authority\'s revenue staff, its code typed in Thai digits', () => {
    const [event] = given(accountDecider).when(create(profiles.centralAdmin)).then([expect.objectContaining({ type: 'AccountCreated' }) as never]);
    expect(event.type === 'AccountCreated' && event.data).toMatchObject({ level: 'LOCAL', office: { kind: 'AUTHORITY', code: '6200702' }, administrator: false });
  });

  it('refuses an authority the register does not hold, a malformed code, and a missing one, naming the office code', () => {
    given(accountDecider).when(create(profiles.centralAdmin, localForm('6200799'), false)).thenRejects('OFFICE_AUTHORITY_NOT_FOUND', 'officeCode');
    given(accountDecider).when(create(profiles.centralAdmin, localForm('62007'))).thenRejects('OFFICE_CODE_MALFORMED', 'officeCode');
    given(accountDecider).when(create(profiles.centralAdmin, localForm(''))).thenRejects('OFFICE_CODE_REQUIRED', 'officeCode');
  });

  it('lets nobody but a central administrator register one; never an administrator nor a chief', () => {
    for (const by of [profiles.centralStaff, profiles.chiangMaiAdmin, profiles.auditor, pongStaff]) {
      given(accountDecider).when(create(by)).thenRejects('FORBIDDEN');
    }
    given(accountDecider).when(create(profiles.centralAdmin, localForm('6200702', { administrator: true }))).thenRejects('ADMINISTRATOR_NOT_AT_LEVEL', 'administrator');
  });

  it("offers an authority's revenue positions to LOCAL accounts only, refusing the department's, and the department's accounts the authority's", () => {
    for (const position of LOCAL_POSITIONS) {
      const [event] = given(accountDecider).when(create(profiles.centralAdmin, localForm('6200702', { position }))).then([expect.anything() as never]);
      expect(event.type === 'AccountCreated' && event.data.position).toBe(position);
    }
    expect(positionNameTh('FINANCE_DIRECTOR', pongStaff.office)).toBe('ผู้อำนวยการกองคลัง');
    for (const position of ['ADMINISTRATIVE_OFFICER', 'DEPUTY_DISTRICT_CHIEF', 'LEGAL_OFFICER', 'CHIEF'] as const) {
      given(accountDecider).when(create(profiles.centralAdmin, localForm('6200702', { position }))).thenRejects('POSITION_NOT_OF_AUTHORITY', 'position');
    }
    given(accountDecider).when(create(profiles.centralAdmin, districtForm({ level: 'CENTRAL', officeCode: null, position: 'REVENUE_COLLECTION_OFFICER' })))
      .thenRejects('POSITION_OF_AUTHORITY_ONLY', 'position');
    given(accountDecider).when(create(profiles.chiangMaiAdmin, districtForm({ position: 'FINANCE_DIRECTOR' }))).thenRejects('POSITION_OF_AUTHORITY_ONLY', 'position');
    expect(positionsAt('LOCAL')).toEqual(LOCAL_POSITIONS);
    expect(positionsAt('DISTRICT')).not.toContain('REVENUE_TECHNICAL_OFFICER');
  });

  it('never moves a LOCAL account to a department office, its revenue position not being one of the department', () => {
    const [created] = given(accountDecider).when(create(profiles.centralAdmin)).then([expect.anything() as never]);
    const state = accountDecider.evolve(null, created) as AccountState;
    expect(() => accountDecider.decide({ type: 'ChangeAccountOffice', level: 'CENTRAL', officeCode: null, administrator: false, by: staff(profiles.centralAdmin), at: AT }, state))
      .toThrow(expect.objectContaining({ code: 'POSITION_OF_AUTHORITY_ONLY', field: 'position' }));
  });

  it('moves an account to an authority only when the register holds it', () => {
    const [created] = given(accountDecider).when(create(profiles.centralAdmin)).then([expect.anything() as never]);
    const state = accountDecider.evolve(null, created) as AccountState;
    const move = (officeCode: string, authorityRegistered: boolean): AccountCommand => ({
      type: 'ChangeAccountOffice', level: 'LOCAL', officeCode, administrator: false, by: staff(profiles.centralAdmin), at: AT, authorityRegistered,
    });
    expect(() => accountDecider.decide(move('2200101', false), state)).toThrow(expect.objectContaining({ code: 'OFFICE_AUTHORITY_NOT_FOUND', field: 'officeCode' }));
    expect(accountDecider.decide(move('2200101', true), state)).toEqual([
      { type: 'AccountOfficeChanged', data: { level: 'LOCAL', office: { kind: 'AUTHORITY', code: '2200101' }, administrator: false, at: AT } },
    ]);
  });
});

describe('LOCAL scope: its own authority, nothing of the department', () => {
  it('reads with its authority in the scope settings, no district or province', () => {
    expect(scopeSettingsOf(pongStaff)).toEqual({ level: 'LOCAL', authority: '6200702', accountId: 'pong-revenue', office: 'AUTHORITY:6200702' });
    expect(officeKey(pongStaff.office)).toBe('AUTHORITY:6200702');
    expect(officeFromCode('๖๒๐๐๗๐๒')).toEqual({ kind: 'AUTHORITY', code: '6200702' });
    expect(officeNameTh(pongStaff.office)).toBe('องค์กรปกครองส่วนท้องถิ่น รหัส 6200702');
  });

  it('reads its own authority only; the department reads an authority of its area', () => {
    expect(authorityOf(pongStaff)).toBe('6200702');
    expect(authorityOf(profiles.centralAdmin)).toBeUndefined();
    expect(canReadAuthority(pongStaff, pong)).toBe(true);
    expect(canReadAuthority(pongStaff, chonburiPao)).toBe(false);
    expect(canReadAuthority(profiles.centralStaff, pong)).toBe(true);
    expect(canReadAuthority({ level: 'DISTRICT', office: { kind: 'DISTRICT', code: '2004' } }, chonburiPao)).toBe(true);
    expect(canReadAuthority({ level: 'DISTRICT', office: { kind: 'DISTRICT', code: '2001' } }, pong)).toBe(false);
    expect(canReadAuthority(profiles.chiangMaiStaff, pong)).toBe(false);
  });

  it('has no area of the department: no district, province, case, office or record of it', () => {
    expect(areaWithin(pongStaff, {})).toBeUndefined();
    expect(areaWithin(pongStaff, { province: '20', district: '2004' })).toBeUndefined();
    expect(overseesAll(pongStaff)).toBe(false);
    expect(mayWorkCases(pongStaff)).toBe(false);
    expect(mayRecordProgress(pongStaff)).toBe(false);
    expect(mayChangeRecords(pongStaff)).toBe(false);
    for (const office of [{ kind: 'DISTRICT', code: '2004' }, { kind: 'PROVINCE', code: '20' }, { kind: 'CENTRAL', code: 'CENTRAL' }] as const) {
      expect(coversOffice(pongStaff, office)).toBe(false);
    }
    expect(coversOffice(pongStaff, { kind: 'AUTHORITY', code: '2200101' })).toBe(false);
    expect(mayNameReporters(profiles.centralAdmin, pongStaff.office)).toBe(false);
  });

  it('is seen and managed by the centre only, not by the province or district its authority lies in', () => {
    expect(coversOffice(profiles.centralStaff, pongStaff.office)).toBe(true);
    expect(coversOffice({ level: 'PROVINCE', office: { kind: 'PROVINCE', code: '62' } }, pongStaff.office)).toBe(false);
    expect(coversOffice({ level: 'PROVINCE', office: { kind: 'PROVINCE', code: '20' } }, pongStaff.office)).toBe(false);
    expect(mayManageAccount(profiles.centralAdmin, pongStaff)).toBe(true);
    expect(mayManageAccount({ ...profiles.chiangMaiAdmin, office: { kind: 'PROVINCE', code: '20' } }, pongStaff)).toBe(false);
  });
});
