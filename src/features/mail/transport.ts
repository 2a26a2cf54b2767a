import "server-only";
import nodemailer from "nodemailer";
import type { SendMail } from "./worker";

// Sending over SMTP with nodemailer. Every message carries a Message-ID made from its outbox row,
// so a receiver (the embedded mailbox does) can tell a repeat delivery from a new message.

export const outboxMessageId = (id: string) => `<${id}@outbox.probe>`;

/** A SendMail to the SMTP server at `url` (smtp://user:pass@host:587, smtps://… for TLS on connect). */
export function smtpSender(url: string, from: string, extra: { ignoreTLS?: boolean } = {}): SendMail & { close(): void } {
  const transport = nodemailer.createTransport(url, { ...extra });
  const send = async (row: Parameters<SendMail>[0]) => {
    await transport.sendMail({
      from,
      to: row.to,
      subject: row.subject,
      text: row.text,
      html: row.html,
      messageId: outboxMessageId(row.id),
      attachments: row.attachments.map((attachment) => ({ filename: attachment.filename, content: attachment.content, contentType: attachment.contentType })),
    });
  };
  return Object.assign(send, { close: () => transport.close() });
}
