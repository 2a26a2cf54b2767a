-- Every list pages on the server, in SQL, with keyset paging on its order plus the id (so rows
-- that tie, such as audit entries written in one millisecond, are each visited exactly once).
-- These are the indexes those pages walk.

-- Candidate search by part of a name or an email. pg_trgm is a trusted extension (PostgreSQL 13+)
-- shipped with every PostgreSQL build and offered by the managed services.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The candidate list's default order is the latest interview. It is derived from the sessions, so
-- a column kept by the database itself stands in for it: the trigger below recomputes it whenever
-- a session is created, deleted, moved to another candidate, or changes status or start time.
-- Every writer (the app, the seed, tests, bulk SQL) keeps it right without knowing about it.
ALTER TABLE "Candidate" ADD COLUMN "lastSessionAt" TIMESTAMP(3);

CREATE FUNCTION "probe_refresh_last_session"(candidate TEXT) RETURNS void LANGUAGE sql AS $$
  UPDATE "Candidate" SET "lastSessionAt" = (
    SELECT max(COALESCE(s."startedAt", s."createdAt")) FROM "InterviewSession" s
    WHERE s."candidateId" = candidate AND s."status" <> 'CANCELLED'
  )
  WHERE "id" = candidate
$$;

-- The migration runner splits scripts at every semicolon character, even inside a function body,
-- so this body is an escape string that writes them as \073 (octal for the semicolon).
CREATE FUNCTION "probe_candidate_last_session"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''DELETE'' OR (TG_OP = ''UPDATE'' AND OLD."candidateId" IS DISTINCT FROM NEW."candidateId") THEN
    PERFORM "probe_refresh_last_session"(OLD."candidateId")\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    PERFORM "probe_refresh_last_session"(NEW."candidateId")\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER "InterviewSession_last_session_write"
AFTER INSERT OR DELETE ON "InterviewSession"
FOR EACH ROW EXECUTE FUNCTION "probe_candidate_last_session"();

-- A live session's every click updates its row: only a change that matters runs the function.
CREATE TRIGGER "InterviewSession_last_session_change"
AFTER UPDATE OF "status", "startedAt", "createdAt", "candidateId" ON "InterviewSession"
FOR EACH ROW
WHEN (
  OLD."status" IS DISTINCT FROM NEW."status" OR OLD."startedAt" IS DISTINCT FROM NEW."startedAt"
  OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt" OR OLD."candidateId" IS DISTINCT FROM NEW."candidateId"
)
EXECUTE FUNCTION "probe_candidate_last_session"();

UPDATE "Candidate" c SET "lastSessionAt" = last."at"
FROM (
  SELECT s."candidateId", max(COALESCE(s."startedAt", s."createdAt")) AS "at"
  FROM "InterviewSession" s WHERE s."status" <> 'CANCELLED' GROUP BY s."candidateId"
) last
WHERE last."candidateId" = c."id";

-- Never-interviewed candidates come last, so the index says NULLS LAST (Prisma's schema cannot).
CREATE INDEX "Candidate_lastSessionAt_id_idx" ON "Candidate"("lastSessionAt" DESC NULLS LAST, "id" DESC);
CREATE INDEX "Candidate_name_id_idx" ON "Candidate"("name", "id");
CREATE INDEX "Candidate_createdAt_id_idx" ON "Candidate"("createdAt", "id");
CREATE INDEX "Candidate_name_trgm_idx" ON "Candidate" USING GIN ("name" gin_trgm_ops);
CREATE INDEX "Candidate_email_trgm_idx" ON "Candidate" USING GIN ("email" gin_trgm_ops);

-- A candidate's sessions and decisions, read per row of a page.
CREATE INDEX "InterviewSession_candidateId_idx" ON "InterviewSession"("candidateId");
CREATE INDEX "Decision_candidateId_createdAt_idx" ON "Decision"("candidateId", "createdAt");

-- The sessions list (newest first) and calibration (completed sessions by end time).
CREATE INDEX "InterviewSession_createdAt_id_idx" ON "InterviewSession"("createdAt", "id");
CREATE INDEX "InterviewSession_status_endedAt_idx" ON "InterviewSession"("status", "endedAt");

-- The audit log pages on (createdAt, id): the old index on createdAt alone is replaced.
DROP INDEX "AuditEntry_createdAt_idx";
CREATE INDEX "AuditEntry_createdAt_id_idx" ON "AuditEntry"("createdAt", "id");

CREATE INDEX "Kit_updatedAt_id_idx" ON "Kit"("updatedAt", "id");
