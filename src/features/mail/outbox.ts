import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/server/db";
import { composeMail, type MailAttachment, type MailInput } from "./compose";

// The outbox: queueMail writes a row inside the caller's transaction (the change and its mail
// commit together or not at all); the worker (worker.ts) claims due rows, sends, and records the
// outcome. A claim is one statement: rows PENDING and due, or SENDING whose lease lapsed, locked
// with SKIP LOCKED and flipped to SENDING in the same UPDATE, so two workers never hold one row.

export const MAIL_CHANNEL = "probe_mail";
export const MAX_ATTEMPTS = 8;

export type OutboxRow = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: MailAttachment[];
  attempts: number;
};

/** Queues one message in the caller's transaction. Returns the outbox row's id. */
export async function queueMail(tx: Tx | Db, input: MailInput): Promise<string> {
  const mail = composeMail(input);
  const row = await tx.outboxMessage.create({
    data: { ...mail, attachments: mail.attachments as unknown as Prisma.InputJsonValue },
    select: { id: true },
  });
  return row.id;
}

/** Claims up to `limit` due messages for `leaseMs`; the caller sends them and settles each. */
export async function claimDue(db: Db, now: Date, limit: number, leaseMs: number): Promise<OutboxRow[]> {
  const lease = new Date(now.getTime() + leaseMs);
  return db.$queryRaw<OutboxRow[]>`
    UPDATE "OutboxMessage" o
    SET "status" = 'SENDING', "lockedUntil" = ${lease}, "attempts" = o."attempts" + 1
    WHERE o."id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE ("status" = 'PENDING' AND "nextAttemptAt" <= ${now})
         OR ("status" = 'SENDING' AND "lockedUntil" <= ${now})
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING o."id", o."to", o."subject", o."text", o."html", o."attachments", o."attempts"`;
}

export async function markSent(db: Db, id: string, now: Date): Promise<void> {
  await db.outboxMessage.updateMany({ where: { id, status: "SENDING" }, data: { status: "SENT", sentAt: now, lockedUntil: null, lastError: null } });
}

/** Waits before attempt n+1: 30 s, 1 min, 2 min, … at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(60 * 60_000, 30_000 * 2 ** Math.max(0, attempts - 1));
}

/** Puts a message back for a later attempt, or gives up after MAX_ATTEMPTS; never throws for the user. */
export async function markFailed(db: Db, row: Pick<OutboxRow, "id" | "attempts">, error: unknown, now: Date): Promise<void> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  const giveUp = row.attempts >= MAX_ATTEMPTS;
  await db.outboxMessage.updateMany({
    where: { id: row.id, status: "SENDING" },
    data: giveUp
      ? { status: "FAILED", lastError: message, lockedUntil: null }
      : { status: "PENDING", lastError: message, lockedUntil: null, nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)) },
  });
}
