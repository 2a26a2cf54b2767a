// A real SMTP receiver (smtp-server, started per test) and the outbox worker run once against it:
// `deliver()` sends what the test's actions queued and returns it as received mail, parsed.
import { afterEach, beforeEach } from "vitest";
import { env } from "@/env";
import { startReceiver, type ReceivedMail, type Receiver } from "@/features/mail/receiver";
import { smtpSender } from "@/features/mail/transport";
import { createMailWorker } from "@/features/mail/worker";
import { db } from "@/server/db";

export function mailInboxPerTest() {
  let receiver: Receiver;
  const received: ReceivedMail[] = [];
  beforeEach(async () => {
    received.length = 0;
    receiver = await startReceiver(async (mail) => void received.push(mail));
  });
  afterEach(async () => {
    await receiver.close();
  });
  return {
    async deliver(): Promise<ReceivedMail[]> {
      await createMailWorker({ db, send: smtpSender(`smtp://127.0.0.1:${receiver.port}`, env.MAIL_FROM, { ignoreTLS: true }) }).runOnce();
      return received.splice(0);
    },
  };
}

/** The first recipient's address line of a received message. */
export const recipientOf = (mail: ReceivedMail) => (Array.isArray(mail.parsed.to) ? mail.parsed.to[0]?.text : mail.parsed.to?.text) ?? "";
