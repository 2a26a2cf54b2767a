-- Who wrote each question version, for the version history page.
ALTER TABLE "QuestionVersion" ADD COLUMN "authorId" TEXT;

ALTER TABLE "QuestionVersion" ADD CONSTRAINT "QuestionVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Versions written before this column existed: the audit log knows who created a question in
-- the app (version 1) and who saved each edit (details.to is the version the edit wrote).
UPDATE "QuestionVersion" v SET "authorId" = a."actorId"
FROM (
  SELECT DISTINCT ON (e."targetId", e."version") e."targetId", e."version", e."actorId"
  FROM (
    SELECT "targetId", "actorId", "createdAt",
           CASE WHEN "action" = 'question.create' THEN 1 ELSE ("details"->>'to')::int END AS "version"
    FROM "AuditEntry"
    WHERE "targetType" = 'question' AND "actorId" IS NOT NULL
      AND ("action" = 'question.create' OR ("action" = 'question.update' AND jsonb_typeof("details"->'to') = 'number'))
  ) e
  ORDER BY e."targetId", e."version", e."createdAt" DESC
) a
WHERE v."questionId" = a."targetId" AND v."version" = a."version";
