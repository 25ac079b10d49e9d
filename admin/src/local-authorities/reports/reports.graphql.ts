import { graphql, type ResultOf } from '../../graphql';

/** A page of a report's non-filers (the queries ask 20 a page; the downloads hold them all), by month, business and levy. */
const NON_FILER_PAGE = graphql(`
  fragment NonFilerPage on NonFilerConnection @_unmask {
    totalCount pageInfo { hasNextPage endCursor } edges { node { period periodTh businessNo businessName kind } }
  }
`);

export const LOCAL_AUTHORITY_REPORT = graphql(`
  query LocalAuthorityReport($authorityCode: String!, $period: String, $nonFilersAfter: String) {
    localAuthorityReport(authorityCode: $authorityCode, period: $period) {
      authorityCode authorityNameTh period periodTh asOfTh pao downloads { xlsx pdf }
      collection { total payments byKind { kind kindTh payments amount } months { month monthTh total amounts { kind amount } } }
      outstanding { returnId businessNo businessName kind periodTh dueOnTh billed paid outstanding daysOverdue } outstandingTotal
      nonFilers(first: 20, after: $nonFilersAfter) { ...NonFilerPage }
      permitsIssued { permitId permitNumber issuedOnTh applicantName fee authorityNameTh }
    }
  }
`, [NON_FILER_PAGE]);

export const LOCAL_PROVINCE_REPORT = graphql(`
  query LocalProvinceReport($authorityCode: String!, $period: String, $nonFilersAfter: String) {
    localProvinceReport(authorityCode: $authorityCode, period: $period) {
      authorityCode authorityNameTh period periodTh asOfTh downloads { xlsx pdf }
      collection { total payments byKind { kind kindTh payments amount } months { month monthTh total amounts { kind amount } } }
      nonFilers(first: 20, after: $nonFilersAfter) { ...NonFilerPage }
      permitsByAuthority { authorityCode authorityNameTh issued fees }
      permitsIssued { permitId permitNumber issuedOnTh applicantName fee authorityNameTh }
    }
  }
`, [NON_FILER_PAGE]);

type Report = NonNullable<ResultOf<typeof LOCAL_AUTHORITY_REPORT>['localAuthorityReport']>;
export type Collection = Report['collection'];
export type IssuedPermit = Report['permitsIssued'][number];
export type NonFilers = ResultOf<typeof NON_FILER_PAGE>;
export type OutstandingBill = Report['outstanding'][number];
