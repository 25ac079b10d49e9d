import { lazy } from 'react';
import type { Feature } from '../feature';

const SubjectCopyPage = lazy(() => import('./SubjectCopyPage').then((m) => ({ default: m.SubjectCopyPage })));

/** Personal data (PDPA): the data subject's copy, for central administrators. */
export const personalDataFeature: Feature = {
  routes: [{ path: '/subject-copy', page: SubjectCopyPage, levels: ['CENTRAL'] }],
  nav: [{ to: '/subject-copy', label: 'สำเนาข้อมูลของเจ้าของข้อมูล (PDPA ม.30)', levels: ['CENTRAL'], shown: (a) => a.administrator }],
};
