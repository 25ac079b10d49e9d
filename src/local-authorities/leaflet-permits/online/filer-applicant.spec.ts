import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../../../shared/domain-error.js';
import { DomainErrors, refusalsOf } from '../../../shared/field-errors.js';
import { asFilerRefusal, filerApplicant, filerApplicantName, isFilersRequest } from './filer-applicant.js';

const filer = { citizenId: '1101700230708', name: 'นายสมชาย ใจดี' };
const refusal = (code: string, field?: string) => new DomainError(code, 'ไทย', 'English', field);

describe('a filer as the applicant of their own online request', () => {
  it('asks as a person, with the name and citizen id D.DOPA gave, and the phone they typed', () => {
    expect(filerApplicant(filer, '๐๘๑-๒๓๔-๕๖๗๘')).toEqual({ kind: 'PERSON', name: 'นายสมชาย ใจดี', idNumber: '1101700230708', phone: '๐๘๑-๒๓๔-๕๖๗๘' });
  });

  it('is named by the masked citizen id when D.DOPA gave no name, and a long name is cut to what a request holds', () => {
    expect(filerApplicantName({ ...filer, name: null })).toBe('ผู้ขออนุญาต xxxxxxxxx0708');
    expect(filerApplicantName({ ...filer, name: 'ก'.repeat(300) })).toHaveLength(200);
  });

  it('owns only a request whose applicant is the person of their citizen id, never a juristic person of the same number', () => {
    const applicant = { kind: 'PERSON' as const, name: 'x', idNumber: '1101700230708', phone: '0812345678' };
    expect(isFilersRequest(filer, applicant)).toBe(true);
    expect(isFilersRequest(filer, { ...applicant, idNumber: '3101200123453' })).toBe(false);
    expect(isFilersRequest(filer, { ...applicant, kind: 'JURISTIC' })).toBe(false);
  });

  it("names the applicant's phone as the form's phone field, every other refusal kept", () => {
    const one = asFilerRefusal(refusal('PHONE_MALFORMED', 'applicant.phone')) as DomainError;
    expect([one.code, one.field]).toEqual(['PHONE_MALFORMED', 'phone']);
    const many = asFilerRefusal(new DomainErrors([refusal('PHONE_MALFORMED', 'applicant.phone'), refusal('LEAFLET_PERIOD_ENDS_BEFORE_START', 'to')]));
    expect(refusalsOf(many as DomainError).map((r) => [r.code, r.field])).toEqual([['PHONE_MALFORMED', 'phone'], ['LEAFLET_PERIOD_ENDS_BEFORE_START', 'to']]);
    const other = new Error('boom');
    expect(asFilerRefusal(other)).toBe(other);
  });
});
