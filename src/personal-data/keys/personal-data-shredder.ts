/**
 * Crypto-shredding (issue 17): the personal fields of events are sealed under a key per data subject and stream;
 * destroying those keys leaves the events, their order, hashes and every count in place and makes the fields
 * unreadable in every copy of the log. Replays then show ERASED_MARKER in their place.
 */

/** What a replay, a read model and an export show in place of an erased field. */
export const ERASED_MARKER = 'ข้อมูลถูกลบตามคำขอ / erased';

/** Why keys were destroyed: a data subject's request (its id) or a retention rule (its name). */
export interface ErasureCause {
  kind: 'REQUEST' | 'RETENTION';
  reference: string;
}

export interface ErasureOutcome {
  /** Keys destroyed by this call (none when the subject or streams had none left). */
  keysDestroyed: number;
  /** The streams whose fields became unreadable, each once, sorted. */
  streams: string[];
}

export interface PersonalDataShredder {
  /** Destroys every key of the citizen id (Arabic or Thai digits) in every stream, and the case keys of the streams where they are the principal subject. */
  eraseSubject(citizenId: string, cause: ErasureCause): Promise<ErasureOutcome>;
  /**
   * Completes an erasure that failed part way (an erasure request's, its subject named by the blind index of their
   * citizen id): destroys the subject's keys left, makes anew the read-model rows of every stream the cause erased
   * (also those an earlier attempt erased before it failed) and answers everything the cause destroyed, all attempts.
   * Keys made after `keysMadeBy` (when the request was noted) are the subject's later cases', which the request
   * did not ask to erase: they are kept.
   */
  resumeSubjectErasure(subjectIndex: Buffer, cause: ErasureCause, keysMadeBy: Date): Promise<ErasureOutcome>;
  /**
   * Destroys the citizen's own keys (PRINCIPAL, PARTY) in the streams only, none of the streams' CASE keys: a person
   * whose retention ended in a stream that names others too (a business's revoked filer).
   */
  eraseSubjectIn(citizenId: string, streamIds: readonly string[], cause: ErasureCause): Promise<ErasureOutcome>;
  /** Destroys every key of the streams (a case whose retention ended). */
  eraseStreams(streamIds: readonly string[], cause: ErasureCause): Promise<ErasureOutcome>;
}

/** Injection token of the shredder (PersonalDataKeysModule provides it, global). */
export const PERSONAL_DATA_SHREDDER = Symbol('PersonalDataShredder');
