import type pg from 'pg';
import { inTransaction } from '../../../database/transaction.js';

/**
 * An upload is kept this long after its office last uploaded or attached it; then, unless a posted news names
 * it, its file and rows go (issue 18). A day: a post is written in minutes, and the news projection trails the
 * log by far less, so a photo being posted is never taken for an unposted one.
 */
export const UNPOSTED_PHOTO_RETENTION_MS = 24 * 60 * 60 * 1000;

/**
 * Whether a posted news names the photo, as the news projection (`district_news`) has it: it trails the log, so
 * a photo just posted stays private a moment longer, never the other way round (posts are never withdrawn).
 */
const postedSql = (photoId: string) =>
  `EXISTS (SELECT 1 FROM district_news WHERE photos @> jsonb_build_array(jsonb_build_object('photoId', ${photoId}::text)))`;
const POSTED = postedSql('$1');

/** Uploads, attachments and deletions of one photo one after another, across the replicas. */
const LOCK = `SELECT pg_advisory_xact_lock(hashtextextended('news-photo:' || $1::text, 0))`;

export async function isPosted(db: pg.Pool | pg.ClientBase, photoId: string): Promise<boolean> {
  return (await db.query<{ posted: boolean }>(`SELECT ${POSTED} AS posted`, [photoId])).rows[0].posted;
}

/** Whether this office (`DISTRICT:7001`) uploaded the photo. */
export async function uploadedBy(db: pg.Pool, photoId: string, officeKey: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM news_photo_uploads WHERE photo_id = $1 AND office_key = $2', [photoId, officeKey]);
  return rowCount === 1;
}

/**
 * Records the office's upload at `now` around `write` (which keeps the file), under the photo's lock: a
 * cleanup of an older upload of the same bytes cannot delete the file between the write and the row.
 */
export async function recordUpload<T>(db: pg.Pool, photoId: string, officeKey: string, now: Date, write: () => Promise<T>): Promise<T> {
  return inTransaction(db, async (tx) => {
    await tx.query(LOCK, [photoId]);
    const written = await write();
    await tx.query(
      `INSERT INTO news_photo_uploads (photo_id, office_key, uploaded_at) VALUES ($1, $2, $3)
       ON CONFLICT (photo_id, office_key) DO UPDATE SET uploaded_at = GREATEST(news_photo_uploads.uploaded_at, EXCLUDED.uploaded_at)`,
      [photoId, officeKey, now],
    );
    return written;
  });
}

/**
 * The photo `find` reads, if the office may attach it to a post: posted already, or uploaded by it; an upload
 * is then marked as of `now`, under the photo's lock, so that no cleanup deletes it while its post is stored.
 */
export async function claimForPost<T>(
  db: pg.Pool, photoId: string, officeKey: string, now: Date, find: () => Promise<T | undefined>,
): Promise<T | undefined> {
  return inTransaction(db, async (tx) => {
    await tx.query(LOCK, [photoId]);
    const { rowCount } = await tx.query(
      'UPDATE news_photo_uploads SET uploaded_at = GREATEST(uploaded_at, $3) WHERE photo_id = $1 AND office_key = $2',
      [photoId, officeKey, now],
    );
    return rowCount === 1 || await isPosted(tx, photoId) ? find() : undefined;
  });
}

/** Photos with an upload older than `before`, none newer, named by no posted news. */
const STALE = `SELECT photo_id FROM news_photo_uploads GROUP BY photo_id HAVING max(uploaded_at) < $1 AND NOT ${postedSql('photo_id')}`;

/**
 * Deletes, each under its lock, the uploads of every photo uploaded last before `before` that no posted news
 * names, and `remove`s its file; the number of photos deleted.
 */
export async function deleteStaleUploads(db: pg.Pool, before: Date, remove: (photoId: string) => Promise<void>): Promise<number> {
  const { rows } = await db.query<{ photo_id: string }>(STALE, [before]);
  let deleted = 0;
  for (const { photo_id: photoId } of rows) {
    const gone = await inTransaction(db, async (tx) => {
      await tx.query(LOCK, [photoId]);
      const { rowCount } = await tx.query(
        `DELETE FROM news_photo_uploads WHERE photo_id = $1 AND NOT ${POSTED}
           AND NOT EXISTS (SELECT 1 FROM news_photo_uploads WHERE photo_id = $1 AND uploaded_at >= $2)`,
        [photoId, before],
      );
      if (rowCount) await remove(photoId);
      return Boolean(rowCount);
    });
    if (gone) deleted += 1;
  }
  return deleted;
}
