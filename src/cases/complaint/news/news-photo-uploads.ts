import type pg from 'pg';
import { inTransaction } from '../../../database/transaction.js';

/**
 * An upload is kept this long after its office last uploaded it or began posting it; then its rows go, and its plain
 * bytes with them (issue 18). A day: a post is written in minutes. Posting takes the office's upload (the post keeps
 * its own sealed copy), and its plain bytes go as soon as every upload of them is taken.
 */
export const UNPOSTED_PHOTO_RETENTION_MS = 24 * 60 * 60 * 1000;

/** Uploads, posts and deletions of one photo one after another, across the replicas. */
const LOCK = `SELECT pg_advisory_xact_lock(hashtextextended('news-photo:' || $1::text, 0))`;

/** Whether the photo was posted before sealing (migration 1091): its plain bytes are still read, never deleted. */
const keptPlainSql = (photoId: string) => `EXISTS (SELECT 1 FROM news_plain_photos plain WHERE plain.photo_id = ${photoId})`;

/** Whether this office (`DISTRICT:7001`) uploaded the photo and has not posted it yet. */
export async function uploadedBy(db: pg.Pool, photoId: string, officeKey: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'SELECT 1 FROM news_photo_uploads WHERE photo_id = $1 AND office_key = $2 AND taken_at IS NULL', [photoId, officeKey]);
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
       ON CONFLICT (photo_id, office_key) DO UPDATE
         SET uploaded_at = GREATEST(news_photo_uploads.uploaded_at, EXCLUDED.uploaded_at), taken_at = NULL`,
      [photoId, officeKey, now],
    );
    return written;
  });
}

/**
 * The photo `seal` gives, if the office uploaded it; the upload is marked as of `now`, under the photo's lock, so that
 * no cleanup deletes its bytes while they are sealed for the post.
 */
export async function claimForPost<T>(
  db: pg.Pool, photoId: string, officeKey: string, now: Date, seal: () => Promise<T | undefined>,
): Promise<T | undefined> {
  return inTransaction(db, async (tx) => {
    await tx.query(LOCK, [photoId]);
    const { rowCount } = await tx.query(
      'UPDATE news_photo_uploads SET uploaded_at = GREATEST(uploaded_at, $3) WHERE photo_id = $1 AND office_key = $2',
      [photoId, officeKey, now],
    );
    return rowCount === 1 ? seal() : undefined;
  });
}

/**
 * After the post was appended: the office's upload is marked taken (its row stays until the cleanup), and the plain
 * bytes removed, under the photo's lock, when every upload of them is taken (and no post from before sealing reads them).
 */
export async function takeUpload(db: pg.Pool, photoId: string, officeKey: string, now: Date, remove: (photoId: string) => Promise<void>): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.query(LOCK, [photoId]);
    await tx.query('UPDATE news_photo_uploads SET taken_at = $3 WHERE photo_id = $1 AND office_key = $2', [photoId, officeKey, now]);
    const { rows } = await tx.query<{ kept: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM news_photo_uploads WHERE photo_id = $1 AND taken_at IS NULL) OR ${keptPlainSql('$1')} AS kept`, [photoId]);
    if (!rows[0].kept) await remove(photoId);
  });
}

/** Photos uploaded last before `before`. */
const STALE = 'SELECT photo_id FROM news_photo_uploads GROUP BY photo_id HAVING max(uploaded_at) < $1';

/**
 * Deletes, each under its lock, the uploads of every photo uploaded last before `before`, and `remove`s its plain
 * bytes unless a post from before sealing reads them; the number of photos whose uploads were deleted.
 */
export async function deleteStaleUploads(db: pg.Pool, before: Date, remove: (photoId: string) => Promise<void>): Promise<number> {
  const { rows } = await db.query<{ photo_id: string }>(STALE, [before]);
  let deleted = 0;
  for (const { photo_id: photoId } of rows) {
    const gone = await inTransaction(db, async (tx) => {
      await tx.query(LOCK, [photoId]);
      const { rowCount } = await tx.query(
        `DELETE FROM news_photo_uploads WHERE photo_id = $1
           AND NOT EXISTS (SELECT 1 FROM news_photo_uploads WHERE photo_id = $1 AND uploaded_at >= $2)`,
        [photoId, before],
      );
      const { rows: plain } = await tx.query<{ kept: boolean }>(`SELECT ${keptPlainSql('$1')} AS kept`, [photoId]);
      if (rowCount && !plain[0].kept) await remove(photoId);
      return Boolean(rowCount);
    });
    if (gone) deleted += 1;
  }
  return deleted;
}
