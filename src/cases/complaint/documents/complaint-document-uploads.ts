import type pg from 'pg';
import { inTransaction } from '../../../database/transaction.js';
import type { StoredDocument } from './complaint-document-store.js';

/**
 * An upload is kept this long after its office last uploaded it or began attaching it; then its rows go, and its plain
 * bytes with them. A day: attaching takes a moment. Attaching takes the office's upload (the complaint keeps its own
 * sealed copy), and its plain bytes go as soon as every upload of them is taken: an office uploads the letter again
 * to attach it to another complaint.
 */
export const UNATTACHED_DOCUMENT_RETENTION_MS = 24 * 60 * 60 * 1000;

/** Uploads, attachments and deletions of one document one after another, across the replicas. */
const LOCK = `SELECT pg_advisory_xact_lock(hashtextextended('complaint-document:' || $1::text, 0))`;

/** Whether the document was attached before sealing (migration 1076): its plain bytes are still read, never deleted. */
const keptPlainSql = (documentId: string) => `EXISTS (SELECT 1 FROM complaint_plain_documents plain WHERE plain.document_id = ${documentId})`;

/**
 * Records that the office (`DISTRICT:7001`) uploaded the document, with what its bytes are, around `keep` (which
 * stores them), under the document's lock: a cleanup of an older upload of the same bytes cannot delete them between
 * the write (or the finding that they are stored) and the row.
 */
export async function recordDocumentUpload<T>(db: pg.Pool, document: StoredDocument, officeKey: string, now: Date, keep: () => Promise<T>): Promise<T> {
  return inTransaction(db, async (tx) => {
    await tx.query(LOCK, [document.documentId]);
    const kept = await keep();
    await tx.query(
      `INSERT INTO complaint_document_uploads (document_id, office_key, content_type, size, pages, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (document_id, office_key) DO UPDATE
         SET uploaded_at = GREATEST(complaint_document_uploads.uploaded_at, EXCLUDED.uploaded_at), taken_at = NULL`,
      [document.documentId, officeKey, document.contentType, document.size, document.pages, now],
    );
    return kept;
  });
}

/**
 * The document as the office uploaded it, or undefined when it uploaded no such document; the upload is marked as of
 * `now`, under the document's lock, so that no cleanup deletes it while it is being attached.
 */
export async function claimUpload(db: pg.Pool, documentId: string, officeKey: string, now: Date): Promise<StoredDocument | undefined> {
  return inTransaction(db, async (tx) => {
    await tx.query(LOCK, [documentId]);
    const { rows } = await tx.query<{ content_type: StoredDocument['contentType']; size: string; pages: number }>(
      `UPDATE complaint_document_uploads SET uploaded_at = GREATEST(uploaded_at, $3) WHERE document_id = $1 AND office_key = $2
       RETURNING content_type, size, pages`,
      [documentId, officeKey, now],
    );
    const row = rows[0];
    return row && { documentId, contentType: row.content_type, size: Number(row.size), pages: row.pages };
  });
}

/**
 * After the attachment was appended: the office's upload is marked taken (its row stays until the cleanup, so that the
 * attachment sent again is answered as handled), and the plain bytes removed, under the document's lock, when every
 * upload of them is taken (and no attachment from before sealing reads them).
 */
export async function takeUpload(db: pg.Pool, documentId: string, officeKey: string, now: Date, remove: (documentId: string) => Promise<void>): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.query(LOCK, [documentId]);
    await tx.query('UPDATE complaint_document_uploads SET taken_at = $3 WHERE document_id = $1 AND office_key = $2', [documentId, officeKey, now]);
    const { rows } = await tx.query<{ kept: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM complaint_document_uploads WHERE document_id = $1 AND taken_at IS NULL) OR ${keptPlainSql('$1')} AS kept`, [documentId]);
    if (!rows[0].kept) await remove(documentId);
  });
}

/** Documents uploaded last before `before`. */
const STALE = `SELECT upload.document_id FROM complaint_document_uploads upload
  GROUP BY upload.document_id HAVING max(upload.uploaded_at) < $1`;

/**
 * Deletes, each under its lock, the uploads of every document uploaded last before `before`, and `remove`s its plain
 * bytes unless a document attached before sealing reads them; the number of documents whose uploads were deleted.
 */
export async function deleteUnattachedUploads(db: pg.Pool, before: Date, remove: (documentId: string) => Promise<void>): Promise<number> {
  const { rows } = await db.query<{ document_id: string }>(STALE, [before]);
  let deleted = 0;
  for (const { document_id: documentId } of rows) {
    const gone = await inTransaction(db, async (tx) => {
      await tx.query(LOCK, [documentId]);
      const { rowCount } = await tx.query(
        `DELETE FROM complaint_document_uploads WHERE document_id = $1
           AND NOT EXISTS (SELECT 1 FROM complaint_document_uploads WHERE document_id = $1 AND uploaded_at >= $2)`,
        [documentId, before],
      );
      const { rows: plain } = await tx.query<{ kept: boolean }>(`SELECT ${keptPlainSql('$1')} AS kept`, [documentId]);
      if (rowCount && !plain[0].kept) await remove(documentId);
      return Boolean(rowCount);
    });
    if (gone) deleted += 1;
  }
  return deleted;
}
