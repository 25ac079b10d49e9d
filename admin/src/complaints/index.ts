import { lazy } from 'react';
import type { Feature } from '../feature';

const ListPage = lazy(() => import('./ListPage').then((m) => ({ default: m.ListPage })));
const IntakePage = lazy(() => import('./IntakePage').then((m) => ({ default: m.IntakePage })));
const StalePage = lazy(() => import('./StalePage').then((m) => ({ default: m.StalePage })));
const SearchPage = lazy(() => import('./SearchPage').then((m) => ({ default: m.SearchPage })));
const OcrQueuePage = lazy(() => import('./OcrQueuePage').then((m) => ({ default: m.OcrQueuePage })));
const ComplaintPage = lazy(() => import('./ComplaintPage').then((m) => ({ default: m.ComplaintPage })));
const MyComplaintsPage = lazy(() => import('./MyComplaintsPage').then((m) => ({ default: m.MyComplaintsPage })));
const MonthEndPage = lazy(() => import('./MonthEndPage').then((m) => ({ default: m.MonthEndPage })));

/**
 * เรื่องร้องเรียนร้องทุกข์: the list of the area's complaints, receiving one (with the duplicate check before saving),
 * a complaint's page with the actions it allows now and its history, the count of complaints without progress
 * per office, the month ends with their corrections, the search staff taking a call find a complaint with, and the
 * OCR queue of scanned documents. Auditors read; only case-working positions receive. A tambon team member (ชปต.)
 * has "my complaints" (its home, made for a phone) and the pages of those complaints.
 */
export const complaintsFeature: Feature = {
  navSection: 'งานของศูนย์ดำรงธรรม',
  routes: [
    { path: 'complaints', page: ListPage },
    { path: 'complaints/new', page: IntakePage, levels: ['DISTRICT', 'PROVINCE', 'CENTRAL'] },
    { path: 'complaints/stale', page: StalePage },
    { path: 'complaints/month-end', page: MonthEndPage },
    { path: 'complaints/mine', page: MyComplaintsPage, levels: ['TAMBON_TEAM'] },
    { path: 'complaints/search', page: SearchPage, levels: ['DISTRICT', 'PROVINCE', 'CENTRAL', 'AUDITOR'] },
    { path: 'complaints/ocr-queue', page: OcrQueuePage, levels: ['DISTRICT', 'PROVINCE', 'CENTRAL', 'AUDITOR'] },
    { path: 'complaints/:complaintId', page: ComplaintPage, levels: ['DISTRICT', 'PROVINCE', 'CENTRAL', 'AUDITOR', 'TAMBON_TEAM'] },
  ],
  // Receiving starts from the list's button: a menu link under /complaints would light up beside the list's.
  nav: [
    { to: '/complaints', label: 'เรื่องร้องเรียนร้องทุกข์' },
    { to: '/complaints/mine', label: 'เรื่องของฉัน', levels: ['TAMBON_TEAM'] },
  ],
  home: { TAMBON_TEAM: MyComplaintsPage },
};
