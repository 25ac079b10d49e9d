import { graphql, type ResultOf } from '../graphql';

export const LEAFLET_PERMITS = graphql(`
  query LeafletPermits($filter: LeafletPermitFilter, $after: String) {
    leafletPermits(filter: $filter, first: 50, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { permitId status channel authorityCode authorityNameTh applicantName advertisement from to leaflets fee requestedOn dueOn overdue
        receiptNumber permitNumber } }
    }
  }
`);

export const LEAFLET_PERMIT = graphql(`
  query LeafletPermit($id: ID!) {
    leafletPermit(id: $id) {
      permit { permitId status channel authorityCode authorityNameTh applicantKind applicantName applicantIdNumber applicantPhone advertisement
        places { kind lat lon subdistrictCode subdistrictNameTh description } from to leaflets fee requestedAt requestedOn dueOn overdue
        termsEffectiveFrom decisionDays checkNote decidedOn conditions reasons paidOn receiptNumber issuedOn permitNumber pdfPath version }
      history { eventId type typeLabelTh recordedAt actor version }
    }
  }
`);

export const REQUEST_LEAFLET_PERMIT = graphql(`
  mutation RequestLeafletPermit($input: RequestLeafletPermitInput!) {
    requestLeafletPermit(input: $input) { permitId version alreadyHandled position permit { permitId status channel authorityCode authorityNameTh applicantKind applicantName applicantIdNumber applicantPhone advertisement
        places { kind lat lon subdistrictCode subdistrictNameTh description } from to leaflets fee requestedAt requestedOn dueOn overdue
        termsEffectiveFrom decisionDays checkNote decidedOn conditions reasons paidOn receiptNumber issuedOn permitNumber pdfPath version } }
  }
`);

export const CHECK_LEAFLET_PERMIT = graphql(`
  mutation CheckLeafletPermit($input: CheckLeafletPermitInput!) {
    checkLeafletPermit(input: $input) { permitId version alreadyHandled position permit { permitId status channel authorityCode authorityNameTh applicantKind applicantName applicantIdNumber applicantPhone advertisement
        places { kind lat lon subdistrictCode subdistrictNameTh description } from to leaflets fee requestedAt requestedOn dueOn overdue
        termsEffectiveFrom decisionDays checkNote decidedOn conditions reasons paidOn receiptNumber issuedOn permitNumber pdfPath version } }
  }
`);

export const APPROVE_LEAFLET_PERMIT = graphql(`
  mutation ApproveLeafletPermit($input: ApproveLeafletPermitInput!) {
    approveLeafletPermit(input: $input) { permitId version alreadyHandled position permit { permitId status channel authorityCode authorityNameTh applicantKind applicantName applicantIdNumber applicantPhone advertisement
        places { kind lat lon subdistrictCode subdistrictNameTh description } from to leaflets fee requestedAt requestedOn dueOn overdue
        termsEffectiveFrom decisionDays checkNote decidedOn conditions reasons paidOn receiptNumber issuedOn permitNumber pdfPath version } }
  }
`);

export const REFUSE_LEAFLET_PERMIT = graphql(`
  mutation RefuseLeafletPermit($input: RefuseLeafletPermitInput!) {
    refuseLeafletPermit(input: $input) { permitId version alreadyHandled position permit { permitId status channel authorityCode authorityNameTh applicantKind applicantName applicantIdNumber applicantPhone advertisement
        places { kind lat lon subdistrictCode subdistrictNameTh description } from to leaflets fee requestedAt requestedOn dueOn overdue
        termsEffectiveFrom decisionDays checkNote decidedOn conditions reasons paidOn receiptNumber issuedOn permitNumber pdfPath version } }
  }
`);

export const RECORD_LEAFLET_FEE_PAID = graphql(`
  mutation RecordLeafletFeePaid($input: RecordLeafletFeePaidInput!) {
    recordLeafletFeePaid(input: $input) { permitId version alreadyHandled position permit { permitId status channel authorityCode authorityNameTh applicantKind applicantName applicantIdNumber applicantPhone advertisement
        places { kind lat lon subdistrictCode subdistrictNameTh description } from to leaflets fee requestedAt requestedOn dueOn overdue
        termsEffectiveFrom decisionDays checkNote decidedOn conditions reasons paidOn receiptNumber issuedOn permitNumber pdfPath version } }
  }
`);

export const ISSUE_LEAFLET_PERMIT = graphql(`
  mutation IssueLeafletPermit($input: IssueLeafletPermitInput!) {
    issueLeafletPermit(input: $input) { permitId version alreadyHandled position permit { permitId status channel authorityCode authorityNameTh applicantKind applicantName applicantIdNumber applicantPhone advertisement
        places { kind lat lon subdistrictCode subdistrictNameTh description } from to leaflets fee requestedAt requestedOn dueOn overdue
        termsEffectiveFrom decisionDays checkNote decidedOn conditions reasons paidOn receiptNumber issuedOn permitNumber pdfPath version } }
  }
`);

export type LeafletPermit = NonNullable<ResultOf<typeof LEAFLET_PERMIT>['leafletPermit']>['permit'];
export type LeafletPermitStatus = LeafletPermit['status'];
export type LeafletPermitRow = NonNullable<ResultOf<typeof LEAFLET_PERMITS>['leafletPermits']>['edges'][number]['node'];
