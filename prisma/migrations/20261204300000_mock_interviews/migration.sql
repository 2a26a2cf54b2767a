-- Issue 18 part B, mock interviews with a friend (docs/decisions/mock-interviews.md).

CREATE TABLE "MockInterview" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "friendTokenHash" TEXT NOT NULL,
    "status" "SessionStatus" NOT NULL DEFAULT 'SCHEDULED',
    "currentIndex" INTEGER NOT NULL DEFAULT 0,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "lastRevealAt" TIMESTAMP(3),
    "lastRevealBy" TEXT,
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MockInterview_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "MockQuestion" (
    "id" TEXT NOT NULL,
    "mockId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "questionVersionId" TEXT NOT NULL,
    "budgetSeconds" INTEGER NOT NULL DEFAULT 600,
    "revealedProbes" INTEGER NOT NULL DEFAULT 0,
    "elapsedMs" INTEGER NOT NULL DEFAULT 0,
    "activeSince" TIMESTAMP(3),
    "rating" INTEGER,
    "notes" TEXT NOT NULL DEFAULT '',
    "heardWrongAnswers" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "hintedProbes" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "noteRevision" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MockQuestion_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "PracticeAttempt" ADD COLUMN "mockQuestionId" TEXT;

CREATE UNIQUE INDEX "MockInterview_friendTokenHash_key" ON "MockInterview"("friendTokenHash");

CREATE INDEX "MockInterview_userId_createdAt_idx" ON "MockInterview"("userId", "createdAt");

CREATE UNIQUE INDEX "MockQuestion_mockId_position_key" ON "MockQuestion"("mockId", "position");

CREATE UNIQUE INDEX "PracticeAttempt_mockQuestionId_key" ON "PracticeAttempt"("mockQuestionId");

ALTER TABLE "MockInterview" ADD CONSTRAINT "MockInterview_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "MockQuestion" ADD CONSTRAINT "MockQuestion_mockId_fkey" FOREIGN KEY ("mockId") REFERENCES "MockInterview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "MockQuestion" ADD CONSTRAINT "MockQuestion_questionVersionId_fkey" FOREIGN KEY ("questionVersionId") REFERENCES "QuestionVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "PracticeAttempt" ADD CONSTRAINT "PracticeAttempt_mockQuestionId_fkey" FOREIGN KEY ("mockQuestionId") REFERENCES "MockQuestion"("id") ON DELETE SET NULL ON UPDATE CASCADE;
