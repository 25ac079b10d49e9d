import { graphql, type ResultOf } from '../../graphql';

export const BILL_PAYMENT_RUNS = graphql(`
  query BillPaymentRuns($authorityCode: String!, $after: String) {
    localAuthority(code: $authorityCode) { code nameTh }
    billPaymentRuns(authorityCode: $authorityCode, first: 20, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id fileName effectiveDate ranBy ranAt paymentCount matchedCount unmatchedCount exceptionCount matchedAmount unmatchedAmount exceptionAmount } }
    }
  }
`);

export const BILL_PAYMENT_RUN_LINES = graphql(`
  query BillPaymentRunLines($runId: ID!, $all: Boolean, $after: String) {
    billPaymentRun(id: $runId) { id fileName fileDigest effectiveDate companyAccount ranAt paymentCount matchedCount unmatchedCount exceptionCount matchedAmount unmatchedAmount exceptionAmount }
    billPaymentRunLines(runId: $runId, all: $all, first: 100, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { line outcome reasonTh ref1 ref2 amount billAmount paidAt customerName returnId receiptNumber } }
    }
  }
`);

export const RECONCILE_BILL_PAYMENTS = graphql(`
  mutation ReconcileBillPayments($input: ReconcileBillPaymentsInput!) {
    reconcileBillPayments(input: $input) {
      run { id fileName fileDigest effectiveDate companyAccount ranAt dryRun paymentCount matchedCount unmatchedCount exceptionCount matchedAmount unmatchedAmount exceptionAmount }
      lines { line outcome reasonTh ref1 ref2 amount billAmount paidAt customerName returnId receiptNumber }
    }
  }
`);

export type RunLine = NonNullable<ResultOf<typeof RECONCILE_BILL_PAYMENTS>['reconcileBillPayments']>['lines'][number];
export type RunSummary = NonNullable<ResultOf<typeof RECONCILE_BILL_PAYMENTS>['reconcileBillPayments']>['run'];
