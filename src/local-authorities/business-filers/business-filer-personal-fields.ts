import type { PersonalFieldCatalogue, PersonalPart } from '../../personal-data/keys/personal-fields.js';
import type { BusinessFilerEventType } from './business-filer.events.js';

/**
 * The personal data in a business's filer events (issue 17): the citizen a juristic person authorised to file for it
 * (their name and citizen id, under their key: PARTY, as the stream is the business's, whose erasure takes only
 * theirs), and the reason written when the authorisation was revoked (the stream's key). The business, its PAO and
 * places, the filer's number, their role and the company's document that authorised them stay plain: they are the
 * juristic person's, not the citizen's.
 */
const filer: PersonalPart = { at: '', subject: { field: 'citizenId', role: 'PARTY' }, fields: ['citizenId', 'name'] };

export const BUSINESS_FILER_PERSONAL_FIELDS = {
  BusinessFilerAuthorised: [filer],
  BusinessFilerRevoked: [{ at: '', fields: ['reason'] }],
} as const satisfies Partial<Record<BusinessFilerEventType, readonly PersonalPart[]>> satisfies PersonalFieldCatalogue;
