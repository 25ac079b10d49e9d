-- 870: the complaint search finds an area's matches in its own GIN postings. `keys` (search-keys.ts) holds, for the
-- country and again prefixed by the owning province (`p:<province>:`) and district (`d:<district>:`): every word of
-- the complaint, every title word as `t:<word>` (subject and names), and the month received as `m:yyyymm` (UTC). A
-- search cut to an area asks the GIN index for that area's word keys (array containment on GIN is exact: no row is
-- read again to check it), a rank for the area's title keys, and cuts the match to a window of the newest months
-- with the month keys (complaint-search.query.ts): the work is bounded by the matches in the window, not by the
-- area's size. The keys without a colon are the words, so `words` and its index go; the area indexes stay for the
-- newest and oldest month of an area. The index takes no pending list (fastupdate off): a search never reads
-- unsorted recent entries, at the cost of slower writes.
-- Rows already there take their keys from their own columns, in the order the projection writes them (a rebuild's
-- comparison reads the arrays as they are), so the projection need not read the log again.

ALTER TABLE complaint_search ADD COLUMN keys text[];
UPDATE complaint_search s SET keys = ARRAY(
  SELECT a.prefix || k.key
  FROM (VALUES (1, ''), (2, 'p:' || s.owning_province || ':'), (3, 'd:' || s.owning_district || ':')) a(n, prefix)
  CROSS JOIN LATERAL (
    SELECT w AS key, 1 AS part, o FROM unnest(s.words) WITH ORDINALITY u(w, o)
    UNION ALL SELECT 't:' || w, 2, o FROM unnest(s.title_words) WITH ORDINALITY u(w, o)
    UNION ALL SELECT 'm:' || to_char(s.received_at AT TIME ZONE 'UTC', 'YYYYMM'), 3, 1
  ) k
  WHERE a.prefix IS NOT NULL
  ORDER BY a.n, k.part, k.o);
ALTER TABLE complaint_search ALTER COLUMN keys SET NOT NULL;
DROP INDEX complaint_search_words;
ALTER TABLE complaint_search DROP COLUMN words;
CREATE INDEX complaint_search_keys ON complaint_search USING gin (keys) WITH (fastupdate = off);
