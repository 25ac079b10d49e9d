import type { DebtorInput } from './registration/debt-inputs.js';
import type { Debtor } from './debt-records.js';
import { debtDecider } from './debt.decider.js';
import type { DebtCommand, RegisterDebtor } from './debt.commands.js';
import type { DebtEvent, DebtorRegisteredData } from './debt.events.js';

/**
 * Shared by the debt decider specs only: a counter registration in Mueang Mukdahan typed partly in Thai
 * digits, the event it must produce, and the commands that move a case along.
 */
export const CASE_ID = 'debt-2567-000001';
export const AT = '2024-01-05T10:30:00+07:00';
export const AT_UTC = '2024-01-05T03:30:00.000Z';
export const LATER = '2024-01-10T09:00:00+07:00';
export const LATER_UTC = '2024-01-10T02:00:00.000Z';

export const debtorInput = (patch: Partial<DebtorInput> = {}): DebtorInput => ({
  citizenId: '๑-๑๐๑๗-๐๐๒๐๗-๐๓-๐', title: 'นาง', firstName: ' สมหญิง ', lastName: 'ใจดี', phone: '๐๘๑-๒๓๔-๕๖๗๘',
  occupation: 'ค้าขาย', address: { line: '๑๒/๓ หมู่ ๔', subdistrictCode: '๔๙๐๑๐๑', districtCode: '๔๙๐๑', provinceCode: '๔๙' },
  ...patch,
});

export const debtor: Debtor = {
  citizenId: '1101700207030', title: 'นาง', firstName: 'สมหญิง', lastName: 'ใจดี', phone: '0812345678',
  occupation: 'ค้าขาย', address: { line: '12/3 หมู่ 4', subdistrictCode: '490101', districtCode: '4901', provinceCode: '49' },
};

export const register = (patch: Partial<RegisterDebtor> = {}): RegisterDebtor => ({
  type: 'RegisterDebtor',
  caseId: CASE_ID,
  at: AT,
  channel: 'COUNTER',
  debtor: debtorInput(),
  creditors: [
    { kind: 'PERSON', name: 'นายสมชาย  เงินด่วน', citizenId: '3100500123458', phone: '0898765432', address: { provinceCode: '49', districtCode: '๔๙๐๑' } },
    { kind: 'COMPANY', name: 'บริษัท เงินทันใจ จำกัด', companyId: '0107544000108' },
  ],
  debts: [
    { creditorIndex: 0, principal: '๕๐,๐๐๐', outstanding: '๖๒,๕๐๐.๕๐', interestRatePerMonth: '๒๐', startDate: '๑/๖/๒๕๖๖', collateral: 'โฉนดที่ดิน' },
    { creditorIndex: 1, principal: '10000', outstanding: '12,000.25', interestRatePerMonth: '1.50' },
  ],
  helpWanted: { kinds: ['MEDIATION', 'FORMAL_LOAN'] },
  openCasesOfDebtor: [],
  ...patch,
});

export const registeredData = (patch: Partial<DebtorRegisteredData> = {}): DebtorRegisteredData => ({
  caseId: CASE_ID,
  at: AT_UTC,
  districtCode: '4901',
  provinceCode: '49',
  channel: 'COUNTER',
  registeredAt: AT_UTC,
  registeredOn: '2024-01-05',
  creditorCount: 2,
  debtCount: 2,
  totalPrincipal: '60000.00',
  totalOutstanding: '74500.75',
  status: 'REGISTERED',
  attribution: 'DOMICILE',
  debtor,
  creditors: [
    {
      kind: 'PERSON', name: 'นายสมชาย เงินด่วน', citizenId: '3100500123458', companyId: null, phone: '0898765432',
      address: { line: null, subdistrictCode: null, districtCode: '4901', provinceCode: '49' },
    },
    { kind: 'COMPANY', name: 'บริษัท เงินทันใจ จำกัด', citizenId: null, companyId: '0107544000108', phone: null, address: null },
  ],
  creditorKeys: ['ID:3100500123458', 'ID:0107544000108'],
  debts: [
    { creditorIndex: 0, principal: '50000.00', outstanding: '62500.50', interestRatePerMonth: '20', startDate: '2023-06-01', collateral: 'โฉนดที่ดิน' },
    { creditorIndex: 1, principal: '10000.00', outstanding: '12000.25', interestRatePerMonth: '1.5', startDate: null, collateral: null },
  ],
  helpWanted: { kinds: ['MEDIATION', 'FORMAL_LOAN'], note: null },
  ...patch,
});

export const registered = (patch: Partial<DebtorRegisteredData> = {}): DebtEvent => ({ type: 'DebtorRegistered', data: registeredData(patch) });

export const contact = { type: 'RecordContactAttempt', at: LATER, method: 'PHONE', reached: true, wishesMediation: 'YES' } as const;
export const schedule = { type: 'ScheduleMediation', at: LATER, date: '๒๐/๑/๒๕๖๗', time: '๙.๓๐', place: 'ศูนย์ดำรงธรรมอำเภอเมืองมุกดาหาร' } as const;
export const ON_MEDIATION_DAY = '2024-01-20T11:00:00+07:00';
export const agree = {
  type: 'RecordMediationOutcome', at: ON_MEDIATION_DAY, outcome: 'AGREED', debtAfter: '๕๐,๐๐๐',
  instalmentPlan: { instalmentCount: '๑๐', instalmentAmount: '5,000', firstDueDate: '2024-02-01' },
} as const;
export const close = { type: 'CloseDebtCase', at: LATER, reason: 'WITHDRAWN' } as const;

/** The events of a registration followed by the given commands, each decided on the state before it. */
export function historyOf(...commands: DebtCommand[]): DebtEvent[] {
  const events: DebtEvent[] = [registered()];
  for (const command of commands) {
    const state = events.reduce(debtDecider.evolve, debtDecider.initialState());
    events.push(...debtDecider.decide(command, state));
  }
  return events;
}
