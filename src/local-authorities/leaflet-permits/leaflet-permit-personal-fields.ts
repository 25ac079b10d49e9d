import type { PersonalFieldCatalogue, PersonalPart } from '../../personal-data/keys/personal-fields.js';
import type { Applicant, LeafletPermitEventType } from './leaflet-permit.events.js';

/**
 * The personal data in the leaflet permit events (issue 17): the applicant who is a person (บุคคลธรรมดา: their
 * name, citizen id and phone, under their key, PRINCIPAL, whose erasure takes the permit's key too; a juristic
 * person's name, registration number and phone are not personal data and stay plain), and the free text written
 * by or about people: the advertisement (a person's leaflet often names them and their phone), the check's note and
 * the reasons of a refusal (the permit's key). The codes stay plain, so the list, the overdue list, the reports and
 * the books count what they counted before: the authority, channel, status, places (codes, points and their
 * descriptions of the place), days, leaflets, the fee, the receipt and permit numbers, and the conditions of an
 * approval, which are the authority's own terms.
 */
const PERSONS: readonly Applicant['kind'][] = ['PERSON'];
const applicant: PersonalPart = {
  at: 'applicant', when: { field: 'kind', in: PERSONS }, subject: { field: 'idNumber', role: 'PRINCIPAL' }, fields: ['name', 'idNumber', 'phone'],
};
const permitText = (...fields: string[]): PersonalPart => ({ at: '', fields });

export const LEAFLET_PERMIT_PERSONAL_FIELDS = {
  LeafletPermitRequested: [applicant, permitText('advertisement')],
  LeafletPermitChecked: [permitText('note')],
  LeafletPermitRefused: [permitText('reasons[]')],
} as const satisfies Partial<Record<LeafletPermitEventType, readonly PersonalPart[]>> satisfies PersonalFieldCatalogue;
