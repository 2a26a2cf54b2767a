-- The mail outbox and the embedded mailbox (issue 16).
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");
CREATE INDEX "OutboxMessage_createdAt_id_idx" ON "OutboxMessage"("createdAt", "id");

CREATE TABLE "MailboxMessage" (
    "id" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "size" INTEGER NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MailboxMessage_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "MailboxMessage_messageId_key" ON "MailboxMessage"("messageId");
CREATE INDEX "MailboxMessage_receivedAt_id_idx" ON "MailboxMessage"("receivedAt", "id");

-- Wake the mail worker of every instance when a message is queued. The notification is sent at
-- commit, so a worker never looks for a row that is not yet visible. The payload has the shape of
-- the other channels (an id) so the same listener serves.
-- The migration runner splits at every semicolon, so the body writes them as \073 (as list_paging does).
CREATE FUNCTION "probe_outbox_notify"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM pg_notify(''probe_mail'', json_build_object(''id'', NEW."id")::text)\073
  RETURN NEW\073
END';

CREATE TRIGGER "OutboxMessage_notify" AFTER INSERT ON "OutboxMessage"
  FOR EACH ROW EXECUTE FUNCTION "probe_outbox_notify"();
