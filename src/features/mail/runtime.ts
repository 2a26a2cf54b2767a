import "server-only";
import { env } from "@/env";
import { db } from "@/server/db";
import { createSessionEventHub } from "@/server/events";
import { storeInMailbox } from "./mailbox";
import { MAIL_CHANNEL } from "./outbox";
import { startReceiver } from "./receiver";
import { smtpSender } from "./transport";
import { createMailWorker, type MailWorker } from "./worker";

// Starts this instance's mail worker (src/instrumentation.ts calls it once). With SMTP_URL the
// worker sends there; without, it first starts the embedded receiver on a free loopback port and
// sends to it, so mail takes the same path (SMTP) either way and lands in Admin → Mail.

const globalForMail = globalThis as unknown as { probeMail?: Promise<MailWorker> };

export function startMail(): Promise<MailWorker> {
  globalForMail.probeMail ??= (async () => {
    let url = env.SMTP_URL;
    let extra = {};
    if (!url) {
      const receiver = await startReceiver(storeInMailbox());
      url = `smtp://127.0.0.1:${receiver.port}`;
      extra = { ignoreTLS: true };
    }
    const hub = createSessionEventHub(env.DATABASE_URL, MAIL_CHANNEL);
    const worker = createMailWorker({ db, send: smtpSender(url, env.MAIL_FROM, extra), listen: (wake) => hub.subscribeAll(wake) });
    worker.start();
    return worker;
  })();
  return globalForMail.probeMail;
}
