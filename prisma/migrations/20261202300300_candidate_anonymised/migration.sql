-- When the retention job anonymised a candidate. Such a record is never picked again.
ALTER TABLE "Candidate" ADD COLUMN "anonymisedAt" TIMESTAMP(3);
