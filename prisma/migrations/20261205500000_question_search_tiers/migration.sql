-- The search ranks in tiers (src/features/questions/search-sql.ts): questions whose title holds
-- the whole query first, then those whose title and prompt hold it, then every other match. Each
-- tier is an index lookup, so a broad word that matches half the bank reads and ranks only its
-- few hundred title hits instead of thousands of rows.
CREATE INDEX "Question_title_search_idx" ON "Question" USING GIN (to_tsvector('english'::regconfig, "title"));
CREATE INDEX "Question_rankVector_idx" ON "Question" USING GIN ("rankVector");
