import { lazy } from 'react';
import type { Feature } from '../feature';

const StaffPage = lazy(() => import('./staff/StaffPage').then((m) => ({ default: m.StaffPage })));
const HolidaysPage = lazy(() => import('./holidays/HolidaysPage').then((m) => ({ default: m.HolidaysPage })));
const ProjectionsPage = lazy(() => import('./projections/ProjectionsPage').then((m) => ({ default: m.ProjectionsPage })));

/**
 * The centre's administration (ส่วนกลาง): staff accounts (the centre's, a province's over its districts, a district
 * administrator's over its tambon teams),
 * the holiday calendar and the projections. Auditors read the calendar and the projections.
 */
export const centreFeature: Feature = {
  navSection: 'การดูแลระบบ',
  routes: [
    { path: '/staff', page: StaffPage, levels: ['CENTRAL', 'PROVINCE', 'DISTRICT'] },
    { path: '/holidays', page: HolidaysPage, levels: ['CENTRAL', 'AUDITOR'] },
    { path: '/projections', page: ProjectionsPage, levels: ['CENTRAL', 'AUDITOR'] },
  ],
  nav: [
    { to: '/staff', label: 'บัญชีผู้ใช้งาน', levels: ['CENTRAL', 'PROVINCE', 'DISTRICT'], shown: (a) => a.level === 'CENTRAL' || a.administrator },
    { to: '/holidays', label: 'วันหยุดราชการ', levels: ['CENTRAL', 'AUDITOR'] },
    { to: '/projections', label: 'สถานะการประมวลผล', levels: ['CENTRAL', 'AUDITOR'] },
  ],
};
