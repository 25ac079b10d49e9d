-- 1091: photos of people are personal data (issue 17). From now on posting a photo copies its bytes sealed under the
-- post's CASE key (the key of its leader and participants), and the upload's plain bytes are removed once no office's
-- upload of them is left. The photos posted before keep their plain content-addressed bytes, which are still read:
-- they are listed here, from the log itself (a post not yet projected counts too), so that neither posting nor the
-- cleanup of uploads ever deletes them.
CREATE TABLE news_plain_photos (
  photo_id text PRIMARY KEY
);
INSERT INTO news_plain_photos (photo_id)
  SELECT DISTINCT photo->>'photoId'
  FROM (SELECT data FROM events WHERE type = 'DistrictNewsPosted' AND schema_version = 1 AND jsonb_typeof(data->'photos') = 'array') AS posted,
    jsonb_array_elements(posted.data->'photos') AS photo
  WHERE photo->>'photoId' IS NOT NULL;

-- An upload posted is taken (taken_at): its row stays until the cleanup, a day on (so that the post sent again is
-- answered as handled), and its plain bytes are removed as soon as every office's upload of them is taken.
ALTER TABLE news_photo_uploads ADD COLUMN taken_at timestamptz;
