-- 840: the complaint search read model (complaint-search projection). One row per complaint: what staff search a
-- complaint by, as words. `words` holds the distinct words of the subject, the description, the accused name, the
-- complainant's name and the OCR text of every scanned document, each cut by ICU's Thai word breaker
-- (Intl.Segmenter) and normalised (letters, marks and digits; Arabic digits; Latin lower case; sara am joined);
-- `title_words` those of the subject, accused and complainant names, which rank higher. `documents` keeps each
-- document's read text (for the snippet, and so a text read again or unread replaces only its own words).
-- The complainant's citizen id is not kept here: the complaint list has it (complaint_list_by_citizen), and an
-- exact citizen-id search reads it there, under the same row-level security. The name is kept as words only.
-- The area indexes run newest first: a rank of a search walks them and stops at a page (complaint-search.query.ts).
CREATE TABLE complaint_search (
  complaint_id     text PRIMARY KEY,
  tracking_code    text NOT NULL,
  status           text NOT NULL,
  owning_level     text NOT NULL,
  owning_code      text NOT NULL,
  owning_district  text,
  owning_province  text,
  received_at      timestamptz NOT NULL,
  subject          text NOT NULL,
  description      text NOT NULL,
  name_words       text[] NOT NULL,
  documents        jsonb NOT NULL,
  title_words      text[] NOT NULL,
  words            text[] NOT NULL,
  version          integer NOT NULL
);
CREATE INDEX complaint_search_words ON complaint_search USING gin (words);
CREATE UNIQUE INDEX complaint_search_tracking_code ON complaint_search (tracking_code);
CREATE INDEX complaint_search_by_district ON complaint_search (owning_district, received_at DESC, complaint_id DESC);
CREATE INDEX complaint_search_by_province ON complaint_search (owning_province, received_at DESC, complaint_id DESC);
CREATE INDEX complaint_search_by_received ON complaint_search (received_at DESC, complaint_id DESC);
SELECT damrong_protect_read_model('complaint_search', 'damrong_in_scope(owning_district, owning_province)');
