-- Scanned documents of complaints (issue 18, seed 004). Who uploaded each document and what its bytes are: an
-- office attaches only a document it uploaded. The same bytes uploaded by two offices are one file, two rows.
CREATE TABLE complaint_document_uploads (
  document_id  text NOT NULL,
  office_key   text NOT NULL,
  content_type text NOT NULL,
  size         bigint NOT NULL,
  pages        integer NOT NULL,
  uploaded_at  timestamptz NOT NULL,
  PRIMARY KEY (document_id, office_key)
);

-- The OCR queue: one job per document attached to a complaint, written before the attachment is appended. A worker
-- claims the oldest waiting job with FOR UPDATE SKIP LOCKED; a job left WORKING past its lease (a worker that
-- stopped) is claimed again.
CREATE TABLE complaint_ocr_jobs (
  complaint_id text NOT NULL,
  document_id  text NOT NULL,
  state        text NOT NULL DEFAULT 'WAITING' CHECK (state IN ('WAITING', 'WORKING', 'DONE', 'FAILED')),
  attempts     integer NOT NULL DEFAULT 0,
  enqueued_at  timestamptz NOT NULL,
  available_at timestamptz NOT NULL,
  claimed_at   timestamptz,
  finished_at  timestamptz,
  last_error   text,
  PRIMARY KEY (complaint_id, document_id)
);
CREATE INDEX complaint_ocr_jobs_waiting ON complaint_ocr_jobs (enqueued_at) WHERE state IN ('WAITING', 'WORKING');
