import { parseCitizenId } from '../../shared/citizen-id.js';
import { subjectCopyErrors } from './subject-copy-errors.js';

/** What a central administrator types to produce a data subject's copy. */
export interface SubjectCopyAsked {
  citizenId: string;
  requestReference: string;
}

/** The request as checked: 13 Arabic digits with a good check digit, and the basis of the request. */
export interface SubjectCopyRequest {
  citizenId: string;
  requestReference: string;
}

export const REFERENCE_LIMIT = 100;

/**
 * Checks what was typed, with no I/O: the citizen id as staff type it (Thai digits, dashes and spaces accepted;
 * CITIZEN_ID_FORMAT or CITIZEN_ID_CHECK_DIGIT on `citizenId`) and the request's reference (the data subject's
 * letter, e.g. "มท 0309/123"), trimmed, 1 to 100 characters, on one line.
 */
export function checkSubjectCopyRequest(asked: SubjectCopyAsked): SubjectCopyRequest {
  const citizenId = parseCitizenId(String(asked.citizenId ?? ''), 'citizenId');
  const requestReference = String(asked.requestReference ?? '').normalize('NFC').trim();
  if (requestReference === '') throw subjectCopyErrors.referenceMissing();
  if ([...requestReference].length > REFERENCE_LIMIT) throw subjectCopyErrors.referenceTooLong(REFERENCE_LIMIT);
  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(requestReference)) throw subjectCopyErrors.referenceCharacters();
  return { citizenId, requestReference };
}
