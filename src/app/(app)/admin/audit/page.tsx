import type { Metadata } from "next";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import { Alert, EmptyState, PageHeader } from "@/components/ui/states";
import { listAuditEntries } from "@/features/audit/queries";
import { auditCursorSchema, auditFilterSchema } from "@/features/audit/schemas";
import { pageHref, readPageCursor } from "@/lib/cursor";
import { formatTimestamp } from "@/lib/format";
import { requirePageUser } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/time-zone";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("audit:read", "/admin/audit");
  const zone = await viewerTimeZone(user);
  const params = await searchParams;
  const filter = auditFilterSchema.parse(params);
  const { cursor, invalid } = readPageCursor(auditCursorSchema, params.cursor);
  const { items: rows, prev, next } = await listAuditEntries(user, filter, cursor);
  const href = (at: string | null) => (at ? pageHref("/admin/audit", { action: filter.action, actor: filter.actor }, at) : null);
  return (
    <>
      <PageHeader title="Audit log" />
      <form className="mb-6 flex flex-wrap items-end gap-3" role="search">
        <label className="text-sm">
          <span className="mb-1 block font-medium">Action starts with</span>
          <input name="action" defaultValue={filter.action} placeholder="e.g. scorecard" className="rounded-md border border-line bg-surface px-3 py-2" />
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">Actor email contains</span>
          <input name="actor" defaultValue={filter.actor} className="rounded-md border border-line bg-surface px-3 py-2" />
        </label>
        <button type="submit" className={buttonClass("secondary")}>Filter</button>
      </form>
      {invalid ? <div className="mb-4"><Alert tone="warn">That page link was not understood; here are the newest entries.</Alert></div> : null}
      {rows.length === 0 ? (
        <EmptyState title="No entries">Sign-ins, role changes, imports, scorecards and decisions are recorded here.</EmptyState>
      ) : (
        <DataTable caption="Audit entries, newest first (times in UTC)" columns={["When (UTC)", "Who", "What", "Target", "Details"]}>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-line align-top last:border-0">
              <td className="whitespace-nowrap px-4 py-2">{formatTimestamp(row.createdAt, zone)}</td>
              <td className="px-4 py-2">{row.actor ? `${row.actor.name} (${row.actor.email})` : <span className="text-muted">—</span>}</td>
              <td className="px-4 py-2 font-mono text-xs">{row.action}</td>
              <td className="px-4 py-2 text-xs">{row.targetType ? `${row.targetType} ${row.targetId ?? ""}` : "—"}</td>
              <td className="max-w-xs break-words px-4 py-2 font-mono text-xs">{JSON.stringify(row.details)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager prev={href(prev)} next={href(next)} label="Audit log pages" />
    </>
  );
}
