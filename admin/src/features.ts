import { auditFeature } from './audit';
import type { Feature } from './feature';
import { figures } from './figures';
import { reports } from './reports';
import { trackFeature } from './track';

/** Every slice of the UI, in the order of the side menu. */
export const FEATURES: Feature[] = [
  figures,
  reports,
  auditFeature,
  trackFeature,
];
