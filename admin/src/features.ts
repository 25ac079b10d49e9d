import { auditFeature } from './audit';
import { centreFeature } from './centre';
import { complaintsFeature } from './complaints';
import { debtCasesFeature } from './debt';
import { debtCaseFeature } from './debt/case';
import { districtHomeFeature } from './district-home';
import type { Feature } from './feature';
import { figuresFeature } from './figures';
import { leafletPermitsFeature } from './leaflet-permits';
import { filerFeature } from './filer';
import { localAuthoritiesFeature } from './local-authorities';
import { newsFeature } from './news';
import { personalDataFeature } from './personal-data';
import { reportsFeature } from './reports';
import { trackFeature } from './track';

/** Every slice of the UI, in the order of the side menu. */
export const FEATURES: Feature[] = [
  districtHomeFeature,
  debtCasesFeature,
  debtCaseFeature,
  complaintsFeature,
  newsFeature,
  figuresFeature,
  reportsFeature,
  localAuthoritiesFeature,
  leafletPermitsFeature,
  centreFeature,
  personalDataFeature,
  auditFeature,
  trackFeature,
  filerFeature,
];
