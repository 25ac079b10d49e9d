import { graphql, type ResultOf } from '../graphql';

export const RECORD_ERASURE_REQUEST = graphql(`
  mutation RecordErasureRequest($input: RecordErasureRequestInput!) {
    recordErasureRequest(input: $input) { requestId recordedAt recordedAtTh subjectMasked requester basis letterReference receivedOn receivedOnTh caseCount decision
      refusals { code messageTh cases { caseType caseId } } erasedAtTh keysDestroyed streamCount
      recordedBy { kind title firstName lastName positionTh systemTh office { nameTh } } }
  }
`);

export const RETRY_ERASURE = graphql(`
  mutation RetryErasure($input: RetryErasureInput!) {
    retryErasure(input: $input) { requestId recordedAt recordedAtTh subjectMasked requester basis letterReference receivedOn receivedOnTh caseCount decision
      refusals { code messageTh cases { caseType caseId } } erasedAtTh keysDestroyed streamCount
      recordedBy { kind title firstName lastName positionTh systemTh office { nameTh } } }
  }
`);

export const ERASURE_REQUESTS = graphql(`
  query ErasureRequests {
    erasureRequests(first: 20) { totalCount edges { node { requestId recordedAt recordedAtTh subjectMasked requester basis letterReference receivedOn receivedOnTh caseCount decision
      refusals { code messageTh cases { caseType caseId } } erasedAtTh keysDestroyed streamCount
      recordedBy { kind title firstName lastName positionTh systemTh office { nameTh } } } } }
  }
`);

export const PLACE_LEGAL_HOLD = graphql(`
  mutation PlaceLegalHold($input: PlaceLegalHoldInput!) { placeLegalHold(input: $input) { caseStreamId caseType caseId holdNo holdReason orderReference active placedAt placedAtTh liftedAtTh liftReason
      placedBy { kind title firstName lastName positionTh systemTh office { nameTh } } } }
`);

export const LIFT_LEGAL_HOLD = graphql(`
  mutation LiftLegalHold($input: LiftLegalHoldInput!) { liftLegalHold(input: $input) { caseStreamId caseType caseId holdNo holdReason orderReference active placedAt placedAtTh liftedAtTh liftReason
      placedBy { kind title firstName lastName positionTh systemTh office { nameTh } } } }
`);

export const LEGAL_HOLDS = graphql(`
  query LegalHolds($activeOnly: Boolean) {
    legalHolds(activeOnly: $activeOnly, first: 50) { totalCount edges { node { caseStreamId caseType caseId holdNo holdReason orderReference active placedAt placedAtTh liftedAtTh liftReason
      placedBy { kind title firstName lastName positionTh systemTh office { nameTh } } } } }
  }
`);

export type ErasureRequest = NonNullable<ResultOf<typeof RECORD_ERASURE_REQUEST>['recordErasureRequest']>;
export type LegalHold = NonNullable<ResultOf<typeof PLACE_LEGAL_HOLD>['placeLegalHold']>;
