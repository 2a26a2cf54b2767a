import type { Metadata } from "next";
import Link from "next/link";
import { Alert, EmptyState, PageHeader } from "@/components/ui/states";
import { StatusPill } from "@/features/scorecards/components/badges";
import { ScorecardForm } from "@/features/scorecards/components/scorecard-form";
import { ScorecardReadonly } from "@/features/scorecards/components/scorecard-readonly";
import { formatDateTime } from "@/lib/format";
import { getScorecardPage } from "@/features/scorecards/queries";
import { PadSummaries } from "@/features/sessions/pad/components/pad-summaries";
import { getSessionPads } from "@/features/sessions/pad/queries";
import { idParamsSchema } from "@/lib/ids";
import { can } from "@/lib/policy";
import { requirePageUserAndParams } from "@/server/page-auth";
import { guardPage } from "@/server/page-guard";
import { viewerTimeZone } from "@/server/time-zone";

export const metadata: Metadata = { title: "Scorecard" };

const HIDDEN_TEXT = {
  "always-blind": "Blind review is on for good: interviewers only see their own scorecards.",
  "until-submitted": "Other interviewers' scorecards stay hidden until you have submitted yours for every interview with this candidate.",
  open: "",
} as const;

export default async function ScorecardPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("sessions:list", "/sessions/[id]/scorecard", params, idParamsSchema);
  const page = await guardPage(() => getScorecardPage(user, id));
  const pads = await guardPage(() => getSessionPads(user, id));
  const { session, mine, others, blind } = page;
  const zone = await viewerTimeZone(user);

  return (
    <>
      <PageHeader title={`Scorecard: ${session.candidate.name}`}>
        <Link className="text-sm underline" href={`/sessions/${session.id}`}>Back to the session</Link>
        {can(user, "candidates:review") ? <Link className="text-sm underline" href={`/candidates/${session.candidate.id}`}>Debrief</Link> : null}
      </PageHeader>
      <p className="mb-4 text-sm text-muted">
        {session.title}
        {session.endedAt ? ` · ended ${formatDateTime(session.endedAt, { ...zone, zoneName: true })}` : session.status === "LIVE" ? " · in progress" : ""}
      </p>
      <ul className="mb-6 flex flex-wrap gap-3 text-sm" aria-label="Panel">
        {page.panel.map((p) => (
          <li key={p.email} className="flex items-center gap-2">
            {p.name} <StatusPill status={p.status} />
          </li>
        ))}
      </ul>

      {mine ? (
        session.status === "SCHEDULED" || session.status === "CANCELLED" ? (
          <EmptyState title="Nothing to score">This session has not run, so there is no scorecard to fill in.</EmptyState>
        ) : (
          <ScorecardForm sessionId={session.id} initial={mine} canSubmit={page.canSubmit} userId={user.id} />
        )
      ) : (
        <Alert tone="warn">You are not on this session&apos;s panel, so you are reading its scorecards, not writing one.</Alert>
      )}

      <section className="mt-10 space-y-4" aria-labelledby="others-heading">
        <h2 id="others-heading" className="text-lg font-semibold">{mine ? "Other interviewers" : "Scorecards"}</h2>
        {blind.othersHidden ? (
          <p className="text-sm text-muted" data-testid="others-hidden">{HIDDEN_TEXT[blind.mode]}</p>
        ) : others.length ? (
          others.map((card) => <ScorecardReadonly key={card.interviewer.email} card={card} timeZone={zone.timeZone} />)
        ) : (
          <p className="text-sm text-muted">No other submitted scorecards yet.</p>
        )}
      </section>

      {pads.length ? (
        <section className="mt-10 space-y-4" aria-labelledby="pads-heading">
          <h2 id="pads-heading" className="text-lg font-semibold">Code pads</h2>
          <PadSummaries sessionId={session.id} pads={pads} />
        </section>
      ) : null}
    </>
  );
}
