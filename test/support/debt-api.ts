import { toThaiDigits } from '../../src/shared/thai-digits.js';
import type { SignedIn, TestApp } from './test-app.js';

/** The debt case's GraphQL mutations as a client calls them, and registrations typed the way staff type them. */

export const DEBT_RESULT = `caseId version alreadyHandled eventTypes case {
  caseId status closed { reason statusBefore } transferred attributedDistrictCode
  figures { districtCode provinceCode channel registeredAt registeredOn creditorCount debtCount totalPrincipal totalOutstanding }
  debtor { citizenId title firstName lastName phone address { line subdistrictCode districtCode provinceCode } }
  creditors { kind name citizenId companyId } debts { creditorIndex principal outstanding interestRatePerMonth startDate }
  helpWanted { kinds note } wishesMediation contactAttempts mediation { date time place }
  agreement { debtBefore debtAfter reduction } referral { agency agencyName } }`;

const INPUT_TYPES = {
  amendDebtRegistration: 'AmendDebtRegistrationInput',
  recordContactAttempt: 'RecordContactAttemptInput',
  transferDebtCase: 'TransferDebtCaseInput',
  scheduleMediation: 'ScheduleMediationInput',
  recordMediationOutcome: 'RecordMediationOutcomeInput',
  referDebtCase: 'ReferDebtCaseInput',
  closeDebtCase: 'CloseDebtCaseInput',
  reopenDebtCase: 'ReopenDebtCaseInput',
} as const;

export type DebtMutation = keyof typeof INPUT_TYPES;

/** The mutations as `as` sends them; `eventCount` reads the test database. */
export function debtApi(t: TestApp, as: SignedIn) {
  return {
    register: (input: object, commandId?: string) => as.graphql(
      `mutation ($input: RegisterDebtorInput!) { r: registerDebtor(input: $input) { ${DEBT_RESULT} } }`,
      { input: { ...input, commandId } },
    ),
    send: (mutation: DebtMutation, caseId: string, input: object, commandId?: string) => as.graphql(
      `mutation ($input: ${INPUT_TYPES[mutation]}!) { r: ${mutation}(input: $input) { ${DEBT_RESULT} } }`,
      { input: { ...input, caseId, commandId } },
    ),
    /** Events in the whole log: a refused command leaves it as it was. */
    eventCount: async () => (await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0].n,
  };
}

/** A valid citizen id from its first 12 digits. */
export function citizenId(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return first12 + String((11 - (sum % 11)) % 10);
}

/** A counter registration in Mueang Mukdahan, typed with Thai digits where staff would. */
export function registration(patch: Record<string, unknown> = {}) {
  return {
    channel: 'COUNTER',
    debtor: {
      citizenId: '๑-๑๐๑๗-๐๐๒๐๗-๐๓-๐', title: 'นาง', firstName: 'สมหญิง', lastName: 'ใจดี', phone: '๐๘๑-๒๓๔-๕๖๗๘', occupation: 'ค้าขาย',
      address: { line: '๑๒/๓ หมู่ ๔', subdistrictCode: '๔๙๐๑๐๑', districtCode: '๔๙๐๑', provinceCode: '๔๙' },
    },
    creditors: [{ kind: 'PERSON', name: 'นายสมชาย เงินด่วน', citizenId: '3100500123458' }],
    debts: [{ principal: '๕๐,๐๐๐', outstanding: '๖๒,๕๐๐.๕๐', interestRatePerMonth: '๒๐', startDate: '๑/๖/๒๕๖๖' }],
    helpWanted: { kinds: ['MEDIATION'] },
    ...patch,
  };
}

/** Today in Asia/Bangkok as staff write it: D/M/YYYY in the Buddhist Era, Thai digits; and as ISO. */
export function bangkokToday(): { typed: string; iso: string } {
  const iso = new Date(Date.now() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const [year, month, day] = iso.split('-').map(Number);
  return { typed: toThaiDigits(`${day}/${month}/${year + 543}`), iso };
}
