import type { Feature } from './feature';
import { complaintsFeature } from './complaints';
import { newsFeature } from './news';

/** Every slice of the UI, in the order of the side menu. */
export const FEATURES: Feature[] = [
  complaintsFeature,
  newsFeature,
];
