import { centreFeature } from './centre';
import type { Feature } from './feature';

/** Every slice of the UI, in the order of the side menu. */
export const FEATURES: Feature[] = [
  centreFeature,
];
