-- Every bank is for interviews or for practice. Existing banks become interview banks: until
-- someone says otherwise, a bank is the team's and stays out of candidates' reach.
CREATE TYPE "BankPurpose" AS ENUM ('INTERVIEW', 'PRACTICE');
ALTER TABLE "Bank" ADD COLUMN "purpose" "BankPurpose" NOT NULL DEFAULT 'INTERVIEW';

-- A question copied into a practice bank names its original, so exposure checks can follow it.
ALTER TABLE "Question" ADD COLUMN "copiedFromId" TEXT;
ALTER TABLE "Question" ADD CONSTRAINT "Question_copiedFromId_fkey" FOREIGN KEY ("copiedFromId") REFERENCES "Question"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Question_copiedFromId_idx" ON "Question"("copiedFromId");
