import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Cursor } from "@/lib/cursor";
import { AppError } from "@/lib/app-error";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db, type Db } from "@/server/db";
import { byTimeThenId, instant, keysetPage, pageClauses, type Page } from "@/server/keyset";
import type { ReceivedMail } from "./receiver";

// The embedded mailbox: what the in-process receiver accepted, stored in PostgreSQL (every
// instance's receiver writes to the same table), read by admins at Admin → Mail.

export type StoredAttachment = { filename: string; contentType: string; base64: string; size: number };

const addresses = (value: ReceivedMail["parsed"]["to"]): string => {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.map((entry) => entry.text).join(", ");
};

/** The receiver's store: one row per Message-ID, so a message delivered twice is kept once. */
export function storeInMailbox(client: Db = db) {
  return async ({ parsed, size, envelopeTo }: ReceivedMail): Promise<void> => {
    const attachments: StoredAttachment[] = parsed.attachments.map((attachment, index) => ({
      filename: attachment.filename ?? `attachment-${index + 1}`,
      contentType: attachment.contentType,
      base64: attachment.content.toString("base64"),
      size: attachment.size,
    }));
    await client.mailboxMessage.createMany({
      data: [{
        messageId: parsed.messageId ?? `<received-${Date.now()}-${Math.random().toString(36).slice(2)}>`,
        from: parsed.from?.text ?? "",
        to: addresses(parsed.to) || envelopeTo.join(", "),
        subject: parsed.subject ?? "",
        text: parsed.text ?? "",
        html: typeof parsed.html === "string" ? parsed.html : "",
        attachments: attachments as unknown as Prisma.InputJsonValue,
        size,
      }],
      skipDuplicates: true,
    });
  };
}

export const MAILBOX_PAGE_SIZE = 25;
const NEWEST = byTimeThenId("newest", Prisma.sql`m."receivedAt"`, Prisma.sql`m."id"`);

export type MailboxRow = { id: string; from: string; to: string; subject: string; receivedAt: Date };

export async function listMailbox(user: SessionUser, cursor: Cursor | null, limit = MAILBOX_PAGE_SIZE): Promise<Page<MailboxRow>> {
  assertCan(user, "mail:read");
  const rows = await db.$queryRaw<MailboxRow[]>`
    SELECT m."id", m."from", m."to", m."subject", m."receivedAt" FROM "MailboxMessage" m
    ${pageClauses([], NEWEST, cursor, limit)}`;
  return keysetPage(rows, NEWEST, cursor, limit, (row) => [instant(row.receivedAt), row.id]);
}

export type MailboxMessageView = MailboxRow & { text: string; html: string; attachments: Array<Omit<StoredAttachment, "base64">> };

export async function getMailboxMessage(user: SessionUser, id: string): Promise<MailboxMessageView> {
  assertCan(user, "mail:read");
  const row = await db.mailboxMessage.findUnique({ where: { id } });
  if (!row) throw new AppError("NOT_FOUND", "No such message");
  const attachments = (row.attachments as unknown as StoredAttachment[]).map(({ filename, contentType, size }) => ({ filename, contentType, size }));
  return { id: row.id, from: row.from, to: row.to, subject: row.subject, receivedAt: row.receivedAt, text: row.text, html: row.html, attachments };
}

export async function getMailboxAttachment(user: SessionUser, id: string, index: number): Promise<{ filename: string; contentType: string; content: Buffer }> {
  assertCan(user, "mail:read");
  const row = await db.mailboxMessage.findUnique({ where: { id }, select: { attachments: true } });
  const attachment = row ? (row.attachments as unknown as StoredAttachment[])[index] : undefined;
  if (!attachment) throw new AppError("NOT_FOUND", "No such attachment");
  return { filename: attachment.filename, contentType: attachment.contentType, content: Buffer.from(attachment.base64, "base64") };
}
