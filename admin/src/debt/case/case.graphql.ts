import { graphql, type ResultOf } from '../../graphql';

export const CASE_DETAIL = graphql(`
  query DebtCaseDetail($id: ID!) {
    debtCaseDetail(id: $id) {
      caseId version status channel registeredAt registeredOn transferred wishesMediation allowedActions lastEventAt
      district { code nameTh isBangkokKhet } province { code nameTh } attributedDistrict { code nameTh isBangkokKhet }
      creditorCount debtCount totalPrincipal totalOutstanding
      debtor { citizenId title firstName lastName phone occupation
        address { line subdistrict { nameTh } district { nameTh isBangkokKhet } province { nameTh } } }
      creditors { kind name citizenId companyId phone address { line subdistrict { nameTh } district { nameTh isBangkokKhet } province { nameTh } } }
      debts { creditorIndex principal outstanding interestRatePerMonth startDate collateral }
      helpWanted { kinds note }
      contactAttempts { at district { code nameTh isBangkokKhet } method reached wishesMediation note }
      mediationSessions { scheduledAt district { code nameTh isBangkokKhet } date time place state
        outcome { outcome recordedAt debtBefore debtAfter reduction note instalmentPlan { instalmentCount instalmentAmount firstDueDate } } }
      nextMediation { date time place }
      agreement { debtBefore debtAfter reduction mediationDate instalmentPlan { instalmentCount instalmentAmount firstDueDate } }
      referral { agency agencyName note at }
      transfers { at from { code nameTh isBangkokKhet } to { code nameTh isBangkokKhet } reason cancelledMediation { date time place } }
      closing { reason statusBefore duplicateOfCaseId note at }
      reopenings { at reason closedReason }
    }
  }
`);

export const CASE_HISTORY = graphql(`
  query DebtCaseHistory($id: ID!) {
    debtCaseHistory(id: $id) {
      eventId version type typeLabelTh recordedAt
      actedBy { kind title firstName lastName positionTh systemTh office { nameTh } }
      changes { field labelTh beforeTh afterTh }
    }
  }
`);

export const RECORD_CONTACT = graphql(`
  mutation RecordContactAttempt($input: RecordContactAttemptInput!) { recordContactAttempt(input: $input) { caseId version } }
`);
export const SCHEDULE_MEDIATION = graphql(`
  mutation ScheduleMediation($input: ScheduleMediationInput!) { scheduleMediation(input: $input) { caseId version } }
`);
export const RECORD_OUTCOME = graphql(`
  mutation RecordMediationOutcome($input: RecordMediationOutcomeInput!) { recordMediationOutcome(input: $input) { caseId version } }
`);
export const TRANSFER_CASE = graphql(`
  mutation TransferDebtCase($input: TransferDebtCaseInput!) { transferDebtCase(input: $input) { caseId version } }
`);
export const REFER_CASE = graphql(`
  mutation ReferDebtCase($input: ReferDebtCaseInput!) { referDebtCase(input: $input) { caseId version } }
`);
export const CLOSE_CASE = graphql(`
  mutation CloseDebtCase($input: CloseDebtCaseInput!) { closeDebtCase(input: $input) { caseId version } }
`);
export const REOPEN_CASE = graphql(`
  mutation ReopenDebtCase($input: ReopenDebtCaseInput!) { reopenDebtCase(input: $input) { caseId version } }
`);

export const PROVINCES = graphql(`query CaseProvinces { provinces { code nameTh } }`);
export const DISTRICTS = graphql(`query CaseDistricts($provinceCode: String!) { districts(provinceCode: $provinceCode) { code nameTh isBangkokKhet } }`);

export type DebtCaseDetail = NonNullable<ResultOf<typeof CASE_DETAIL>['debtCaseDetail']>;
export type HistoryEntry = NonNullable<ResultOf<typeof CASE_HISTORY>['debtCaseHistory']>[number];
export type DebtCaseAction = DebtCaseDetail['allowedActions'][number];
export type DebtCaseStatus = DebtCaseDetail['status'];
