-- Which reminder went to whom (issue 16): one row per (kind, session, user), so a reminder is
-- queued once however many instances run the job, and the row and the mail commit together.
CREATE TABLE "MailReminder" (
    "kind" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MailReminder_pkey" PRIMARY KEY ("kind", "sessionId", "userId")
);
