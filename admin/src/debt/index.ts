import { lazy } from 'react';
import type { Feature } from '../feature';

const DebtCaseListPage = lazy(() => import('./list/DebtCaseListPage').then((m) => ({ default: m.DebtCaseListPage })));
const RegisterDebtorPage = lazy(() => import('./register/RegisterDebtorPage').then((m) => ({ default: m.RegisterDebtorPage })));

/**
 * Informal-debt cases (หนี้นอกระบบ): the area's case list for districts, provinces and the centre, and the registration
 * of a debtor by a district officer who works cases. The case page (`/debt-cases/:caseId`) is its own slice.
 */
export const debtCasesFeature: Feature = {
  navSection: 'งานของศูนย์ดำรงธรรม',
  routes: [
    { path: '/debt-cases', page: DebtCaseListPage, levels: ['DISTRICT', 'PROVINCE', 'CENTRAL'] },
    { path: '/debt-cases/new', page: RegisterDebtorPage, levels: ['DISTRICT'] },
  ],
  nav: [
    { to: '/debt-cases', label: 'เรื่องลูกหนี้นอกระบบ', levels: ['DISTRICT', 'PROVINCE', 'CENTRAL'], shown: (a) => a.level !== 'DISTRICT' || a.mayWorkCases },
    { to: '/debt-cases/new', label: 'ลงทะเบียนลูกหนี้', levels: ['DISTRICT'], shown: (a) => a.mayWorkCases },
  ],
};
