import { lazy } from 'react';
import type { Feature } from '../feature';

const FindCasePage = lazy(() => import('./FindCasePage').then((m) => ({ default: m.FindCasePage })));
const DebtAuditPage = lazy(() => import('./DebtAuditPage').then((m) => ({ default: m.DebtAuditPage })));
const ComplaintAuditPage = lazy(() => import('./ComplaintAuditPage').then((m) => ({ default: m.ComplaintAuditPage })));

/** The auditor (ผู้ตรวจสอบ): finds any case of any office and reads it whole, its history and who read it; changes nothing. */
export const auditFeature: Feature = {
  routes: [
    { path: '/audit', page: FindCasePage, levels: ['AUDITOR'] },
    { path: '/audit/debt/:caseId', page: DebtAuditPage, levels: ['AUDITOR'] },
    { path: '/audit/complaint/:complaintId', page: ComplaintAuditPage, levels: ['AUDITOR'] },
  ],
  nav: [{ to: '/audit', label: 'ค้นหาเรื่อง', levels: ['AUDITOR'] }],
  home: { AUDITOR: FindCasePage },
};
