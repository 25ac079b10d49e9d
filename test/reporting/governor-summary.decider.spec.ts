import { describe, expect, it } from '@jest/globals';
import { SHIPPED_HOLIDAYS } from '../../src/calendar/holidays-2024-2027.js';
import type { Signatory } from '../../src/identity/reporters/reporters.signatories.js';
import { governorSummaryDecider, type SendGovernorSummary } from '../../src/reporting/governor-summary/governor-summary.decider.js';
import { firstOfNextMonth, governorSummaryDueOn } from '../../src/reporting/governor-summary/governor-summary.due.js';
import type { GovernorSummaryEvent } from '../../src/reporting/governor-summary/governor-summary.events.js';
import { given } from '../support/decider-spec.js';

const person = (accountId: string, positionTh = 'ปลัดอำเภอ'): Signatory => ({ accountId, nameTh: `นาย${accountId}`, positionTh, phone: '0 3233 7006' });
const reporters = [person('a'), person('b', 'นิติกร')];
const chief = person('chief', 'นายอำเภอ');
const holidays = new Set(SHIPPED_HOLIDAYS.map((h) => h.date));

/** February 2568 of Mueang Ratchaburi: due Monday 3 March 2025 (the 1st is a Saturday). */
const send = (accountId: string, over: Partial<SendGovernorSummary> = {}): SendGovernorSummary => ({
  type: 'SendGovernorSummary', month: '2025-02', districtCode: '7001', provinceCode: '70',
  by: { accountId, office: { kind: 'DISTRICT', code: '7001' } }, at: '2025-03-03T03:00:00.000Z', reporters, chief,
  dueOn: governorSummaryDueOn('2025-02', holidays), monthEnd: { sha256: 'ab'.repeat(32) }, ...over,
});
const sent = (accountId: string, at: string, late: boolean): GovernorSummaryEvent => ({
  type: 'ComplaintSummarySentToGovernor',
  data: {
    month: '2025-02', districtCode: '7001', provinceCode: '70', sentBy: reporters.find((r) => r.accountId === accountId)!, reporters, chief,
    at, dueOn: '2025-03-03', late, monthEndSha256: 'ab'.repeat(32),
  },
});

describe('the due date of the summary to the governor (the 1st of the next month, on the working-day calendar)', () => {
  it('is the 1st when the offices are open that day', () => {
    expect(governorSummaryDueOn('2025-09', holidays)).toBe('2025-10-01');
    expect(firstOfNextMonth('2025-12')).toBe('2026-01-01');
  });

  it('moves past a weekend to the next working day', () => {
    expect(governorSummaryDueOn('2025-02', holidays)).toBe('2025-03-03');
    expect(governorSummaryDueOn('2025-10', holidays)).toBe('2025-11-03');
  });

  it('moves past New Year holidays and the weekend after them', () => {
    expect(governorSummaryDueOn('2024-12', holidays)).toBe('2025-01-02');
    expect(governorSummaryDueOn('2025-12', holidays)).toBe('2026-01-05');
  });
});

describe('certifying and sending the monthly summary (รับรองและส่งสรุปผล)', () => {
  it('records who sent it, when, the pair and chief of that moment, the due date, on time', () => {
    given(governorSummaryDecider).when(send('b')).then([sent('b', '2025-03-03T03:00:00.000Z', false)]);
  });

  it('on the due date until its last minute (Bangkok) is on time; the day after is late', () => {
    given(governorSummaryDecider).when(send('a', { at: '2025-03-03T16:59:00.000Z' })).then([sent('a', '2025-03-03T16:59:00.000Z', false)]);
    given(governorSummaryDecider).when(send('a', { at: '2025-03-03T17:00:00.000Z' })).then([sent('a', '2025-03-03T17:00:00.000Z', true)]);
  });

  it('on the Saturday the 1st itself, before the moved due date, is on time', () => {
    given(governorSummaryDecider).when(send('a', { at: '2025-03-01T02:00:00.000Z' })).then([sent('a', '2025-03-01T02:00:00.000Z', false)]);
  });

  it('is refused a second time, naming when it was sent', () => {
    const error = given(governorSummaryDecider, [sent('a', '2025-03-03T03:00:00.000Z', false)]).when(send('b'))
      .thenRejects('GOVERNOR_SUMMARY_ALREADY_SENT', 'month');
    expect(error.messageTh).toContain('3 มีนาคม 2568 10:00 น.');
  });

  it('is refused before the month is over (Bangkok), and while its month end is not frozen', () => {
    given(governorSummaryDecider).when(send('a', { at: '2025-02-28T16:59:00.000Z' })).thenRejects('GOVERNOR_SUMMARY_MONTH_NOT_OVER', 'month');
    given(governorSummaryDecider).when(send('a', { monthEnd: null })).thenRejects('GOVERNOR_SUMMARY_MONTH_NOT_OVER', 'month');
  });

  it('takes one of the two named reporters working for the district, and nobody else', () => {
    given(governorSummaryDecider).when(send('chief')).thenRejects('GOVERNOR_SUMMARY_NOT_RESPONSIBLE', 'districtCode');
    given(governorSummaryDecider).when(send('a', { reporters: [] })).thenRejects('GOVERNOR_SUMMARY_NOT_RESPONSIBLE', 'districtCode');
    const province = send('a', { by: { accountId: 'a', office: { kind: 'PROVINCE', code: '70' } } });
    given(governorSummaryDecider).when(province).thenRejects('GOVERNOR_SUMMARY_NOT_RESPONSIBLE', 'districtCode');
  });

  it('refuses an account of another district or province as out of its area', () => {
    const otherDistrict = send('a', { by: { accountId: 'a', office: { kind: 'DISTRICT', code: '7002' } } });
    given(governorSummaryDecider).when(otherDistrict).thenRejects('GOVERNOR_SUMMARY_OUT_OF_AREA', 'districtCode');
    const otherProvince = send('a', { by: { accountId: 'a', office: { kind: 'PROVINCE', code: '50' } } });
    given(governorSummaryDecider).when(otherProvince).thenRejects('GOVERNOR_SUMMARY_OUT_OF_AREA', 'districtCode');
  });
});
