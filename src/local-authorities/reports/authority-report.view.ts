import type { CalendarDay } from '../../calendar/calendar-day.js';
import { formatThaiDate } from '../../calendar/thai-date-text.js';
import { type Baht, sumBaht } from '../../shared/money.js';
import type { LocalAuthority } from '../local-authority.decider.js';
import {
  type BillFact, type BusinessFact, type Collection, collectionOf, type FiledFact, type IssuedPermit, type NonFiler, nonFilersOf,
  type OutstandingBill, outstandingOf, PAO_KINDS, type PaymentFact, type PermitFact, permitsIssuedOf,
} from './authority-report.assemble.js';
import type { ReportPeriod } from './report-period.js';

/** What the reports are assembled from, as the reader may see it. */
export interface AuthorityFacts {
  payments: PaymentFact[];
  bills: BillFact[];
  businesses: BusinessFact[];
  filed: FiledFact[];
  permits: PermitFact[];
}

interface ReportHeading {
  authorityCode: string; authorityNameTh: string; period: string; periodTh: string; from: string; to: string; asOf: CalendarDay; asOfTh: string;
  downloads: { xlsx: string; pdf: string };
}

/** รายงานการจัดเก็บรายได้ of one authority for a period. */
export interface AuthorityReportView extends ReportHeading {
  pao: boolean;
  collection: Collection;
  outstanding: OutstandingBill[];
  outstandingTotal: Baht;
  nonFilers: NonFiler[];
  permitsIssued: IssuedPermit[];
}

/** Permits issued by one authority of the province in the period. */
export interface AuthorityPermitCount { authorityCode: string; authorityNameTh: string; issued: number; fees: Baht }

/** A PAO's province-wide view: its own collection and non-filers, and every authority of its province's permits. */
export interface ProvinceReportView extends ReportHeading {
  provinceCode: string;
  collection: Collection;
  nonFilers: NonFiler[];
  permitsByAuthority: AuthorityPermitCount[];
  permitsIssued: IssuedPermit[];
}

function heading(authority: LocalAuthority, period: ReportPeriod, today: CalendarDay, path: string): ReportHeading {
  const file = `/reports/${path}/${authority.code}/${period.slug}`;
  return {
    authorityCode: authority.code, authorityNameTh: authority.nameTh, period: period.slug, periodTh: period.labelTh, from: period.from, to: period.to,
    asOf: today, asOfTh: formatThaiDate(today), downloads: { xlsx: `${file}.xlsx`, pdf: `${file}.pdf` },
  };
}

/**
 * One authority's report: a PAO's levies collected, its bills outstanding and the businesses that did not file;
 * a municipality's, SAO's or Pattaya's permit fees collected and permits issued.
 */
export function authorityReport(authority: LocalAuthority, period: ReportPeriod, today: CalendarDay, facts: AuthorityFacts): AuthorityReportView {
  const pao = authority.kind === 'PAO';
  const outstanding = pao ? outstandingOf(facts.bills, period, today) : [];
  return {
    ...heading(authority, period, today, 'local-authority'), pao,
    collection: collectionOf(pao ? PAO_KINDS : ['LEAFLET'], facts.payments, period, today),
    outstanding,
    outstandingTotal: sumBaht(outstanding.map((b) => b.outstanding)),
    nonFilers: pao ? nonFilersOf(facts.businesses, facts.filed, period, today) : [],
    permitsIssued: pao ? [] : permitsIssuedOf(facts.permits, period),
  };
}

/** The PAO's province-wide report; `authorities` are the province's other authorities the reader may see. */
export function provinceReport(
  pao: LocalAuthority, authorities: readonly Pick<LocalAuthority, 'code' | 'nameTh'>[], period: ReportPeriod, today: CalendarDay, facts: AuthorityFacts,
): ProvinceReportView {
  const permitsIssued = permitsIssuedOf(facts.permits, period);
  return {
    ...heading(pao, period, today, 'local-province'), provinceCode: pao.provinceCode,
    collection: collectionOf(PAO_KINDS, facts.payments, period, today),
    nonFilers: nonFilersOf(facts.businesses, facts.filed, period, today),
    permitsByAuthority: authorities.map((a) => {
      const issued = permitsIssued.filter((p) => p.authorityCode === a.code);
      return {
        authorityCode: a.code, authorityNameTh: a.nameTh, issued: issued.length,
        fees: sumBaht(issued.map((p) => p.fee)),
      };
    }),
    permitsIssued,
  };
}
