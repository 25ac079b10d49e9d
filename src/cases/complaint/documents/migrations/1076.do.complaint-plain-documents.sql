-- 1076: scanned documents are personal data (issue 17). From now on attaching a document copies its bytes sealed
-- under the complaint's CASE key, and the upload's plain bytes are removed once no office's upload of them is left.
-- The documents attached before (each has its OCR job, written before its attachment and never deleted) keep their
-- plain content-addressed bytes, which are still read: they are listed here, so that neither attaching nor the cleanup
-- of uploads ever deletes them.
CREATE TABLE complaint_plain_documents (
  document_id text PRIMARY KEY
);
INSERT INTO complaint_plain_documents (document_id) SELECT DISTINCT document_id FROM complaint_ocr_jobs;

-- An upload attached is taken (taken_at): its row stays until the cleanup, a day on, and its plain bytes are removed
-- as soon as every office's upload of them is taken.
ALTER TABLE complaint_document_uploads ADD COLUMN taken_at timestamptz;
