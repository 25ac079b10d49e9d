import { lazy } from 'react';
import { DEPARTMENT_LEVELS, type Feature } from '../feature';
import { OwnAuthorityHome } from './OwnAuthorityHome';

const AuthoritiesPage = lazy(() => import('./AuthoritiesPage').then((m) => ({ default: m.AuthoritiesPage })));
const AuthorityPage = lazy(() => import('./AuthorityPage').then((m) => ({ default: m.AuthorityPage })));

/** The department's levels, and an authority's revenue staff (LOCAL), who read their own authority only. */
const READERS = [...DEPARTMENT_LEVELS, 'LOCAL' as const];

/**
 * Local administrative organisations (อปท.) and their ordinance terms: central administrators register them and
 * enact terms; every other level reads those of its area; an authority's staff its own, their home page.
 */
export const localAuthoritiesFeature: Feature = {
  routes: [
    { path: '/local-authorities', page: AuthoritiesPage, levels: READERS },
    { path: '/local-authorities/:code', page: AuthorityPage, levels: READERS },
  ],
  nav: [{ to: '/local-authorities', label: 'องค์กรปกครองส่วนท้องถิ่น', levels: READERS }],
  home: { LOCAL: OwnAuthorityHome },
};
