import { lazy } from 'react';
import type { Feature } from '../feature';

const NewsPage = lazy(() => import('./NewsPage').then((m) => ({ default: m.NewsPage })));

/** ข่าว: a district centre's activity posts with photos; districts post their own, every level reads. */
export const newsFeature: Feature = {
  navSection: 'งานของศูนย์ดำรงธรรม',
  routes: [{ path: 'news', page: NewsPage }],
  nav: [{ to: '/news', label: 'ข่าวกิจกรรม' }],
};
