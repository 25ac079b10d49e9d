import { describe, expect, it } from '@jest/globals';
import type { Signatory } from '../../src/identity/reporters/reporters.signatories.js';
import {
  type CertificationFacts, type CertifyDailyReport, type DailyCertification, decideCertification,
} from '../../src/reporting/certification/daily-certification.decider.js';
import { errorOf } from '../support/domain-errors.js';

const person = (accountId: string, positionTh = 'ปลัดอำเภอ'): Signatory => ({ accountId, nameTh: `นาย${accountId}`, positionTh, phone: '0 4261 1817' });
const reporters = [person('a'), person('b', 'นิติกร')];
const chief = person('chief', 'นายอำเภอ');
const FRI = '2025-03-07';

const certify = (accountId: string, over: Partial<CertifyDailyReport> = {}): CertifyDailyReport => ({
  day: FRI, districtCode: '4902', provinceCode: '49', by: { accountId, office: { kind: 'DISTRICT', code: '4902' } },
  commandId: `cmd-${accountId}`, at: '2025-03-07T08:20:00.000Z', ...over,
});
const facts = (over: Partial<CertificationFacts> = {}): CertificationFacts =>
  ({ frozen: true, noReportUntil: null, reporters, chief, certification: null, sameCommand: null, ...over });
const certified: DailyCertification = {
  day: FRI, districtCode: '4902', provinceCode: '49', certifiedAt: '2025-03-07T08:10:00.000Z', commandId: 'cmd-a',
  certifier: reporters[0], reporters, chief,
};

describe('certifying a district\'s daily report (ยืนยันรายงาน)', () => {
  it('records who certified, when, and the pair and chief of that moment', () => {
    expect(decideCertification(certify('b'), facts())).toEqual({
      recorded: true,
      certification: { ...certified, certifiedAt: '2025-03-07T08:20:00.000Z', commandId: 'cmd-b', certifier: reporters[1] },
    });
  });

  it('takes one of the two named reporters, working for the district, and nobody else', () => {
    expect(errorOf(() => decideCertification(certify('chief'), facts()))).toMatchObject({ code: 'REPORT_CERTIFIER_NOT_RESPONSIBLE', field: 'districtCode' });
    expect(errorOf(() => decideCertification(certify('a'), facts({ reporters: [] })))).toMatchObject({ code: 'REPORT_CERTIFIER_NOT_RESPONSIBLE' });
    const movedAway = certify('a', { by: { accountId: 'a', office: { kind: 'DISTRICT', code: '4901' } } });
    expect(errorOf(() => decideCertification(movedAway, facts()))).toMatchObject({ code: 'REPORT_CERTIFIER_NOT_RESPONSIBLE' });
    const province = certify('a', { by: { accountId: 'a', office: { kind: 'PROVINCE', code: '49' } } });
    expect(errorOf(() => decideCertification(province, facts()))).toMatchObject({ code: 'REPORT_CERTIFIER_NOT_RESPONSIBLE' });
  });

  it('refuses a report not frozen yet, and a day with no report, in Buddhist Era', () => {
    const early = errorOf(() => decideCertification(certify('a'), facts({ frozen: false })));
    expect(early).toMatchObject({ code: 'REPORT_NOT_FROZEN', field: 'date' });
    expect(early.messageTh).toContain('7 มีนาคม 2568');
    const saturday = errorOf(() => decideCertification(certify('a', { day: '2025-03-08' }), facts({ frozen: false, noReportUntil: '2025-03-10' })));
    expect(saturday).toMatchObject({ code: 'REPORT_NOT_WORKING_DAY', field: 'date' });
  });

  it('certifies once: a second certification is refused, a retry of the same command answers the first', () => {
    const twice = errorOf(() => decideCertification(certify('b'), facts({ certification: certified })));
    expect(twice).toMatchObject({ code: 'REPORT_ALREADY_CERTIFIED', field: 'date' });
    expect(twice.messageTh).toContain('7 มีนาคม 2568 15:10 น.');
    expect(decideCertification(certify('a'), facts({ certification: certified, sameCommand: certified }))).toEqual({ certification: certified, recorded: false });
  });

  it("takes a command id as the account's own: another reporter's equal id is no retry, the same id for another day is refused", () => {
    const sameIdOtherReporter = errorOf(() => decideCertification(certify('b', { commandId: 'cmd-a' }), facts({ certification: certified })));
    expect(sameIdOtherReporter).toMatchObject({ code: 'REPORT_ALREADY_CERTIFIED' });
    const nextDay = certify('a', { day: '2025-03-10', at: '2025-03-10T08:20:00.000Z' });
    expect(errorOf(() => decideCertification(nextDay, facts({ sameCommand: certified })))).toMatchObject({ code: 'COMMAND_ID_REUSED', field: 'commandId' });
    const otherDistrict = certify('a', { districtCode: '4901', by: { accountId: 'a', office: { kind: 'DISTRICT', code: '4901' } } });
    expect(errorOf(() => decideCertification(otherDistrict, facts({ sameCommand: certified })))).toMatchObject({ code: 'COMMAND_ID_REUSED' });
  });
});
