// The outbox against a real SMTP receiver (smtp-server on a free port, started here): exactly one
// delivery per message with two workers, retries with backoff on an injectable clock, the
// transaction rule (no change, no mail), the LISTEN wake-up and the embedded mailbox's store.
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSessionEventHub } from "@/server/events";
import { db } from "@/server/db";
import { storeInMailbox } from "@/features/mail/mailbox";
import { backoffMs, MAIL_CHANNEL, queueMail } from "@/features/mail/outbox";
import { startReceiver, type ReceivedMail, type Receiver } from "@/features/mail/receiver";
import { smtpSender } from "@/features/mail/transport";
import { createMailWorker } from "@/features/mail/worker";
import { resetDb } from "~tests/setup/reset-db";

const FROM = "probe@example.test";
let receiver: Receiver;
const received: ReceivedMail[] = [];

beforeEach(async () => {
  await resetDb();
  received.length = 0;
  receiver = await startReceiver(async (mail) => void received.push(mail));
});
afterEach(async () => {
  await receiver.close();
});
afterAll(async () => {
  await db.$disconnect();
});

const sender = () => smtpSender(`smtp://127.0.0.1:${receiver.port}`, FROM, { ignoreTLS: true });
const quiet = () => undefined;

async function queue(count: number) {
  for (let i = 0; i < count; i++) {
    await db.$transaction((tx) => queueMail(tx, { to: `person${i}@example.test`, subject: `Message ${i}`, body: `Hello number ${i}.\n\nhttps://probe.example/x/${i}`, reason: "this is a test" }));
  }
}

describe("the outbox", () => {
  it("delivers each message exactly once with two workers sharing one outbox", async () => {
    const N = 30;
    await queue(N);
    const a = createMailWorker({ db, send: sender(), batch: 3, log: quiet });
    const b = createMailWorker({ db, send: sender(), batch: 3, log: quiet });
    const [sentA, sentB] = await Promise.all([a.runOnce(), b.runOnce()]);
    expect(sentA + sentB).toBe(N);
    // Both did take part (three at a time), and between them every message went out once.
    expect(sentA).toBeGreaterThan(0);
    expect(sentB).toBeGreaterThan(0);
    const ids = received.map((mail) => mail.parsed.messageId);
    expect(ids).toHaveLength(N);
    expect(new Set(ids).size).toBe(N);
    expect(new Set(received.map((mail) => mail.parsed.subject))).toEqual(new Set(Array.from({ length: N }, (_, i) => `Message ${i}`)));
    expect(await db.outboxMessage.count({ where: { status: "SENT" } })).toBe(N);
    // Running again sends nothing more.
    expect(await a.runOnce()).toBe(0);
    expect(received).toHaveLength(N);
  });

  it("sends a plain-text and an HTML part, both saying why, from MAIL_FROM", async () => {
    await queue(1);
    await createMailWorker({ db, send: sender() }).runOnce();
    const [mail] = received;
    expect(mail?.parsed.from?.text).toContain(FROM);
    expect(mail?.parsed.text).toContain("You receive this because this is a test.");
    expect(mail?.parsed.html).toContain("You receive this because this is a test.");
    expect(mail?.parsed.html).toContain('<a href="https://probe.example/x/0">');
  });

  it("writes nothing when the change's transaction rolls back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await queueMail(tx, { to: "a@example.test", subject: "never", body: "never", reason: "a test" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.outboxMessage.count()).toBe(0);
  });

  it("retries a failed send after a backoff on the worker's clock, then marks it sent", async () => {
    await queue(1);
    let clock = new Date("2027-01-01T10:00:00Z");
    let failing = true;
    const real = sender();
    const worker = createMailWorker({
      db,
      now: () => clock,
      log: quiet,
      send: async (row) => {
        if (failing) throw new Error("connection refused");
        await real(row);
      },
    });
    expect(await worker.runOnce()).toBe(0);
    const failed = await db.outboxMessage.findFirstOrThrow();
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1, lastError: "connection refused" });
    expect(failed.nextAttemptAt.getTime()).toBe(clock.getTime() + backoffMs(1));
    // Not yet due: nothing happens.
    failing = false;
    clock = new Date(clock.getTime() + backoffMs(1) - 1000);
    expect(await worker.runOnce()).toBe(0);
    clock = new Date(clock.getTime() + 1000);
    expect(await worker.runOnce()).toBe(1);
    expect(await db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(received).toHaveLength(1);
    expect(backoffMs(2)).toBeGreaterThan(backoffMs(1));
  });

  it("takes back a message whose worker died mid-send once its lease lapsed", async () => {
    await queue(1);
    const clock = new Date("2027-01-01T10:00:00Z");
    const stuck = createMailWorker({ db, now: () => clock, leaseMs: 60_000, log: quiet, send: () => new Promise(() => undefined) });
    void stuck.runOnce();
    await expect.poll(() => db.outboxMessage.count({ where: { status: "SENDING" } })).toBe(1);
    const early = createMailWorker({ db, now: () => new Date(clock.getTime() + 30_000), send: sender() });
    expect(await early.runOnce()).toBe(0);
    const late = createMailWorker({ db, now: () => new Date(clock.getTime() + 61_000), send: sender() });
    expect(await late.runOnce()).toBe(1);
    expect(received).toHaveLength(1);
  });

  it("is woken by LISTEN/NOTIFY when a message is queued, with no poll due", async () => {
    const hub = createSessionEventHub(process.env.DATABASE_URL!, MAIL_CHANNEL);
    await hub.listening();
    const worker = createMailWorker({ db, send: sender(), pollMs: 10 * 60_000, listen: (wake) => hub.subscribeAll(wake) });
    worker.start();
    try {
      await expect.poll(() => db.outboxMessage.count({ where: { status: "PENDING" } })).toBe(0);
      await queue(1);
      await expect.poll(() => received.length, { timeout: 5000 }).toBe(1);
    } finally {
      await worker.stop();
      await hub.close();
    }
  });
});

describe("the embedded mailbox", () => {
  it("stores what it receives once per Message-ID, with text, HTML and attachments", async () => {
    await receiver.close();
    receiver = await startReceiver(storeInMailbox(db));
    await db.$transaction((tx) =>
      queueMail(tx, { to: "c@example.test", subject: "Invite", body: "See you", reason: "a test", attachments: [{ filename: "invite.ics", contentType: "text/calendar; method=REQUEST; charset=UTF-8", content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n" }] }),
    );
    const row = await db.outboxMessage.findFirstOrThrow();
    const send = sender();
    await createMailWorker({ db, send }).runOnce();
    // The same message delivered again (a worker that died after sending, before marking): kept once.
    await send({ ...row, attachments: row.attachments as never });
    const stored = await db.mailboxMessage.findMany();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ to: "c@example.test", subject: "Invite" });
    expect(stored[0]?.from).toContain(FROM);
    expect(stored[0]?.text).toContain("See you");
    expect(stored[0]?.html).toContain("See you");
    const [attachment] = stored[0]?.attachments as Array<{ filename: string; base64: string }>;
    expect(attachment?.filename).toBe("invite.ics");
    expect(Buffer.from(attachment!.base64, "base64").toString()).toContain("BEGIN:VCALENDAR");
  });
});
