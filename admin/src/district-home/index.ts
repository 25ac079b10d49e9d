import { lazy } from 'react';
import type { Feature } from '../feature';

const DistrictHome = lazy(() => import('./DistrictHome').then((m) => ({ default: m.DistrictHome })));

/** The district officer's home page: the district's figures, the daily report so far and the time left to 15:00. */
export const districtHomeFeature: Feature = {
  home: { DISTRICT: DistrictHome },
};
