import { graphql, type ResultOf } from '../graphql';

export const FROZEN_REPORT_VERIFICATION = graphql(`
  query FrozenReportVerification {
    frozenReportVerification {
      checkedAt checked matching
      differing { kind day storedSha256 contentSha256 regeneratedSha256 offices }
    }
  }
`);

export type FrozenReportCheck = NonNullable<ResultOf<typeof FROZEN_REPORT_VERIFICATION>['frozenReportVerification']>;
export type DifferingReport = FrozenReportCheck['differing'][number];
