-- The cleanup of documents uploaded but never attached (issue 18) asks whether any complaint has a document: its OCR
-- job, by document id alone (the primary key leads with the complaint).
CREATE INDEX complaint_ocr_jobs_document ON complaint_ocr_jobs (document_id);
