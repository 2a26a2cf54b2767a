-- A question removed from its bank (deleted in the editor, or missing from a re-imported
-- document) is archived, never deleted: sessions and practice attempts point at its versions.
ALTER TABLE "Question" ADD COLUMN "archivedAt" TIMESTAMP(3);

-- Lists and search always filter on live questions of a bank.
CREATE INDEX "Question_bankId_archivedAt_idx" ON "Question"("bankId", "archivedAt");
