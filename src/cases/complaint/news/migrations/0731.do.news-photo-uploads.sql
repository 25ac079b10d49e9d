-- Who uploaded each news photo and when (issue 18): a photo no posted news names is served only to its uploader's
-- office, and deleted a day after its last upload. The same bytes uploaded by two offices are one photo, two rows.

CREATE TABLE news_photo_uploads (
  photo_id    text NOT NULL,
  office_key  text NOT NULL,
  uploaded_at timestamptz NOT NULL,
  PRIMARY KEY (photo_id, office_key)
);
CREATE INDEX news_photo_uploads_by_time ON news_photo_uploads (uploaded_at);
