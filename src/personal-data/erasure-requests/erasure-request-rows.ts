import { formatThaiDateTime } from '../../calendar/thai-date-text.js';
import type { CaseRef, ErasureBasis, ErasureRequester } from './erasure-request.events.js';
import { refusalsOf, requestFields } from './erasure-request.view.js';
import type { ErasureDecision, ErasureRequestObject } from './erasure-requests.types.js';

/** A row of erasure_requests as the list reads it. */
export interface ErasureRequestRow {
  request_id: string;
  recorded_at: Date;
  recorded_by: string;
  recorded_by_office: string | null;
  subject_masked: string;
  requester: ErasureRequester;
  basis: ErasureBasis;
  letter_reference: string;
  received_on: string;
  case_count: number;
  decision: ErasureDecision;
  open_cases: CaseRef[];
  held_cases: CaseRef[];
  erased_at: Date | null;
  keys_destroyed: number | null;
  stream_count: number | null;
}

export const LIST_COLUMNS = `request_id::text, recorded_at, recorded_by, recorded_by_office, subject_masked, requester, basis, letter_reference,
  to_char(received_on, 'YYYY-MM-DD') AS received_on, case_count, decision, open_cases, held_cases, erased_at, keys_destroyed, stream_count`;

export function erasureRequestOfRow(row: ErasureRequestRow): ErasureRequestObject {
  return {
    ...requestFields({
      requestId: row.request_id, subjectMasked: row.subject_masked, requester: row.requester, basis: row.basis, letterReference: row.letter_reference,
      receivedOn: row.received_on, caseCount: row.case_count, at: row.recorded_at.toISOString(),
    }, { actor: row.recorded_by, office: row.recorded_by_office }),
    decision: row.decision, refusals: refusalsOf(row.open_cases, row.held_cases),
    erasedAt: row.erased_at, erasedAtTh: row.erased_at ? formatThaiDateTime(row.erased_at) : null, keysDestroyed: row.keys_destroyed, streamCount: row.stream_count,
  };
}
