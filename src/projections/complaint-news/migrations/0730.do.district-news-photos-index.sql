-- Whether a posted news names a photo (`photos @> '[{"photoId": …}]'`), asked on every photo download and by the
-- cleanup of unposted uploads (issue 18).

CREATE INDEX district_news_photos ON district_news USING gin (photos jsonb_path_ops);
