import type pg from 'pg';
import type { StoredDocument } from './complaint-document-store.js';

/** Records that the office (`DISTRICT:7001`) uploaded the document, with what its bytes are. */
export async function recordDocumentUpload(db: pg.Pool, document: StoredDocument, officeKey: string, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO complaint_document_uploads (document_id, office_key, content_type, size, pages, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (document_id, office_key) DO UPDATE SET uploaded_at = GREATEST(complaint_document_uploads.uploaded_at, EXCLUDED.uploaded_at)`,
    [document.documentId, officeKey, document.contentType, document.size, document.pages, now],
  );
}

/** The document as the office uploaded it, or undefined when it uploaded no such document. */
export async function uploadOf(db: pg.Pool, documentId: string, officeKey: string): Promise<StoredDocument | undefined> {
  const { rows } = await db.query<{ content_type: StoredDocument['contentType']; size: string; pages: number }>(
    'SELECT content_type, size, pages FROM complaint_document_uploads WHERE document_id = $1 AND office_key = $2', [documentId, officeKey],
  );
  const row = rows[0];
  return row && { documentId, contentType: row.content_type, size: Number(row.size), pages: row.pages };
}
