import { lazy } from 'react';
import type { Feature } from '../feature';

const DistrictsPage = lazy(() => import('./DistrictsPage').then((m) => ({ default: m.DistrictsPage })));
const NationalPage = lazy(() => import('./NationalPage').then((m) => ({ default: m.NationalPage })));

/** Debt-case figures: a province's districts (its officers' home), the country's provinces (the centre's home). */
export const figuresFeature: Feature = {
  navSection: 'รายงานและสถิติ',
  home: { PROVINCE: DistrictsPage, CENTRAL: NationalPage },
  routes: [{ path: '/districts', page: DistrictsPage, levels: ['PROVINCE', 'CENTRAL', 'AUDITOR'] }],
  nav: [{ to: '/districts', label: 'ยอดรายอำเภอ', levels: ['PROVINCE', 'CENTRAL', 'AUDITOR'] }],
};
