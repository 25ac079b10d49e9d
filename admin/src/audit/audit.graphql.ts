import { graphql, type ResultOf } from '../graphql';

const DEBT_FOUND = graphql(`
  fragment DebtFound on DebtCaseListItem {
    caseId status debtorTitle debtorFirstName debtorLastName districtNameTh provinceCode provinceNameTh lastEventAt
  }
`);

const COMPLAINT_FOUND = graphql(`
  fragment ComplaintFound on ComplaintListItem {
    complaintId trackingCode status subject updatedAt owningOffice { nameTh }
  }
`);

/** Every lookup the find page may make; the plan of what was typed switches on the ones it needs. */
export const AUDIT_FIND = graphql(`
  query AuditFind(
    $caseId: ID! = "", $byCaseId: Boolean! = false,
    $complaintId: ID! = "", $byComplaintId: Boolean! = false,
    $debtFilter: DebtCaseFilter, $byDebtFilter: Boolean! = false,
    $complaintFilter: ComplaintFilter, $byComplaintFilter: Boolean! = false
  ) {
    debtCase(id: $caseId) @include(if: $byCaseId) { ...DebtFound }
    complaint(id: $complaintId) @include(if: $byComplaintId) { ...ComplaintFound }
    debtCases(filter: $debtFilter, first: 50) @include(if: $byDebtFilter) { totalCount edges { node { ...DebtFound } } }
    complaints(filter: $complaintFilter, first: 50) @include(if: $byComplaintFilter) { totalCount edges { node { ...ComplaintFound } } }
  }
`, [DEBT_FOUND, COMPLAINT_FOUND]);

export { DEBT_FOUND, COMPLAINT_FOUND };


export const AUDIT_DEBT_CASE = graphql(`
  query AuditDebtCase($id: ID!) {
    debtCaseDetail(id: $id) {
      caseId status channel registeredAt lastEventAt version transferred wishesMediation totalPrincipal totalOutstanding
      district { nameTh isBangkokKhet } province { nameTh }
      debtor { title firstName lastName citizenId }
      creditors { name }
      closing { reason at }
    }
    debtCaseHistory(id: $id) {
      version recordedAt typeLabelTh
      actedBy { kind title firstName lastName positionTh systemTh office { nameTh } }
      changes { field labelTh beforeTh afterTh }
    }
  }
`);

export const AUDIT_COMPLAINT = graphql(`
  query AuditComplaint($id: ID!) {
    complaintDetail(id: $id) {
      complaintId trackingCode status channel receivedAt lastEventAt version subject
      owningOffice { nameTh } receivedBy { nameTh }
      category { mainNameTh subNameTh otherText }
      complainant { anonymous title firstName lastName }
      location { subdistrict { nameTh } district { nameTh isBangkokKhet } province { nameTh } }
      resolution { result at }
      closing { reason at }
    }
    complaintHistory(id: $id) {
      version recordedAt typeLabelTh
      actedBy { kind title firstName lastName positionTh systemTh office { nameTh } }
      changes { field labelTh beforeTh afterTh }
    }
  }
`);

/** Who read the record's personal data, newest first. */
export const PERSONAL_DATA_READS = graphql(`
  query AuditPersonalDataReads($recordType: PersonalDataRecordType!, $recordId: ID!) {
    personalDataReads(filter: { recordType: $recordType, recordId: $recordId }, first: 50) {
      totalCount
      edges { node { readId readAt fields readBy { kind title firstName lastName positionTh systemTh office { nameTh } } } }
    }
  }
`);

export type HistoryEntry = NonNullable<ResultOf<typeof AUDIT_DEBT_CASE>['debtCaseHistory']>[number];
export type Actor = HistoryEntry['actedBy'];
