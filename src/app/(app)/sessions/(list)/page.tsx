import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState, PageHeader } from "@/components/ui/states";
import { StatusBadge } from "@/features/sessions/components/status-badge";
import { listSessions } from "@/features/sessions/queries";
import { formatDateTime } from "@/lib/format";
import { can } from "@/lib/policy";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Sessions" };

export default async function SessionsPage() {
  const user = await requirePageUser("sessions:list", "/sessions");
  const sessions = await listSessions(user);
  const canCreate = can(user, "sessions:create");
  return (
    <>
      <PageHeader title="Sessions">
        {canCreate ? <Link href="/sessions/new" className={buttonClass("primary")}>New session</Link> : null}
      </PageHeader>
      {sessions.length === 0 ? (
        <EmptyState title="No sessions yet">
          {canCreate ? (
            <>Live interviews you run or sit on appear here. <Link href="/sessions/new" className="text-accent underline">Set one up</Link>.</>
          ) : (
            "Live interviews will appear here once interviewers set them up."
          )}
        </EmptyState>
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
              <td className="px-4 py-3 whitespace-nowrap">{formatDateTime(session.createdAt)}</td>
              <td className="px-4 py-3 text-right">
                {session.canRun && (session.status === "SCHEDULED" || session.status === "LIVE") ? (
                  <Link href={`/sessions/${session.id}/run`} className={buttonClass("secondary", "min-h-8 px-3")}>Run</Link>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
