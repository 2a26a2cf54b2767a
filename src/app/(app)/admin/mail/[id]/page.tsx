import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/states";
import { getMailboxMessage } from "@/features/mail/mailbox";
import { formatTimestamp } from "@/lib/format";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUserAndParams } from "@/server/page-auth";
import { guardPage } from "@/server/page-guard";
import { viewerTimeZone } from "@/server/time-zone";

export const metadata: Metadata = { title: "Message" };

export default async function MailMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("mail:read", "/admin/mail/[id]", params, idParamsSchema);
  const message = await guardPage(() => getMailboxMessage(user, id));
  const zone = await viewerTimeZone(user);
  return (
    <>
      <PageHeader title={message.subject || "(no subject)"}>
        <Link href="/admin/mail" className="text-sm underline">All mail</Link>
      </PageHeader>
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">From</dt><dd>{message.from}</dd>
        <dt className="font-medium">To</dt><dd data-testid="mail-to">{message.to}</dd>
        <dt className="font-medium">Received</dt><dd>{formatTimestamp(message.receivedAt, zone)}</dd>
      </dl>
      {message.attachments.length ? (
        <section className="mb-6" aria-labelledby="attachments">
          <h2 id="attachments" className="mb-2 font-semibold">Attachments</h2>
          <ul className="list-disc pl-5 text-sm">
            {message.attachments.map((attachment, index) => (
              <li key={index}>
                <a className="underline" href={`/api/admin/mail/${message.id}/attachments/${index}`} download={attachment.filename}>{attachment.filename}</a>{" "}
                <span className="text-muted">({attachment.contentType.split(";")[0]}, {attachment.size} bytes)</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="mb-6" aria-labelledby="text-part">
        <h2 id="text-part" className="mb-2 font-semibold">Text</h2>
        <Card><pre className="whitespace-pre-wrap break-words text-sm" data-testid="mail-text">{message.text}</pre></Card>
      </section>
      {message.html ? (
        <section aria-labelledby="html-part">
          <h2 id="html-part" className="mb-2 font-semibold">HTML</h2>
          {/* An empty sandbox: no scripts, no forms, no same origin, no navigating this page. */}
          <iframe title="The message's HTML part" sandbox="" srcDoc={message.html} className="h-96 w-full rounded-md border border-line bg-white" />
        </section>
      ) : null}
    </>
  );
}
