import type { Feature } from './feature';
import { debtCases } from './debt';

/** Every slice of the UI, in the order of the side menu. */
export const FEATURES: Feature[] = [
  debtCases,
];
