import { graphql, type ResultOf, type VariablesOf } from '../../graphql';

export const DEBT_CASES = graphql(`
  query DebtCases($filter: DebtCaseFilter, $first: Int, $after: String) {
    debtCases(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          caseId status channel registeredOn debtorTitle debtorFirstName debtorLastName totalOutstanding
          districtNameTh transferredFromDistrictNameTh
        }
      }
    }
  }
`);

export const HANDED_OVER_CASES = graphql(`
  query HandedOverDebtCases($first: Int, $after: String) {
    handedOverCases(caseType: DEBT, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { caseId kind handedAt from { nameTh } to { nameTh } } }
    }
  }
`);

export type DebtCaseFilter = NonNullable<VariablesOf<typeof DEBT_CASES>['filter']>;
export type DebtCaseList = NonNullable<ResultOf<typeof DEBT_CASES>['debtCases']>;
export type DebtCaseRow = DebtCaseList['edges'][number]['node'];
export type DebtCaseStatus = DebtCaseRow['status'];
export type HandedOverList = NonNullable<ResultOf<typeof HANDED_OVER_CASES>['handedOverCases']>;
export type HandedOverRow = HandedOverList['edges'][number]['node'];
export type HandoverKind = HandedOverRow['kind'];
