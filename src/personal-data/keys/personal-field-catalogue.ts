import { COMPLAINT_PERSONAL_FIELDS } from '../../cases/complaint/complaint-personal-fields.js';
import { NEWS_PERSONAL_FIELDS } from '../../cases/complaint/news/district-news-personal-fields.js';
import { DEBT_PERSONAL_FIELDS } from '../../cases/debt/debt-personal-fields.js';
import { ACCOUNT_PERSONAL_FIELDS } from '../../identity/accounts/account-personal-fields.js';
import { BUSINESS_FILER_PERSONAL_FIELDS } from '../../local-authorities/business-filers/business-filer-personal-fields.js';
import { LEAFLET_PERMIT_PERSONAL_FIELDS } from '../../local-authorities/leaflet-permits/leaflet-permit-personal-fields.js';
import { MONTHLY_RETURN_PERSONAL_FIELDS } from '../../local-authorities/monthly-returns/monthly-return-personal-fields.js';
import type { PersonalFieldCatalogue } from './personal-fields.js';

/**
 * The event types whose personal fields are sealed, each slice's own list: debt cases, complaints, district news,
 * leaflet permits, the filers authorised for a business, monthly returns and staff accounts (issue 17); the others' events are stored
 * as they are until their lists are added here.
 */
export const PERSONAL_FIELD_CATALOGUE: PersonalFieldCatalogue = {
  ...DEBT_PERSONAL_FIELDS, ...COMPLAINT_PERSONAL_FIELDS, ...NEWS_PERSONAL_FIELDS, ...LEAFLET_PERMIT_PERSONAL_FIELDS,
  ...BUSINESS_FILER_PERSONAL_FIELDS, ...MONTHLY_RETURN_PERSONAL_FIELDS, ...ACCOUNT_PERSONAL_FIELDS,
};
