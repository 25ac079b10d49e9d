import type pg from 'pg';

/**
 * The subjects of erasure requests whose erasure is not yet recorded (table erasure_pending_subjects), by the blind
 * index of their citizen id: noted before a request is decided, forgotten once it is refused or its erasure recorded,
 * so that a failed erasure can be completed from the page, where nobody types the citizen id again.
 */
export class ErasurePendingSubjects {
  constructor(private readonly pool: pg.Pool) {}

  async note(requestId: string, subjectIndex: Buffer): Promise<void> {
    await this.pool.query(
      `INSERT INTO erasure_pending_subjects (request_id, subject_index) VALUES ($1, $2)
       ON CONFLICT (request_id) DO UPDATE SET subject_index = excluded.subject_index`, [requestId, subjectIndex]);
  }

  /** The request's subject, and when it was noted (the database's clock, as the keys' created_at). */
  async subjectOf(requestId: string): Promise<{ subjectIndex: Buffer; notedAt: Date } | undefined> {
    const { rows } = await this.pool.query<{ subject_index: Buffer; noted_at: Date }>(
      'SELECT subject_index, noted_at FROM erasure_pending_subjects WHERE request_id = $1', [requestId]);
    return rows[0] && { subjectIndex: rows[0].subject_index, notedAt: rows[0].noted_at };
  }

  async forget(requestId: string): Promise<void> {
    await this.pool.query('DELETE FROM erasure_pending_subjects WHERE request_id = $1', [requestId]);
  }
}
