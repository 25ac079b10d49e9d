import { lazy } from 'react';
import type { Feature } from '../feature';

const DailyReportPage = lazy(() => import('./DailyReportPage').then((m) => ({ default: m.DailyReportPage })));
const MonthlyReportPage = lazy(() => import('./MonthlyReportPage').then((m) => ({ default: m.MonthlyReportPage })));
const GovernorSummaryPage = lazy(() => import('./GovernorSummaryPage').then((m) => ({ default: m.GovernorSummaryPage })));
const ReportersPage = lazy(() => import('./ReportersPage').then((m) => ({ default: m.ReportersPage })));

/**
 * The mediation reports (daily at 15:00, monthly), their certification and files, the monthly complaint summary to the
 * governor and its sending, and who reports for each office.
 */
export const reportsFeature: Feature = {
  navSection: 'รายงานและสถิติ',
  routes: [
    { path: '/daily-report', page: DailyReportPage },
    { path: '/monthly-report', page: MonthlyReportPage },
    { path: '/complaint-summary', page: GovernorSummaryPage },
    { path: '/reporters', page: ReportersPage },
  ],
  nav: [
    { to: '/daily-report', label: 'รายงานประจำวัน' },
    { to: '/monthly-report', label: 'รายงานประจำเดือน' },
    { to: '/complaint-summary', label: 'สรุปผลเสนอผู้ว่าฯ' },
    { to: '/reporters', label: 'ผู้รับผิดชอบการรายงาน' },
  ],
};
