import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { InputField, SelectField } from "@/components/ui/field";
import { Pager } from "@/components/ui/pager";
import { Alert, EmptyState, PageHeader } from "@/components/ui/states";
import { StatusBadge } from "@/features/sessions/components/status-badge";
import { listSessions } from "@/features/sessions/list";
import { SESSION_STATUSES, sessionCursorSchema, sessionListQuerySchema } from "@/features/sessions/schemas";
import { pageHref, readPageCursor } from "@/lib/cursor";
import { fieldErrorsOf } from "@/lib/field-errors";
import { formatDateTime } from "@/lib/format";
import { can } from "@/lib/policy";
import { requirePageUser } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/time-zone";

export const metadata: Metadata = { title: "Sessions" };

const STATUS_OPTIONS = SESSION_STATUSES.map((status) => [status, status.charAt(0) + status.slice(1).toLowerCase()] as const);

export default async function SessionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("sessions:list", "/sessions");
  const zone = await viewerTimeZone(user);
  const raw = await searchParams;
  // Filters that do not parse are shown as field errors and ignored; a bad page link starts over.
  const parsed = sessionListQuerySchema.omit({ cursor: true }).safeParse(raw);
  const filters = parsed.success ? parsed.data : { limit: undefined };
  const { cursor, invalid } = readPageCursor(sessionCursorSchema, raw.cursor);
  const { items: sessions, prev, next } = await listSessions(user, { ...filters, cursor });
  const canCreate = can(user, "sessions:create");
  const values = { status: typeof raw.status === "string" ? raw.status : "", q: typeof raw.q === "string" ? raw.q : "" };
  const filtered = Boolean(values.status || values.q);
  const href = (at: string | null) => (at ? pageHref("/sessions", { status: parsed.success ? parsed.data.status : undefined, q: parsed.success ? parsed.data.q : undefined }, at) : null);
  const errors = parsed.success ? undefined : fieldErrorsOf(parsed.error);

  return (
    <>
      <PageHeader title="Sessions">
        {canCreate ? <Link href="/sessions/new" className={buttonClass("primary")}>New session</Link> : null}
      </PageHeader>
      <form method="get" action="/sessions" className="mb-6 grid gap-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-[2fr_1fr_auto]" aria-label="Filter sessions">
        <InputField id="q" label="Candidate or session" errors={errors?.q} defaultValue={values.q} type="search" />
        <SelectField id="status" label="Status" errors={errors?.status} defaultValue={values.status} empty="Any status" options={STATUS_OPTIONS} />
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass("secondary")}>Filter</button>
          {filtered ? <Link href="/sessions" className={buttonClass("ghost")}>Clear</Link> : null}
        </div>
      </form>
      {invalid ? <div className="mb-4"><Alert tone="warn">That page link was not understood; here are the newest sessions.</Alert></div> : null}
      {sessions.length === 0 ? (
        filtered ? (
          <EmptyState title="No sessions match these filters">
            <Link href="/sessions" className="text-accent underline">Clear the filters</Link>
          </EmptyState>
        ) : (
          <EmptyState title="No sessions yet">
            {canCreate ? (
              <>Live interviews you run or sit on appear here. <Link href="/sessions/new" className="text-accent underline">Set one up</Link>.</>
            ) : (
              "Live interviews will appear here once interviewers set them up."
            )}
          </EmptyState>
        )
      ) : (
        <DataTable caption="Interview sessions, newest first" columns={["Candidate", "Session", "Status", "Questions", "Panel", "Created (UTC)", { label: "Actions", hidden: true }]}>
          {sessions.map((session) => (
            <tr key={session.id} className="border-b border-line last:border-0" data-testid="session-row">
              <td className="px-4 py-3 font-medium">
                <Link href={`/sessions/${session.id}`} className="hover:underline">{session.candidateName}</Link>
              </td>
              <td className="px-4 py-3">{session.title}</td>
              <td className="px-4 py-3"><StatusBadge status={session.status} /></td>
              <td className="px-4 py-3">{session.questionCount}</td>
              <td className="px-4 py-3">{session.interviewers.join(", ")}</td>
              <td className="px-4 py-3 whitespace-nowrap">{formatDateTime(session.createdAt, zone)}</td>
              <td className="px-4 py-3 text-right">
                {session.canRun && (session.status === "SCHEDULED" || session.status === "LIVE") ? (
                  <Link href={`/sessions/${session.id}/run`} className={buttonClass("secondary", "min-h-8 px-3")}>Run</Link>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager prev={href(prev)} next={href(next)} label="Session pages" />
    </>
  );
}
