import { lazy } from 'react';
import type { Feature } from '../feature';

const FindCasePage = lazy(() => import('./FindCasePage').then((m) => ({ default: m.FindCasePage })));
const DebtAuditPage = lazy(() => import('./DebtAuditPage').then((m) => ({ default: m.DebtAuditPage })));
const ComplaintAuditPage = lazy(() => import('./ComplaintAuditPage').then((m) => ({ default: m.ComplaintAuditPage })));
const CaseReplayPage = lazy(() => import('./CaseReplayPage').then((m) => ({ default: m.CaseReplayPage })));
const FrozenReportsPage = lazy(() => import('./FrozenReportsPage').then((m) => ({ default: m.FrozenReportsPage })));
const VerifyReportPage = lazy(() => import('./VerifyReportPage').then((m) => ({ default: m.VerifyReportPage })));
const LogIntegrityPage = lazy(() => import('./LogIntegrityPage').then((m) => ({ default: m.LogIntegrityPage })));

/**
 * The auditor (ผู้ตรวจสอบ): finds any case of any office and reads it whole, its history and who read it; changes nothing.
 * Auditors and central administrators check the frozen reports and the log's chains of hashes and seals against the
 * event log; every signed-in level checks a printed report by its verification code.
 */
export const auditFeature: Feature = {
  navSection: 'การตรวจสอบ',
  routes: [
    { path: '/audit', page: FindCasePage, levels: ['AUDITOR'] },
    { path: '/audit/debt/:caseId', page: DebtAuditPage, levels: ['AUDITOR'] },
    { path: '/audit/complaint/:complaintId', page: ComplaintAuditPage, levels: ['AUDITOR'] },
    { path: '/audit/replay/:caseId', page: CaseReplayPage, levels: ['AUDITOR'] },
    { path: '/frozen-reports', page: FrozenReportsPage, levels: ['AUDITOR', 'CENTRAL'] },
    { path: '/log-integrity', page: LogIntegrityPage, levels: ['AUDITOR', 'CENTRAL'] },
    { path: '/verify-report', page: VerifyReportPage },
  ],
  nav: [
    { to: '/audit', label: 'ค้นหาเรื่อง', levels: ['AUDITOR'] },
    { to: '/frozen-reports', label: 'ตรวจสอบรายงานที่ปิดแล้ว', levels: ['AUDITOR', 'CENTRAL'], shown: (a) => a.level === 'AUDITOR' || a.administrator },
    { to: '/log-integrity', label: 'ตรวจสอบบันทึกเหตุการณ์', levels: ['AUDITOR', 'CENTRAL'], shown: (a) => a.level === 'AUDITOR' || a.administrator },
    { to: '/verify-report', label: 'ตรวจสอบรายงานด้วยรหัส' },
  ],
  home: { AUDITOR: FindCasePage },
};
