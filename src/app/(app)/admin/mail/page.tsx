import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import { Alert, EmptyState, PageHeader } from "@/components/ui/states";
import { listMailbox } from "@/features/mail/mailbox";
import { mailboxCursorSchema } from "@/features/mail/schemas";
import { pageHref, readPageCursor } from "@/lib/cursor";
import { formatTimestamp } from "@/lib/format";
import { requirePageUser } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/time-zone";

export const metadata: Metadata = { title: "Mail" };

export default async function MailboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("mail:read", "/admin/mail");
  const zone = await viewerTimeZone(user);
  const { cursor, invalid } = readPageCursor(mailboxCursorSchema, (await searchParams).cursor);
  const { items, prev, next } = await listMailbox(user, cursor);
  const href = (at: string | null) => (at ? pageHref("/admin/mail", {}, at) : null);
  return (
    <>
      <PageHeader title="Mail" />
      <p className="mb-4 max-w-2xl text-sm text-muted">
        With no SMTP server configured (SMTP_URL), Probe keeps the mail it sends here instead: invitations, reminders, sign-in and reset links.
      </p>
      {invalid ? <div className="mb-4"><Alert tone="warn">That page link was not understood; here are the newest messages.</Alert></div> : null}
      {items.length === 0 ? (
        <EmptyState title="No mail yet">Messages Probe sends appear here.</EmptyState>
      ) : (
        <DataTable caption="Messages, newest first" columns={["Received", "To", "Subject"]}>
          {items.map((row) => (
            <tr key={row.id} className="border-b border-line align-top last:border-0">
              <td className="whitespace-nowrap px-4 py-2">{formatTimestamp(row.receivedAt, zone)}</td>
              <td className="px-4 py-2">{row.to}</td>
              <td className="px-4 py-2"><Link className="underline" href={`/admin/mail/${row.id}`}>{row.subject || "(no subject)"}</Link></td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager prev={href(prev)} next={href(next)} label="Mail pages" />
    </>
  );
}
