import type pg from 'pg';
import { inTransaction } from '../../database/transaction.js';
import type { EventStore } from '../../eventstore/event-store.port.js';
import type { Projection } from '../../projections/runner/projection.js';
import { refoldStreams } from '../../projections/runner/stream-refold.js';
import { DomainError } from '../../shared/domain-error.js';
import { toArabicDigits } from '../../shared/thai-digits.js';
import type { Keyring } from './keyring.js';
import type { ErasureCause, ErasureOutcome, PersonalDataShredder } from './personal-data-shredder.js';

/** Where erasures are announced to the other processes of the service, which forget the keys they hold. */
export const KEYS_DESTROYED_CHANNEL = 'damrong_personal_data_keys_destroyed';

const RECORD = `
  gone AS (SELECT * FROM subject_keys UNION ALL SELECT * FROM case_keys),
  recorded AS (INSERT INTO personal_data_erasures (key_id, stream_id, role, cause_kind, cause_reference)
    SELECT key_id, stream_id, role, $2, $3 FROM gone)
SELECT stream_id, count(*)::int AS keys FROM gone GROUP BY stream_id ORDER BY stream_id`;

/** The subject's keys made by $4, and the CASE keys of the streams where they are the principal subject. */
const ERASE_SUBJECT = `
WITH subject_keys AS (DELETE FROM personal_data_keys WHERE subject_index = $1 AND role <> 'CASE' AND created_at <= $4::timestamptz
    RETURNING key_id, stream_id, role),
  case_keys AS (DELETE FROM personal_data_keys WHERE role = 'CASE' AND stream_id IN (SELECT stream_id FROM subject_keys WHERE role = 'PRINCIPAL')
    RETURNING key_id, stream_id, role),
${RECORD}`;

const ERASED_BY = `SELECT stream_id, count(*)::int AS keys FROM personal_data_erasures WHERE cause_kind = $1 AND cause_reference = $2
GROUP BY stream_id ORDER BY stream_id`;

const ERASE_STREAMS = `
WITH subject_keys AS (DELETE FROM personal_data_keys WHERE stream_id = ANY($1::text[]) RETURNING key_id, stream_id, role),
  case_keys AS (SELECT * FROM subject_keys WHERE false),
${RECORD}`;

/** The subject's own keys in the streams $4, no stream's CASE key (others' data lies under it too). */
const ERASE_PARTY = `
WITH subject_keys AS (DELETE FROM personal_data_keys WHERE subject_index = $1 AND role <> 'CASE' AND stream_id = ANY($4::text[])
    RETURNING key_id, stream_id, role),
  case_keys AS (SELECT * FROM subject_keys WHERE false),
${RECORD}`;

export const invalidCitizenId = () =>
  new DomainError('ERASURE_CITIZEN_ID_INVALID', 'เลขประจำตัวประชาชนต้องเป็นตัวเลข 13 หลัก', 'A citizen id is 13 digits', 'citizenId');

/**
 * Crypto-shredding: destroys keys in one statement that records what was destroyed (key, stream, role, cause; never
 * the subject's index), tells the other processes, forgets the keys here, and makes the rows of the streams anew
 * in the projections that hold personal data, which then show the erasure marker.
 */
export class Shredder implements PersonalDataShredder {
  constructor(
    private readonly pool: pg.Pool,
    private readonly keyring: Keyring,
    private readonly store: EventStore,
    private readonly projections: readonly Projection[],
  ) {}

  async eraseSubject(citizenId: string, cause: ErasureCause): Promise<ErasureOutcome> {
    const digits = toArabicDigits(citizenId).replace(/[\s-]/g, '');
    if (!/^\d{13}$/.test(digits)) throw invalidCitizenId();
    return this.erase(ERASE_SUBJECT, [this.keyring.subjectIndex(digits), cause.kind, cause.reference, 'infinity']);
  }

  async resumeSubjectErasure(subjectIndex: Buffer, cause: ErasureCause, keysMadeBy: Date): Promise<ErasureOutcome> {
    if (subjectIndex.length === 0) throw new Error('resumeSubjectErasure: a subject is named by a blind index, never an empty one');
    const now = await this.erase(ERASE_SUBJECT, [subjectIndex, cause.kind, cause.reference, keysMadeBy]);
    const { rows } = await this.pool.query<{ stream_id: string; keys: number }>(ERASED_BY, [cause.kind, cause.reference]);
    const before = rows.map((row) => row.stream_id).filter((streamId) => !now.streams.includes(streamId));
    await refoldStreams(this.pool, this.store, this.projections, before);
    return { keysDestroyed: rows.reduce((sum, row) => sum + row.keys, 0), streams: rows.map((row) => row.stream_id) };
  }

  async eraseStreams(streamIds: readonly string[], cause: ErasureCause): Promise<ErasureOutcome> {
    if (streamIds.length === 0) return { keysDestroyed: 0, streams: [] };
    return this.erase(ERASE_STREAMS, [[...streamIds], cause.kind, cause.reference]);
  }

  async eraseSubjectIn(citizenId: string, streamIds: readonly string[], cause: ErasureCause): Promise<ErasureOutcome> {
    const digits = toArabicDigits(citizenId).replace(/[\s-]/g, '');
    if (!/^\d{13}$/.test(digits)) throw invalidCitizenId();
    if (streamIds.length === 0) return { keysDestroyed: 0, streams: [] };
    return this.erase(ERASE_PARTY, [this.keyring.subjectIndex(digits), cause.kind, cause.reference, [...streamIds]]);
  }

  /** `params`: the subject's index or the streams, the cause's kind and reference, and what the statement takes after them. */
  private async erase(statement: string, params: unknown[]): Promise<ErasureOutcome> {
    const rows = await inTransaction(this.pool, async (tx) => {
      const { rows: erased } = await tx.query<{ stream_id: string; keys: number }>(statement, params);
      if (erased.length > 0) await tx.query('SELECT pg_notify($1, $2)', [KEYS_DESTROYED_CHANNEL, String(erased.length)]);
      return erased;
    });
    const streams = rows.map((row) => row.stream_id);
    const keysDestroyed = rows.reduce((sum, row) => sum + row.keys, 0);
    this.keyring.forgetAll();
    await refoldStreams(this.pool, this.store, this.projections, streams);
    return { keysDestroyed, streams };
  }
}
