import { lazy } from 'react';
import type { Feature } from '../feature';

const AuthoritiesPage = lazy(() => import('./AuthoritiesPage').then((m) => ({ default: m.AuthoritiesPage })));
const AuthorityPage = lazy(() => import('./AuthorityPage').then((m) => ({ default: m.AuthorityPage })));

/**
 * Local administrative organisations (อปท.) and their ordinance terms: central administrators register them and
 * enact terms; every other level reads those of its area.
 */
export const localAuthoritiesFeature: Feature = {
  routes: [
    { path: '/local-authorities', page: AuthoritiesPage },
    { path: '/local-authorities/:code', page: AuthorityPage },
  ],
  nav: [{ to: '/local-authorities', label: 'องค์กรปกครองส่วนท้องถิ่น' }],
};
