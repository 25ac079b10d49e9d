import { lazy } from 'react';
import type { Feature } from '../feature';

const ListPage = lazy(() => import('./ListPage').then((m) => ({ default: m.ListPage })));
const IntakePage = lazy(() => import('./IntakePage').then((m) => ({ default: m.IntakePage })));
const StalePage = lazy(() => import('./StalePage').then((m) => ({ default: m.StalePage })));
const OcrQueuePage = lazy(() => import('./OcrQueuePage').then((m) => ({ default: m.OcrQueuePage })));
const ComplaintPage = lazy(() => import('./ComplaintPage').then((m) => ({ default: m.ComplaintPage })));

/**
 * เรื่องร้องเรียนร้องทุกข์: the list of the area's complaints, receiving one (with the duplicate check before saving),
 * a complaint's page with the actions it allows now and its history, and the count of complaints without progress
 * per office, and the OCR queue of scanned documents. Auditors read; only case-working positions receive.
 */
export const complaintsFeature: Feature = {
  routes: [
    { path: 'complaints', page: ListPage },
    { path: 'complaints/new', page: IntakePage, levels: ['DISTRICT', 'PROVINCE', 'CENTRAL'] },
    { path: 'complaints/stale', page: StalePage },
    { path: 'complaints/ocr-queue', page: OcrQueuePage },
    { path: 'complaints/:complaintId', page: ComplaintPage },
  ],
  // Receiving starts from the list's button: a menu link under /complaints would light up beside the list's.
  nav: [{ to: '/complaints', label: 'เรื่องร้องเรียนร้องทุกข์' }],
};
