import { describe, expect, it } from '@jest/globals';
import { filerActor, filerSender, filesAs, ownsBusiness, signerName } from './filer-sender.js';

const filer = { citizenId: '1101700230708', name: 'นายสมชาย ใจดี', subject: 'dopa-0001', expiresAt: new Date('2025-04-25T04:00:00Z') };

describe('a filer and their businesses', () => {
  it('owns a business whose owner is the citizen D.DOPA verified, never a juristic person of the same number', () => {
    expect(ownsBusiness(filer, { ownerKind: 'CITIZEN', ownerId: '1101700230708' })).toBe(true);
    expect(ownsBusiness(filer, { ownerKind: 'CITIZEN', ownerId: '3101200123453' })).toBe(false);
    expect(ownsBusiness(filer, { ownerKind: 'JURISTIC', ownerId: '1101700230708' })).toBe(false);
  });

  it("files for a juristic person's business only when it authorised them, as its authorised filer with their role", () => {
    const business = { businessNo: 7, authorityCode: '2200101', nameTh: 'โรงแรม', kinds: ['HOTEL' as const], addressLine: '1', subdistrictCode: '200401',
      districtCode: '2004', provinceCode: '20', ownerName: 'บริษัท' };
    const company = { ...business, ownerKind: 'JURISTIC' as const, ownerId: '0105556000017' };
    expect(filesAs(filer, company, 'ผู้รับมอบอำนาจ')).toMatchObject({ filesAs: 'AUTHORISED_FILER', authorisedRole: 'ผู้รับมอบอำนาจ' });
    expect(filesAs(filer, company, null)).toBeUndefined();
    expect(filesAs(filer, { ...business, ownerKind: 'CITIZEN', ownerId: '1101700230708' }, null)).toMatchObject({ filesAs: 'OWNER', authorisedRole: null });
    expect(filesAs(filer, { ...business, ownerKind: 'CITIZEN', ownerId: '3101200123453' }, 'กรรมการ')).toBeUndefined();
  });

  it('signs with the name D.DOPA gave, else the masked citizen id', () => {
    expect(signerName(filer)).toBe('นายสมชาย ใจดี');
    expect(signerName({ ...filer, name: null })).toBe('ผู้ยื่นแบบ xxxxxxxxx0708');
  });

  it('keeps only their businesses and records D.DOPA\'s subject as the actor, with the client\'s command id', () => {
    const sender = filerSender(filer, [{ businessNo: 7 }, { businessNo: 9 }]);
    expect([7, 8, 9].map((businessNo) => sender.keeps({ businessNo, authorityCode: '2200101', districtCode: '2004' }))).toEqual([true, false, true]);
    expect(sender.context('retry-1', { asked: true })).toEqual({ commandId: 'retry-1', actor: 'filer:dopa-0001', request: { asked: true } });
    expect(filerActor(filer)).toBe('filer:dopa-0001');
    expect(sender.context(null, {}).commandId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
