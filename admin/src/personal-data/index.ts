import { lazy } from 'react';
import type { Feature } from '../feature';

const SubjectCopyPage = lazy(() => import('./SubjectCopyPage').then((m) => ({ default: m.SubjectCopyPage })));
const RetentionPage = lazy(() => import('./retention/RetentionPage').then((m) => ({ default: m.RetentionPage })));

/** Personal data (PDPA): the data subject's copy and the retention of personal data, for central administrators. */
export const personalDataFeature: Feature = {
  routes: [
    { path: '/subject-copy', page: SubjectCopyPage, levels: ['CENTRAL'] },
    { path: '/retention', page: RetentionPage, levels: ['CENTRAL'] },
  ],
  nav: [
    { to: '/subject-copy', label: 'สำเนาข้อมูลของเจ้าของข้อมูล (PDPA ม.30)', levels: ['CENTRAL'], shown: (a) => a.administrator },
    { to: '/retention', label: 'ระยะเวลาเก็บรักษาข้อมูลส่วนบุคคล', levels: ['CENTRAL'], shown: (a) => a.administrator },
  ],
};
