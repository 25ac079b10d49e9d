import { lazy } from 'react';
import { DEPARTMENT_LEVELS, type Feature } from '../feature';

const LeafletPermitsPage = lazy(() => import('./LeafletPermitsPage').then((m) => ({ default: m.LeafletPermitsPage })));
const RequestPermitPage = lazy(() => import('./RequestPermitPage').then((m) => ({ default: m.RequestPermitPage })));
const LeafletPermitPage = lazy(() => import('./LeafletPermitPage').then((m) => ({ default: m.LeafletPermitPage })));

/** The department's levels, and an authority's revenue staff (LOCAL), who work their own authority's requests. */
const WORKERS = [...DEPARTMENT_LEVELS, 'LOCAL' as const];

/**
 * Leaflet advertising permits (การโฆษณาด้วยการปิด ทิ้ง หรือโปรยแผ่นประกาศ): the staff of an area record the requests
 * made at its municipalities, SAOs and Pattaya City, check, decide, take the fee and issue the permit; so do an
 * authority's own revenue staff for their authority (its page links here; the department's menu lists it).
 */
export const leafletPermitsFeature: Feature = {
  navSection: 'องค์กรปกครองส่วนท้องถิ่น',
  routes: [
    { path: '/leaflet-permits', page: LeafletPermitsPage, levels: WORKERS },
    { path: '/leaflet-permits/new', page: RequestPermitPage, levels: WORKERS },
    { path: '/leaflet-permits/:id', page: LeafletPermitPage, levels: WORKERS },
  ],
  nav: [{ to: '/leaflet-permits', label: 'ใบอนุญาตโฆษณาด้วยแผ่นประกาศ' }],
};
