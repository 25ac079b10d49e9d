import type { PersonalFieldCatalogue, PersonalPart } from '../../personal-data/keys/personal-fields.js';
import type { MonthlyReturnEventType } from './monthly-return.events.js';

/**
 * The personal data in a monthly return's events (issue 17): the citizen id of a business's owner who is a natural
 * person (under their key, PRINCIPAL: the return is theirs, so their erasure takes the return's own key too), who
 * signed each version (an online filer's name and citizen id under their key, PARTY, as a juristic person's
 * authorised filer is another person than its owner; a name typed from paper under the return's key) and the reason
 * written for an amendment (the return's key). Everything a figure is made of stays plain: the authority, business,
 * levy, month, figures, terms, channel, days, assessments, bills, payments and receipts, so every list, bill and
 * report counts what it counted before.
 */
export const MONTHLY_RETURN_PERSONAL_FIELDS = {
  MonthlyReturnFiled: [
    { at: 'parties', subject: { field: 'ownerCitizenId', role: 'PRINCIPAL' }, fields: ['ownerCitizenId'] },
    { at: 'filer', subject: { field: 'citizenId', role: 'PARTY' }, fields: ['name', 'citizenId'] },
  ],
  MonthlyReturnAmended: [
    { at: 'filer', subject: { field: 'citizenId', role: 'PARTY' }, fields: ['name', 'citizenId'] },
    { at: '', fields: ['reason'] },
  ],
} as const satisfies Partial<Record<MonthlyReturnEventType, readonly PersonalPart[]>> satisfies PersonalFieldCatalogue;
