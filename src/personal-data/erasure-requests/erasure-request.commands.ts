import type { ErasureBasis, ErasureRequester, SubjectCaseType } from './erasure-request.events.js';

/** A case naming the data subject (debtor, complainant), as the log has it now. */
export interface SubjectCase {
  caseType: SubjectCaseType;
  caseId: string;
  streamId: string;
  open: boolean;
  held: boolean;
}

/** What a central administrator types about the request letter. */
export interface ErasureRequestAsked {
  citizenId: string;
  requester: ErasureRequester;
  basis: ErasureBasis;
  letterReference: string;
  receivedOn: string;
}

/** Record and decide a request; the handler found the subject's cases (by the citizen id checked) and their holds. */
export interface RecordErasureRequest extends ErasureRequestAsked {
  type: 'RecordErasureRequest';
  at: string;
  requestId: string;
  cases: readonly SubjectCase[];
}

/** Record what the shredder did for an accepted request. */
export interface RecordErasureOutcome {
  type: 'RecordErasureOutcome';
  at: string;
  keysDestroyed: number;
  streamCount: number;
}

export type ErasureRequestCommand = RecordErasureRequest | RecordErasureOutcome;
