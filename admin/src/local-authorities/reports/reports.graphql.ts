import { graphql, type ResultOf } from '../../graphql';

export const LOCAL_AUTHORITY_REPORT = graphql(`
  query LocalAuthorityReport($authorityCode: String!, $period: String) {
    localAuthorityReport(authorityCode: $authorityCode, period: $period) {
      authorityCode authorityNameTh period periodTh asOfTh pao downloads { xlsx pdf }
      collection { total payments byKind { kind kindTh payments amount } months { month monthTh total amounts { kind amount } } }
      outstanding { returnId businessNo businessName kind periodTh dueOnTh billed paid outstanding daysOverdue } outstandingTotal
      nonFilers { period periodTh businessNo businessName kind }
      permitsIssued { permitId permitNumber issuedOnTh applicantName fee authorityNameTh }
    }
  }
`);

export const LOCAL_PROVINCE_REPORT = graphql(`
  query LocalProvinceReport($authorityCode: String!, $period: String) {
    localProvinceReport(authorityCode: $authorityCode, period: $period) {
      authorityCode authorityNameTh period periodTh asOfTh downloads { xlsx pdf }
      collection { total payments byKind { kind kindTh payments amount } months { month monthTh total amounts { kind amount } } }
      nonFilers { period periodTh businessNo businessName kind }
      permitsByAuthority { authorityCode authorityNameTh issued fees }
      permitsIssued { permitId permitNumber issuedOnTh applicantName fee authorityNameTh }
    }
  }
`);

type Report = NonNullable<ResultOf<typeof LOCAL_AUTHORITY_REPORT>['localAuthorityReport']>;
export type Collection = Report['collection'];
export type IssuedPermit = Report['permitsIssued'][number];
export type NonFiler = Report['nonFilers'][number];
export type OutstandingBill = Report['outstanding'][number];
