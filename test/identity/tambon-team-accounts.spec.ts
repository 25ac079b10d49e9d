import { describe, expect, it } from '@jest/globals';
import type { AccountActor, AccountCommand } from '../../src/identity/accounts/account.commands.js';
import { accountDecider } from '../../src/identity/accounts/account.decider.js';
import { areaWithin, scopeSettingsOf } from '../../src/identity/scope/area-scope.js';
import { coversOffice, mayRecordProgress, mayWorkCases, type StaffProfile } from '../../src/identity/scope/staff-authority.js';
import { officeFromCode, officeNameTh } from '../../src/identity/scope/staff-office.js';
import { given } from '../support/decider-spec.js';
import { AT, districtForm, profiles } from './staff-fixtures.js';

const muangAdmin: StaffProfile = {
  accountId: 'cm-district-admin', level: 'DISTRICT', office: { kind: 'DISTRICT', code: '5001' }, position: 'DEPUTY_DISTRICT_CHIEF', administrator: true,
};
const sriPhumTeam: StaffProfile = {
  accountId: 'team-500101', level: 'TAMBON_TEAM', office: { kind: 'SUBDISTRICT', code: '500101' }, position: 'ADMINISTRATIVE_OFFICER', administrator: false,
};
const staff = (profile: StaffProfile): AccountActor => ({ kind: 'STAFF', profile });
const teamForm = (officeCode: string, more = {}) => districtForm({ level: 'TAMBON_TEAM', officeCode, ...more });
const create = (by: StaffProfile, form = teamForm('๕๐๐๑๐๑')): AccountCommand => ({ type: 'CreateAccount', accountId: 'team-1', form, by: staff(by), at: AT });

describe('tambon team accounts (ชุดปฏิบัติการประจำตำบล): registered by their district', () => {
  it('records a team member of a subdistrict of the district, its code typed in Thai digits', () => {
    const [event] = given(accountDecider).when(create(muangAdmin)).then([expect.objectContaining({ type: 'AccountCreated' }) as never]);
    expect(event.type === 'AccountCreated' && event.data).toMatchObject({ level: 'TAMBON_TEAM', office: { kind: 'SUBDISTRICT', code: '500101' }, administrator: false });
  });

  it('refuses a subdistrict of another district, naming the office code', () => {
    given(accountDecider).when(create(muangAdmin, teamForm('500203'))).thenRejects('TEAM_SUBDISTRICT_OUTSIDE_DISTRICT', 'officeCode');
  });

  it('refuses an unknown subdistrict and a team registered by anyone but its district administrator', () => {
    given(accountDecider).when(create(muangAdmin, teamForm('509999'))).thenRejects('GEOGRAPHY_UNKNOWN_SUBDISTRICT', 'officeCode');
    for (const by of [profiles.muangChiangMaiOfficer, profiles.chiangMaiAdmin, sriPhumTeam, profiles.auditor]) {
      given(accountDecider).when(create(by)).thenRejects('FORBIDDEN');
    }
  });

  it('makes no team member an administrator nor a chief', () => {
    given(accountDecider).when(create(muangAdmin, teamForm('500101', { administrator: true }))).thenRejects('ADMINISTRATOR_NOT_AT_LEVEL', 'administrator');
    given(accountDecider).when(create(muangAdmin, teamForm('500101', { position: 'CHIEF' }))).thenRejects('POSITION_NOT_AT_LEVEL', 'position');
  });

  it('lets the province register district administrators, who then have a level below', () => {
    given(accountDecider).when({ ...create(profiles.chiangMaiAdmin, districtForm({ administrator: true })) })
      .then([expect.objectContaining({ type: 'AccountCreated' }) as never]);
  });
});

describe('tambon team scope', () => {
  it('reads as its own team: scope settings with its district and subdistrict, no office of a district', () => {
    expect(scopeSettingsOf(sriPhumTeam)).toEqual({
      level: 'TAMBON_TEAM', district: '5001', subdistrict: '500101', accountId: 'team-500101', office: 'SUBDISTRICT:500101',
    });
    expect(coversOffice(sriPhumTeam, { kind: 'DISTRICT', code: '5001' })).toBe(false);
    expect(coversOffice(sriPhumTeam, { kind: 'SUBDISTRICT', code: '500101' })).toBe(true);
    expect(areaWithin(sriPhumTeam, {})).toEqual({ district: '5001', province: '50' });
    expect(areaWithin(sriPhumTeam, { district: '5002' })).toBeUndefined();
  });

  it('is covered by its district, its province and the centre, not by another district', () => {
    const team = officeFromCode('500101');
    expect(team).toEqual({ kind: 'SUBDISTRICT', code: '500101' });
    expect(officeNameTh(team)).toBe('ชุดปฏิบัติการประจำตำบลศรีภูมิ อำเภอเมืองเชียงใหม่');
    expect(coversOffice(muangAdmin, team)).toBe(true);
    expect(coversOffice(profiles.chiangMaiStaff, team)).toBe(true);
    expect(coversOffice(profiles.centralStaff, team)).toBe(true);
    expect(coversOffice({ level: 'DISTRICT', office: { kind: 'DISTRICT', code: '5002' } }, team)).toBe(false);
  });

  it('records progress and works no case', () => {
    expect(mayWorkCases(sriPhumTeam)).toBe(false);
    expect(mayRecordProgress(sriPhumTeam)).toBe(true);
    expect(mayRecordProgress(profiles.auditor)).toBe(false);
  });
});
