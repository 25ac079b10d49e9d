import { lazy } from 'react';
import { DEPARTMENT_LEVELS, type Feature } from '../feature';
import { OwnAuthorityHome } from './OwnAuthorityHome';

const AuthoritiesPage = lazy(() => import('./AuthoritiesPage').then((m) => ({ default: m.AuthoritiesPage })));
const AuthorityPage = lazy(() => import('./AuthorityPage').then((m) => ({ default: m.AuthorityPage })));
const BusinessesPage = lazy(() => import('./levies/BusinessesPage').then((m) => ({ default: m.BusinessesPage })));
const BusinessPage = lazy(() => import('./levies/BusinessPage').then((m) => ({ default: m.BusinessPage })));
const MonthlyReturnsPage = lazy(() => import('./levies/MonthlyReturnsPage').then((m) => ({ default: m.MonthlyReturnsPage })));
const BillPaymentsPage = lazy(() => import('./payments/BillPaymentsPage').then((m) => ({ default: m.BillPaymentsPage })));
const AuthorityReportPage = lazy(() => import('./reports/AuthorityReportPage').then((m) => ({ default: m.AuthorityReportPage })));
const ProvinceReportPage = lazy(() => import('./reports/ProvinceReportPage').then((m) => ({ default: m.ProvinceReportPage })));
const MonthlyReturnPage = lazy(() => import('./levies/MonthlyReturnPage').then((m) => ({ default: m.MonthlyReturnPage })));

/** The department's levels, and an authority's revenue staff (LOCAL), who read their own authority only. */
const READERS = [...DEPARTMENT_LEVELS, 'LOCAL' as const];

/**
 * Local administrative organisations (อปท.) and their ordinance terms: central administrators register them and
 * enact terms; every other level reads those of its area; an authority's staff its own, their home page. A PAO's
 * businesses and their monthly returns (hotel fee, fuel tax, tobacco tax): registered and keyed by the PAO's own
 * revenue staff, and by its province's and districts' staff, who oversee them; who may file online for a company's
 * business (its PAO's own staff record and revoke them); their bills paid from the bank's file. Each
 * authority's collection report, and a PAO's province-wide view.
 */
export const localAuthoritiesFeature: Feature = {
  navSection: 'องค์กรปกครองส่วนท้องถิ่น',
  routes: [
    { path: '/local-authorities', page: AuthoritiesPage, levels: READERS },
    { path: '/local-authorities/:code', page: AuthorityPage, levels: READERS },
    { path: '/local-authorities/:code/businesses', page: BusinessesPage, levels: READERS },
    { path: '/businesses/:businessNo', page: BusinessPage, levels: READERS },
    { path: '/local-authorities/:code/returns', page: MonthlyReturnsPage, levels: READERS },
    { path: '/local-authorities/:code/payments', page: BillPaymentsPage, levels: READERS },
    { path: '/local-authorities/:code/reports', page: AuthorityReportPage, levels: READERS },
    { path: '/local-authorities/:code/province-report', page: ProvinceReportPage, levels: READERS },
    { path: '/monthly-returns/:id', page: MonthlyReturnPage, levels: READERS },
  ],
  nav: [
    { to: '/local-authorities', label: 'องค์กรปกครองส่วนท้องถิ่น', levels: READERS },
    // An authority's own staff: their authority's page, which links to the work of its kind (a PAO's levies, the others' permits).
    { to: '/local-authorities', toOf: (a) => `/local-authorities/${a.officeCode}`, label: 'งานของ อปท.', levels: ['LOCAL'] },
  ],
  home: { LOCAL: OwnAuthorityHome },
};
