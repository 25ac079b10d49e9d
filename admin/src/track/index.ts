import { lazy } from 'react';
import type { Feature } from '../feature';

const TrackPage = lazy(() => import('./TrackPage').then((m) => ({ default: m.TrackPage })));

/** The citizen's follow-up of a complaint by its tracking code (ระบบการติดตามเรื่อง): public, outside the signed-in frame. */
export const trackFeature: Feature = {
  publicRoutes: [
    { path: '/track', page: TrackPage },
    { path: '/track/:code', page: TrackPage },
  ],
};
