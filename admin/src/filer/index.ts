import { lazy } from 'react';
import type { Feature } from '../feature';

const FilerPage = lazy(() => import('./FilerPage').then((m) => ({ default: m.FilerPage })));
const FilerLeafletPage = lazy(() => import('./leaflet/FilerLeafletPage').then((m) => ({ default: m.FilerLeafletPage })));

/** The citizen filer's pages (ผู้ยื่นแบบ): signing in with D.DOPA, outside the staff frame; their returns, and their leaflet permits. */
export const filerFeature: Feature = {
  publicRoutes: [{ path: '/filer', page: FilerPage }, { path: '/filer/leaflet-permits', page: FilerLeafletPage }],
};
