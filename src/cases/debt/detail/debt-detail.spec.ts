import { describe, expect, it } from '@jest/globals';
import { agree, close, contact, historyOf, LATER, LATER_UTC, ON_MEDIATION_DAY, schedule } from '../debt-fixtures.js';
import { foldDebtCaseDetail } from './debt-detail.js';

const AGREED_UTC = new Date(ON_MEDIATION_DAY).toISOString();
const slot = { date: '2024-01-20', time: '09:30', place: 'ศูนย์ดำรงธรรมอำเภอเมืองมุกดาหาร' };

describe('a debt case folded whole', () => {
  it('keeps every session: one moved by a transfer is CANCELLED, one replaced RESCHEDULED, one with an outcome HELD', () => {
    const detail = foldDebtCaseDetail(historyOf(
      contact, schedule, { type: 'TransferDebtCase', at: LATER, toDistrictCode: '4902', reason: 'ย้ายบ้าน' },
      schedule, { ...schedule, place: 'ห้องประชุมอำเภอนิคมคำสร้อย' }, agree,
    ))!;
    expect(detail.mediationSessions.map((s) => [s.districtCode, s.place, s.state])).toEqual([
      ['4901', slot.place, 'CANCELLED'], ['4902', slot.place, 'RESCHEDULED'], ['4902', 'ห้องประชุมอำเภอนิคมคำสร้อย', 'HELD'],
    ]);
    expect(detail.mediationSessions[2].outcome).toEqual({
      outcome: 'AGREED', recordedAt: AGREED_UTC, agreement: { debtBefore: '74500.75', debtAfter: '50000.00', reduction: '24500.75' },
      instalmentPlan: { instalmentCount: 10, instalmentAmount: '5000.00', firstDueDate: '2024-02-01' }, note: null,
    });
    expect(detail.transfers).toEqual([{
      at: LATER_UTC, reason: 'ย้ายบ้าน', fromDistrictCode: '4901', fromProvinceCode: '49', toDistrictCode: '4902', toProvinceCode: '49',
      cancelledMediation: slot,
    }]);
    expect(detail.agreement).toMatchObject({ debtAfter: '50000.00', mediationDate: '2024-01-20', recordedAt: AGREED_UTC });
    expect(detail).toMatchObject({ version: 7, lastEventAt: AGREED_UTC, state: { status: 'AGREED', figures: { districtCode: '4902' } } });
  });

  it('keeps the closing while closed and each reopening after', () => {
    const closed = foldDebtCaseDetail(historyOf(contact, close))!;
    expect(closed.closing).toEqual({ reason: 'WITHDRAWN', statusBefore: 'CONTACTED', duplicateOfCaseId: null, note: null, at: LATER_UTC });
    const reopened = foldDebtCaseDetail(historyOf(contact, close, { type: 'ReopenDebtCase', at: LATER, reason: 'ขอดำเนินการต่อ', openCasesOfDebtor: [] }))!;
    expect(reopened).toMatchObject({ closing: null, reopenings: [{ at: LATER_UTC, reason: 'ขอดำเนินการต่อ', closedReason: 'WITHDRAWN' }] });
    expect(reopened.contactAttempts).toEqual([
      { at: LATER_UTC, districtCode: '4901', method: 'PHONE', reached: true, wishesMediation: 'YES', note: null },
    ]);
  });

  it('is nothing for a stream without a registration', () => {
    expect(foldDebtCaseDetail([])).toBeUndefined();
  });
});
