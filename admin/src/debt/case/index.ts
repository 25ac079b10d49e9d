import { lazy } from 'react';
import type { Feature } from '../../feature';

const CasePage = lazy(() => import('./CasePage').then((m) => ({ default: m.CasePage })));

/** The debt case page: the whole case, its timeline and the actions it allows now (every level reads; auditors only read). */
export const debtCaseFeature: Feature = {
  routes: [{ path: '/debt-cases/:caseId', page: CasePage }],
};
