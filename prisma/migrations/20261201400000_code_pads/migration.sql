-- The live session's shared code pad: one Yjs document per session question, every update kept
-- for playback, a merged snapshot for loading, and cursor presence relayed between instances.
-- A practice attempt keeps the code written beside the answer.

-- CreateEnum
CREATE TYPE "PadAuthor" AS ENUM ('CANDIDATE', 'INTERVIEWER');

-- CreateTable
CREATE TABLE "CodePad" (
    "id" TEXT NOT NULL,
    "sessionQuestionId" TEXT NOT NULL,
    "language" TEXT,
    "headSeq" INTEGER NOT NULL DEFAULT 0,
    "snapshot" BYTEA,
    "snapshotSeq" INTEGER NOT NULL DEFAULT 0,
    "textBytes" INTEGER NOT NULL DEFAULT 0,
    "historyBytes" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CodePad_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CodePadUpdate" (
    "padId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "author" "PadAuthor" NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CodePadUpdate_pkey" PRIMARY KEY ("padId","seq")
);

-- CreateTable
CREATE TABLE "CodePadPresence" (
    "padId" TEXT NOT NULL,
    "clientId" BIGINT NOT NULL,
    "owner" TEXT NOT NULL,
    "state" BYTEA NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CodePadPresence_pkey" PRIMARY KEY ("padId","clientId")
);

-- AlterTable
ALTER TABLE "PracticeAttempt" ADD COLUMN     "code" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "codeLanguage" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "CodePad_sessionQuestionId_key" ON "CodePad"("sessionQuestionId");

-- AddForeignKey
ALTER TABLE "CodePad" ADD CONSTRAINT "CodePad_sessionQuestionId_fkey" FOREIGN KEY ("sessionQuestionId") REFERENCES "SessionQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodePadUpdate" ADD CONSTRAINT "CodePadUpdate_padId_fkey" FOREIGN KEY ("padId") REFERENCES "CodePad"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodePadUpdate" ADD CONSTRAINT "CodePadUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodePadPresence" ADD CONSTRAINT "CodePadPresence_padId_fkey" FOREIGN KEY ("padId") REFERENCES "CodePad"("id") ON DELETE CASCADE ON UPDATE CASCADE;
