import { describe, expect, it } from '@jest/globals';
import { given } from '../../../test/support/decider-spec.js';
import type { AuthoriseBusinessFiler, RevokeBusinessFiler } from './business-filer.commands.js';
import { activeFilerOf, businessFilerDecider as decider, FILER_LIMITS } from './business-filer.decider.js';
import type { BusinessFilerEvent } from './business-filer.events.js';

/** 10:00 Bangkok, 15 March 2025 (2568); 1101700230708 and 3101200123453 are citizen ids with valid check digits. */
const at = '2025-03-15T03:00:00.000Z';
const place = { businessNo: 7, authorityCode: '2200101', districtCode: '2004', provinceCode: '20' };
const authorise: AuthoriseBusinessFiler = {
  type: 'AuthoriseBusinessFiler', at, business: { ...place, ownerKind: 'JURISTIC' }, citizenId: '๑-๑๐๑๗-๐๐๒๓๐-๗๐-๘', name: ' นายสมชาย  ใจดี ',
  role: 'กรรมการผู้มีอำนาจ', evidenceReference: 'มอบอำนาจ 12/2568', evidenceDate: '๑/๓/๒๕๖๘',
};
const authorised: BusinessFilerEvent = {
  type: 'BusinessFilerAuthorised',
  data: { business: place, filerNo: 1, citizenId: '1101700230708', name: 'นายสมชาย ใจดี', role: 'กรรมการผู้มีอำนาจ',
    evidence: { reference: 'มอบอำนาจ 12/2568', date: '2025-03-01' }, at },
};
const revoke: RevokeBusinessFiler = { type: 'RevokeBusinessFiler', at, filerNo: 1, reason: 'พ้นจากตำแหน่งกรรมการ' };
const revoked: BusinessFilerEvent = { type: 'BusinessFilerRevoked', data: { businessNo: 7, filerNo: 1, reason: 'พ้นจากตำแหน่งกรรมการ', at } };

describe('authorising a filer for a juristic person\'s business', () => {
  it('records the citizen, Thai digits and dashes read, the B.E. date of the document as CE, text trimmed, numbered 1', () => {
    given(decider).when(authorise).then([authorised]);
  });

  it('numbers the next one on, and takes the same citizen again once revoked', () => {
    const [again] = given(decider, [authorised, revoked]).when(authorise).then([{ ...authorised, data: { ...authorised.data, filerNo: 2 } }]);
    const other = { ...authorise, citizenId: '3101200123453', role: 'ผู้รับมอบอำนาจ' };
    given(decider, [authorised]).when(other).then([{ ...authorised, data: { ...authorised.data, filerNo: 2, citizenId: '3101200123453', role: 'ผู้รับมอบอำนาจ' } }]);
    expect(again.type === 'BusinessFilerAuthorised' && again.data.business).toEqual(place);
  });

  it('refuses a business a citizen owns: its owner files for it', () => {
    given(decider).when({ ...authorise, business: { ...place, ownerKind: 'CITIZEN' } }).thenRejects('BUSINESS_FILER_OWNER_NOT_JURISTIC', 'businessNo');
  });

  it('refuses a citizen authorised already and still active', () => {
    given(decider, [authorised]).when({ ...authorise, citizenId: '1101700230708' }).thenRejects('BUSINESS_FILER_ALREADY_AUTHORISED', 'citizenId');
  });

  it('answers every bad field at once: check digit, blank and too long texts, a document dated after today', () => {
    given(decider).when({
      ...authorise, citizenId: '1101700230701', name: ' ', role: 'ก'.repeat(FILER_LIMITS.role + 1),
      evidenceReference: 'x'.repeat(FILER_LIMITS.evidenceReference + 1), evidenceDate: '16/3/2568',
    }).thenRejectsAll([
      ['CITIZEN_ID_CHECK_DIGIT', 'citizenId'], ['TEXT_REQUIRED', 'name'], ['TEXT_TOO_LONG', 'role'], ['TEXT_TOO_LONG', 'evidenceReference'],
      ['BUSINESS_FILER_EVIDENCE_DATE_AHEAD', 'evidenceDate'],
    ]);
    given(decider).when({ ...authorise, citizenId: '12345', evidenceDate: '31/2/2568' })
      .thenRejectsAll([['CITIZEN_ID_FORMAT', 'citizenId'], ['DATE_MALFORMED', 'evidenceDate']]);
  });
});

describe('revoking a filer', () => {
  it('revokes an active one with its reason; they hold no authorisation after it', () => {
    given(decider, [authorised]).when(revoke).then([revoked]);
    const state = [authorised, revoked].reduce(decider.evolve, decider.initialState());
    expect(activeFilerOf(state, '1101700230708')).toBeUndefined();
  });

  it('refuses one revoked already, one never authorised, and no or too long a reason', () => {
    given(decider, [authorised, revoked]).when(revoke).thenRejects('BUSINESS_FILER_NOT_ACTIVE', 'filerNo');
    given(decider, [authorised]).when({ ...revoke, filerNo: 2 }).thenRejects('BUSINESS_FILER_NOT_FOUND', 'filerNo');
    given(decider).when(revoke).thenRejects('BUSINESS_FILER_NOT_FOUND', 'filerNo');
    given(decider, [authorised]).when({ ...revoke, reason: '  ' }).thenRejects('TEXT_REQUIRED', 'reason');
    given(decider, [authorised]).when({ ...revoke, reason: 'x'.repeat(FILER_LIMITS.reason + 1) }).thenRejects('TEXT_TOO_LONG', 'reason');
  });
});
