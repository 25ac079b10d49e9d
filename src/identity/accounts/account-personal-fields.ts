import type { PersonalFieldCatalogue, PersonalPart } from '../../personal-data/keys/personal-fields.js';
import type { AccountEventType } from './account.events.js';

/**
 * The personal data in the account events (issue 17): the holder's citizen id (the user name), name and phones,
 * sealed under the holder's key (PRINCIPAL, so that their erasure takes the stream's own key too), and the reason an
 * account was suspended, free text about the holder (the stream's CASE key). Position, level, office, the
 * administrator flag, the day of assignment and the status stay plain: they say who did what on a case, as account
 * ids do, and the authority rules and every scope read them.
 */
const holder: PersonalPart = {
  at: '', subject: { field: 'citizenId', role: 'PRINCIPAL' }, fields: ['citizenId', 'title', 'firstName', 'lastName', 'officePhone', 'mobilePhone'],
};

export const ACCOUNT_PERSONAL_FIELDS = {
  AccountCreated: [holder],
  AccountSuspended: [{ at: '', fields: ['reason'] }],
} as const satisfies Partial<Record<AccountEventType, readonly PersonalPart[]>> satisfies PersonalFieldCatalogue;
