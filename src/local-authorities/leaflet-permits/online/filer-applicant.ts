import { maskCitizenId } from '../../../identity/filers/filer-identity.js';
import type { FilerSession } from '../../../identity/filers/filer-sessions.store.js';
import { withFieldsNamed } from '../../../shared/field-errors.js';
import type { ApplicantInput } from '../leaflet-permit.commands.js';
import type { Applicant } from '../leaflet-permit.events.js';
import { LEAFLET_LIMITS } from '../leaflet-permit-request.js';

/**
 * A filer online asks for a permit for themself: a person (บุคคลธรรมดา), named as D.DOPA named them (else by their
 * masked citizen id), with the citizen id D.DOPA verified, never one they type; only the phone is theirs to type.
 */
export const filerApplicantName = (filer: Pick<FilerSession, 'name' | 'citizenId'>): string =>
  (filer.name ?? `ผู้ขออนุญาต ${maskCitizenId(filer.citizenId)}`).slice(0, LEAFLET_LIMITS.name);

export const filerApplicant = (filer: Pick<FilerSession, 'name' | 'citizenId'>, phone: string): ApplicantInput =>
  ({ kind: 'PERSON', name: filerApplicantName(filer), idNumber: filer.citizenId, phone });

/** A request is the filer's when they are its applicant: a person with the citizen id D.DOPA verified for them. */
export const isFilersRequest = (filer: Pick<FilerSession, 'citizenId'>, applicant: Applicant): boolean =>
  applicant.kind === 'PERSON' && applicant.idNumber === filer.citizenId;

/** A refusal of the request, its fields named as the filer's input names them: the applicant's phone is the form's `phone`. */
export const asFilerRefusal = (error: unknown): unknown => withFieldsNamed(error, { 'applicant.phone': 'phone' });
