-- A session's schedule (issue 16): when it is meant to start (UTC), for how long, where the video
-- call is, and the calendar invitation's SEQUENCE, raised on every change that is mailed.
ALTER TABLE "InterviewSession" ADD COLUMN "scheduledAt" TIMESTAMP(3);
ALTER TABLE "InterviewSession" ADD COLUMN "durationMinutes" INTEGER;
ALTER TABLE "InterviewSession" ADD COLUMN "videoUrl" TEXT;
ALTER TABLE "InterviewSession" ADD COLUMN "inviteSequence" INTEGER NOT NULL DEFAULT 0;

CREATE INDEX "InterviewSession_scheduledAt_idx" ON "InterviewSession"("scheduledAt");
