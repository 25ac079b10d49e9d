import type pg from 'pg';

/** The OCR queue (table complaint_ocr_jobs, migrations/0800): one job per attached document. */
export interface OcrJob {
  complaintId: string;
  documentId: string;
  attempts: number;
  enqueuedAt: Date;
}

export interface OcrQueueCounts {
  waiting: number;
  working: number;
  done: number;
  failed: number;
  oldestWaitingSince: Date | null;
}

/** Adds the job, before its attachment is appended; true when it is new (false: the document had one already). */
export async function enqueueOcr(db: pg.Pool, complaintId: string, documentId: string, now: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO complaint_ocr_jobs (complaint_id, document_id, enqueued_at, available_at) VALUES ($1, $2, $3, $3)
     ON CONFLICT DO NOTHING`,
    [complaintId, documentId, now],
  );
  return rowCount === 1;
}

/** Takes back a job added for an attachment that was refused. */
export async function withdrawOcr(db: pg.Pool, complaintId: string, documentId: string): Promise<void> {
  await db.query(`DELETE FROM complaint_ocr_jobs WHERE complaint_id = $1 AND document_id = $2 AND state = 'WAITING' AND attempts = 0`, [complaintId, documentId]);
}

/**
 * Claims the oldest job that is waiting and due, or working past its lease (its worker stopped): one statement, the
 * row locked FOR UPDATE SKIP LOCKED so that two workers never take the same job.
 */
export async function claimOcrJob(db: pg.Pool, now: Date, leaseMs: number): Promise<OcrJob | undefined> {
  const { rows } = await db.query<{ complaint_id: string; document_id: string; attempts: number; enqueued_at: Date }>(
    `UPDATE complaint_ocr_jobs j SET state = 'WORKING', attempts = j.attempts + 1, claimed_at = $1
     FROM (SELECT complaint_id, document_id FROM complaint_ocr_jobs
           WHERE (state = 'WAITING' AND available_at <= $1) OR (state = 'WORKING' AND claimed_at < $1::timestamptz - make_interval(secs => $2 / 1000.0))
           ORDER BY enqueued_at, complaint_id, document_id LIMIT 1 FOR UPDATE SKIP LOCKED) due
     WHERE j.complaint_id = due.complaint_id AND j.document_id = due.document_id
     RETURNING j.complaint_id, j.document_id, j.attempts, j.enqueued_at`,
    [now, leaseMs],
  );
  const row = rows[0];
  return row && { complaintId: row.complaint_id, documentId: row.document_id, attempts: row.attempts, enqueuedAt: row.enqueued_at };
}

/** Ends the job: DONE (its text or why there is none is in the log) or FAILED (with what went wrong). */
export async function finishOcrJob(db: pg.Pool, job: OcrJob, state: 'DONE' | 'FAILED', now: Date, error: string | null = null): Promise<void> {
  await db.query(
    `UPDATE complaint_ocr_jobs SET state = $3, finished_at = $4, last_error = COALESCE($5, last_error) WHERE complaint_id = $1 AND document_id = $2`,
    [job.complaintId, job.documentId, state, now, error],
  );
}

/** Puts the job back to wait until `availableAt`, noting what went wrong. */
export async function releaseOcrJob(db: pg.Pool, job: OcrJob, availableAt: Date, error: string | null): Promise<void> {
  await db.query(
    `UPDATE complaint_ocr_jobs SET state = 'WAITING', available_at = $3, claimed_at = NULL, last_error = $4 WHERE complaint_id = $1 AND document_id = $2`,
    [job.complaintId, job.documentId, availableAt, error],
  );
}

export async function ocrQueueCounts(db: pg.Pool): Promise<OcrQueueCounts> {
  const { rows } = await db.query<{ waiting: number; working: number; done: number; failed: number; oldest: Date | null }>(
    `SELECT count(*) FILTER (WHERE state = 'WAITING')::int AS waiting, count(*) FILTER (WHERE state = 'WORKING')::int AS working,
            count(*) FILTER (WHERE state = 'DONE')::int AS done, count(*) FILTER (WHERE state = 'FAILED')::int AS failed,
            min(enqueued_at) FILTER (WHERE state = 'WAITING') AS oldest
     FROM complaint_ocr_jobs`,
  );
  const { waiting, working, done, failed, oldest } = rows[0];
  return { waiting, working, done, failed, oldestWaitingSince: oldest };
}
