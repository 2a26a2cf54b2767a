-- A small vector for ORDERING search results: the title (A) and prompt (B) only. Matching still
-- uses "searchVector" (every field, GIN-indexed), but ranking reads a vector for EVERY match, and
-- "searchVector" is large and compressed (a model answer, probes and sections), so ranking a
-- broad query's thousands of matches with it cost most of the search's time. Matches found only
-- in answers, probes or sections rank after, in list order.
ALTER TABLE "Question" ADD COLUMN "rankVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
  setweight(to_tsvector('english'::regconfig, "prompt"), 'B')
) STORED;
