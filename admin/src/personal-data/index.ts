import { lazy } from 'react';
import type { Feature } from '../feature';

const SubjectCopyPage = lazy(() => import('./SubjectCopyPage').then((m) => ({ default: m.SubjectCopyPage })));
const RetentionPage = lazy(() => import('./retention/RetentionPage').then((m) => ({ default: m.RetentionPage })));
const ErasureRequestsPage = lazy(() => import('./ErasureRequestsPage').then((m) => ({ default: m.ErasureRequestsPage })));
const LegalHoldsPage = lazy(() => import('./LegalHoldsPage').then((m) => ({ default: m.LegalHoldsPage })));

const administrator = (a: { administrator: boolean }) => a.administrator;

/** Personal data (PDPA): the data subject's copy, erasure requests, legal holds and retention, for central administrators. */
export const personalDataFeature: Feature = {
  navSection: 'ข้อมูลส่วนบุคคล (PDPA)',
  routes: [
    { path: '/subject-copy', page: SubjectCopyPage, levels: ['CENTRAL'] },
    { path: '/erasure-requests', page: ErasureRequestsPage, levels: ['CENTRAL'] },
    { path: '/legal-holds', page: LegalHoldsPage, levels: ['CENTRAL'] },
    { path: '/retention', page: RetentionPage, levels: ['CENTRAL'] },
  ],
  nav: [
    { to: '/subject-copy', label: 'สำเนาข้อมูลของเจ้าของข้อมูล (PDPA ม.30)', levels: ['CENTRAL'], shown: administrator },
    { to: '/erasure-requests', label: 'คำขอลบข้อมูลส่วนบุคคล (PDPA ม.33)', levels: ['CENTRAL'], shown: administrator },
    { to: '/legal-holds', label: 'ระงับการลบข้อมูลตามคำสั่ง', levels: ['CENTRAL'], shown: administrator },
    { to: '/retention', label: 'ระยะเวลาเก็บรักษาข้อมูลส่วนบุคคล', levels: ['CENTRAL'], shown: administrator },
  ],
};
