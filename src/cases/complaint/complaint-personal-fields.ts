import type { PersonalFieldCatalogue, PersonalPart } from '../../personal-data/keys/personal-fields.js';
import type { ComplaintEventType, PartyKind } from './complaint.events.js';

/**
 * The personal data in the complaint events (issue 17): the complainant who gave their name (their key when they gave
 * a citizen id, PRINCIPAL, whose erasure takes the case's key too; the case's key otherwise), the party complained
 * about when it is a natural person (a private person or a state official: name and position, under the case's key,
 * as no citizen id is recorded of them), and the free text written about people: the subject and details of the
 * complaint, every note, reason and result, a scanned document's file name and the text OCR read of each of its pages
 * (the case's key, which also seals the document's bytes in the store: complaint-document-store.ts). The codes stay
 * plain, so that every count, the map, the month-end reports and the duplicate rule read what they read before:
 * channel, statuses, category codes (and the category's own text), places, points, offices, assignees (a tambon team
 * or an agency), the close reason, the duplicates' ids, dates, an organisation's or agency's name, and the agency of an
 * official. The duplicate rule's accused key and the subject it compares are computed from the opened event, before
 * sealing at receipt and after opening when read back; erased, they match nothing.
 */
const complainant: PersonalPart = {
  at: 'complainant', subject: { field: 'citizenId', role: 'PRINCIPAL' },
  fields: ['citizenId', 'title', 'firstName', 'lastName', 'phone', 'address.line'],
};
const NATURAL_PERSONS: readonly PartyKind[] = ['PERSON', 'STATE_OFFICIAL'];
const accused: PersonalPart = { at: 'accused', when: { field: 'kind', in: NATURAL_PERSONS }, fields: ['name', 'position'] };
const caseText = (...fields: string[]): PersonalPart => ({ at: '', fields });

export const COMPLAINT_PERSONAL_FIELDS = {
  ComplaintReceived: [complainant, accused, caseText('subject', 'description')],
  ComplaintAssigned: [caseText('note')],
  ComplaintProgressRecorded: [caseText('note')],
  ComplaintForwarded: [caseText('note')],
  ComplaintResolved: [caseText('result')],
  ComplaintClosed: [caseText('note')],
  ComplaintReopened: [caseText('reason')],
  ComplaintDocumentAttached: [caseText('fileName')],
  ComplaintDocumentTextRead: [{ at: 'pages[]', fields: ['text'] }],
} as const satisfies Partial<Record<ComplaintEventType, readonly PersonalPart[]>> satisfies PersonalFieldCatalogue;
