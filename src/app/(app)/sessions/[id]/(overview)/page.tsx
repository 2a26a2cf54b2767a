import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/states";
import { CancelSessionButton } from "@/features/sessions/components/cancel-session-button";
import { JoinLinkPanel } from "@/features/sessions/components/join-link-panel";
import { StatusBadge } from "@/features/sessions/components/status-badge";
import { getSessionOverview } from "@/features/sessions/queries";
import { isFinished } from "@/features/sessions/state";
import { formatDateTime, type InZone } from "@/lib/format";
import { idParamsSchema } from "@/lib/ids";
import { LEVEL_LABELS, type Level } from "@/lib/levels";
import { requirePageUserAndParams } from "@/server/page-auth";
import { guardPage } from "@/server/page-guard";
import { viewerTimeZone } from "@/server/time-zone";

export const metadata: Metadata = { title: "Session" };

// When a session ran is read against a calendar: the zone is named, not only its offset.
const when = (iso: string | null, zone: InZone) => (iso ? formatDateTime(iso, { ...zone, zoneName: true }) : "—");

export default async function SessionOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("sessions:list", "/sessions/[id]", params, idParamsSchema);
  const session = await guardPage(() => getSessionOverview(user, id));
  const zone = await viewerTimeZone(user);
  const finished = isFinished(session.status);
  const totalMinutes = Math.round(session.questions.reduce((sum, q) => sum + q.budgetSeconds, 0) / 60);

  return (
    <>
      <PageHeader title={`Interview with ${session.candidate.name}`}>
        {session.canRun ? (
          <Link href={`/sessions/${session.id}/run`} className={buttonClass("primary")}>
            {finished ? "Open cockpit" : session.status === "LIVE" ? "Rejoin cockpit" : "Run"}
          </Link>
        ) : null}
        {session.status === "LIVE" || session.status === "COMPLETED" ? (
          <Link href={`/sessions/${session.id}/scorecard`} className={buttonClass(session.status === "COMPLETED" ? "primary" : "secondary")}>
            {session.canRun ? "Your scorecard" : "Scorecards"}
          </Link>
        ) : null}
        {session.canRun && session.status === "SCHEDULED" ? (
          <Link href={`/sessions/${session.id}/edit`} className={buttonClass("secondary")}>Edit</Link>
        ) : null}
        {session.canRun && !finished ? <CancelSessionButton sessionId={session.id} /> : null}
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <Card>
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
              <div><dt className="text-muted">Status</dt><dd><StatusBadge status={session.status} /></dd></div>
              <div><dt className="text-muted">Title</dt><dd>{session.title}</dd></div>
              <div><dt className="text-muted">Candidate</dt><dd>{session.candidate.name}{session.candidate.email ? ` · ${session.candidate.email}` : ""}</dd></div>
              <div><dt className="text-muted">Kit</dt><dd>{session.kitName ?? "Picked questions"}</dd></div>
              <div>
                <dt className="text-muted">Scheduled</dt>
                <dd data-testid="scheduled-at">
                  {session.scheduledAt ? `${when(session.scheduledAt, zone)}${session.durationMinutes ? `, ${session.durationMinutes} min` : ""}` : "No time set"}
                </dd>
              </div>
              <div>
                <dt className="text-muted">Video call</dt>
                <dd>{session.videoUrl ? <a className="underline" href={session.videoUrl} rel="noopener noreferrer" target="_blank">{session.videoUrl}</a> : "—"}</dd>
              </div>
              <div><dt className="text-muted">Created</dt><dd>{when(session.createdAt, zone)} by {session.createdBy}</dd></div>
              <div><dt className="text-muted">Started · ended</dt><dd>{when(session.startedAt, zone)} · {when(session.endedAt, zone)}</dd></div>
            </dl>
          </Card>
          <section aria-labelledby="questions-heading">
            <h2 id="questions-heading" className="mb-2 font-semibold">
              Questions <span className="text-sm font-normal text-muted">({session.questions.length}, {totalMinutes} min)</span>
            </h2>
            <ol className="divide-y divide-line rounded-lg border border-line bg-surface">
              {session.questions.map((q) => (
                <li key={q.position} className="flex flex-wrap items-baseline gap-3 p-3 text-sm">
                  <span className="w-6 text-right font-mono text-muted">{q.position + 1}.</span>
                  <span className="min-w-0 flex-1 font-medium">{q.title}</span>
                  <span className="text-muted">{LEVEL_LABELS[q.level as Level] ?? q.level} · v{q.version} · {Math.round(q.budgetSeconds / 60)} min</span>
                </li>
              ))}
            </ol>
          </section>
        </div>
        <div className="space-y-6">
          {session.canRun && !finished ? <JoinLinkPanel sessionId={session.id} mailsCandidate={Boolean(session.scheduledAt && session.candidate.email)} /> : null}
          <Card>
            <h2 className="mb-2 font-semibold">Panel</h2>
            <ul className="space-y-1 text-sm">
              {session.interviewers.map((i) => (
                <li key={i.id}>{i.name} <span className="text-muted">· {i.email}</span></li>
              ))}
            </ul>
          </Card>
        </div>
      </div>
    </>
  );
}
