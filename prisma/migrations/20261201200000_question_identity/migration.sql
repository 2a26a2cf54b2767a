-- A question keeps its identity across re-imports (docs/decisions/question-identity.md).
-- "origin": where it was created (an import archives only DOCUMENT questions that left the
-- document). "importedVersion": the version the last import wrote or found equal to the document,
-- the base that tells an edit made in Probe from a change in the document. "archivedNumber": the
-- number of an archived question whose number an import gave to a live one.
CREATE TYPE "QuestionOrigin" AS ENUM ('DOCUMENT', 'APP');

ALTER TABLE "Question" ADD COLUMN "archivedNumber" INTEGER,
ADD COLUMN "importedVersion" INTEGER,
ADD COLUMN "origin" "QuestionOrigin" NOT NULL DEFAULT 'DOCUMENT';

-- Existing rows: the editor audits each question it creates as "question.create", so those are
-- APP and the others came from an import (the demo seed imports too).
UPDATE "Question" q SET "origin" = 'APP'
WHERE EXISTS (SELECT 1 FROM "AuditEntry" a WHERE a."action" = 'question.create' AND a."targetId" = q."id");

-- What the last import wrote: the newest version that no editor save produced (each save audits
-- "question.update" with the version it wrote in details.to).
UPDATE "Question" q SET "importedVersion" = (
  SELECT max(v."version") FROM "QuestionVersion" v
  WHERE v."questionId" = q."id"
    AND NOT EXISTS (
      SELECT 1 FROM "AuditEntry" a
      WHERE a."action" = 'question.update' AND a."targetId" = q."id" AND a."details" ->> 'to' = v."version"::text
    )
)
WHERE q."origin" = 'DOCUMENT';

-- From now on every writer says what it creates: the importer DOCUMENT, everything else APP.
ALTER TABLE "Question" ALTER COLUMN "origin" SET DEFAULT 'APP';
