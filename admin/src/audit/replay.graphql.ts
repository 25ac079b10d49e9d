import { graphql, type ResultOf } from '../graphql';

/** A case's timeline: every event with who acted as they stood then, its ids, and the fields it changed. */
export const CASE_TIMELINE = graphql(`
  query CaseTimeline($caseId: ID!) {
    caseTimeline(caseId: $caseId) {
      version recordedAt typeLabelTh typeLabelEn commandId correlationId
      actedBy { kind title firstName lastName positionTh systemTh office { nameTh } }
      changes { field labelTh beforeTh afterTh }
    }
  }
`);

/** The case as it stood at a version or an instant, in the case detail's shape. */
export const CASE_AS_OF = graphql(`
  query CaseAsOf($caseId: ID!, $version: Int, $asOf: DateTime) {
    caseAsOf(caseId: $caseId, version: $version, asOf: $asOf) {
      caseId kind version versions recordedAt
      debtCase {
        status transferred wishesMediation totalPrincipal totalOutstanding lastEventAt
        district { nameTh isBangkokKhet } province { nameTh }
        debtor { title firstName lastName } creditors { name } contactAttempts { at }
        closing { reason at }
      }
      complaint {
        trackingCode status subject lastEventAt owningOffice { nameTh }
        resolution { result at } closing { reason at }
      }
    }
  }
`);

export type TimelineEntry = NonNullable<ResultOf<typeof CASE_TIMELINE>['caseTimeline']>[number];
export type CaseAsOf = NonNullable<ResultOf<typeof CASE_AS_OF>['caseAsOf']>;
