import { graphql, type ResultOf } from '../graphql';

/** An erasure request as the page shows it: the request, its decision, refusals or outcome, and who recorded it. */
export const ERASURE_REQUEST = graphql(`
  fragment ErasureRequestRow on ErasureRequest @_unmask {
    requestId recordedAt recordedAtTh subjectMasked requester basis letterReference receivedOn receivedOnTh caseCount decision
    refusals { code messageTh cases { caseType caseId } } erasedAtTh keysDestroyed streamCount
    recordedBy { kind title firstName lastName positionTh systemTh office { nameTh } }
  }
`);

/** A legal hold as the page shows it: the case, the order, who placed it and whether it was lifted. */
export const LEGAL_HOLD = graphql(`
  fragment LegalHoldRow on LegalHold @_unmask {
    caseStreamId caseType caseId holdNo holdReason orderReference active placedAt placedAtTh liftedAtTh liftReason
    placedBy { kind title firstName lastName positionTh systemTh office { nameTh } }
  }
`);

export const RECORD_ERASURE_REQUEST = graphql(`
  mutation RecordErasureRequest($input: RecordErasureRequestInput!) {
    recordErasureRequest(input: $input) { ...ErasureRequestRow }
  }
`, [ERASURE_REQUEST]);

export const RETRY_ERASURE = graphql(`
  mutation RetryErasure($input: RetryErasureInput!) {
    retryErasure(input: $input) { ...ErasureRequestRow }
  }
`, [ERASURE_REQUEST]);

export const ERASURE_REQUESTS = graphql(`
  query ErasureRequests {
    erasureRequests(first: 20) { totalCount edges { node { ...ErasureRequestRow } } }
  }
`, [ERASURE_REQUEST]);

export const PLACE_LEGAL_HOLD = graphql(`
  mutation PlaceLegalHold($input: PlaceLegalHoldInput!) { placeLegalHold(input: $input) { ...LegalHoldRow } }
`, [LEGAL_HOLD]);

export const LIFT_LEGAL_HOLD = graphql(`
  mutation LiftLegalHold($input: LiftLegalHoldInput!) { liftLegalHold(input: $input) { ...LegalHoldRow } }
`, [LEGAL_HOLD]);

export const LEGAL_HOLDS = graphql(`
  query LegalHolds($activeOnly: Boolean) {
    legalHolds(activeOnly: $activeOnly, first: 50) { totalCount edges { node { ...LegalHoldRow } } }
  }
`, [LEGAL_HOLD]);

export type ErasureRequest = ResultOf<typeof ERASURE_REQUEST>;
export type LegalHold = ResultOf<typeof LEGAL_HOLD>;
