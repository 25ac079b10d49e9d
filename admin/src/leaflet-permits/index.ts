import { lazy } from 'react';
import type { Feature } from '../feature';

const LeafletPermitsPage = lazy(() => import('./LeafletPermitsPage').then((m) => ({ default: m.LeafletPermitsPage })));
const RequestPermitPage = lazy(() => import('./RequestPermitPage').then((m) => ({ default: m.RequestPermitPage })));
const LeafletPermitPage = lazy(() => import('./LeafletPermitPage').then((m) => ({ default: m.LeafletPermitPage })));

/**
 * Leaflet advertising permits (การโฆษณาด้วยการปิด ทิ้ง หรือโปรยแผ่นประกาศ): the staff of an area record the requests
 * made at its municipalities, SAOs and Pattaya City, check, decide, take the fee and issue the permit.
 */
export const leafletPermitsFeature: Feature = {
  routes: [
    { path: '/leaflet-permits', page: LeafletPermitsPage },
    { path: '/leaflet-permits/new', page: RequestPermitPage },
    { path: '/leaflet-permits/:id', page: LeafletPermitPage },
  ],
  nav: [{ to: '/leaflet-permits', label: 'ใบอนุญาตโฆษณาด้วยแผ่นประกาศ' }],
};
