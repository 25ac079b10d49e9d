import { describe, expect, it } from '@jest/globals';
import type { StaffProfile } from '../identity/scope/staff-authority.js';
import { districtOfReader, keepsBusinessesIn, readsBusinessIn, returnListArea } from './levy-access.js';

type Staff = Pick<StaffProfile, 'level' | 'office' | 'administrator'>;
const paoStaff: Staff = { level: 'LOCAL', office: { kind: 'AUTHORITY', code: '2200101' }, administrator: false };
const saoStaff: Staff = { level: 'LOCAL', office: { kind: 'AUTHORITY', code: '6200702' }, administrator: false };
const bangLamung: Staff = { level: 'DISTRICT', office: { kind: 'DISTRICT', code: '2004' }, administrator: false };
const muang: Staff = { level: 'DISTRICT', office: { kind: 'DISTRICT', code: '2001' }, administrator: false };
const auditor: Staff = { level: 'AUDITOR', office: { kind: 'CENTRAL', code: 'CENTRAL' }, administrator: false };
/** A hotel of the Chonburi PAO in Bang Lamung. */
const hotel = { authorityCode: '2200101', districtCode: '2004' };
const chonburiPao = { code: '2200101', provinceCode: '20' };

describe("who reads and keeps a PAO's businesses and returns", () => {
  it("the PAO's own staff: all of their PAO's, wherever in the province, and nothing of another authority's", () => {
    expect([readsBusinessIn(paoStaff, hotel), keepsBusinessesIn(paoStaff, hotel)]).toEqual([true, true]);
    expect([readsBusinessIn(saoStaff, hotel), keepsBusinessesIn(saoStaff, hotel)]).toEqual([false, false]);
    expect(districtOfReader(paoStaff, chonburiPao)).toEqual({ district: null });
    expect(districtOfReader(saoStaff, chonburiPao)).toBeUndefined();
    expect(returnListArea(paoStaff, '2200101')).toEqual({ district: null, province: null });
    expect(returnListArea(saoStaff, '2200101')).toBeUndefined();
  });

  it('the department as before: a district its own district, auditors read all and keep nothing', () => {
    expect([readsBusinessIn(bangLamung, hotel), keepsBusinessesIn(bangLamung, hotel)]).toEqual([true, true]);
    expect([readsBusinessIn(muang, hotel), keepsBusinessesIn(muang, hotel)]).toEqual([false, false]);
    expect([readsBusinessIn(auditor, hotel), keepsBusinessesIn(auditor, hotel)]).toEqual([true, false]);
    expect(districtOfReader(bangLamung, chonburiPao)).toEqual({ district: '2004' });
    expect(returnListArea(bangLamung, '2200101')).toEqual({ district: '2004', province: '20' });
  });
});
