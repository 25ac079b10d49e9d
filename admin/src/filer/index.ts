import { lazy } from 'react';
import type { Feature } from '../feature';

const FilerPage = lazy(() => import('./FilerPage').then((m) => ({ default: m.FilerPage })));

/** The citizen filer's page (ผู้ยื่นแบบ): signing in with D.DOPA, outside the staff frame. */
export const filerFeature: Feature = {
  publicRoutes: [{ path: '/filer', page: FilerPage }],
};
