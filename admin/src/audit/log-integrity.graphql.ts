import { graphql, type ResultOf } from '../graphql';

export const VERIFY_REPORT = graphql(`
  query VerifyReport($code: String!) {
    verifyReport(code: $code) {
      code day provinceCode provinceTh officeTh cutOff frozenAt sha256
      sealed sealMatches brokenLinks contentMatches matches checkedAt
    }
  }
`);

export const VERIFY_LOG = graphql(`
  query VerifyLog {
    verifyLog {
      checkedAt intact checkedEvents checkedSeals
      brokenLinks { streamId version eventId kind globalPosition }
      brokenSeals { day transactionId globalPosition storedSeal recomputedSeal }
      brokenReseals { runId recorded recomputed }
    }
  }
`);

export type ReportCheck = NonNullable<ResultOf<typeof VERIFY_REPORT>['verifyReport']>;
export type LogCheck = NonNullable<ResultOf<typeof VERIFY_LOG>['verifyLog']>;
