import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Alert, Card, PageHeader } from "@/components/ui/states";
import * as Debrief from "@/features/candidates/components/debrief-sections";
import { DecisionForm } from "@/features/candidates/components/decision-form";
import { RatingChart } from "@/features/candidates/components/rating-chart";
import { getDebrief } from "@/features/candidates/queries";
import { STATUS_LABELS } from "@/features/candidates/status";
import { PadSummaries } from "@/features/sessions/pad/components/pad-summaries";
import { getSessionPads } from "@/features/sessions/pad/queries";
import { idParamsSchema } from "@/lib/ids";
import { can } from "@/lib/policy";
import { requirePageUserAndParams } from "@/server/page-auth";
import { guardPage } from "@/server/page-guard";
import { viewerTimeZone } from "@/server/time-zone";

export const metadata: Metadata = { title: "Debrief" };

export default async function DebriefPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("candidates:review", "/candidates/[id]", params, idParamsSchema);
  const debrief = await guardPage(() => getDebrief(user, id));
  const { candidate } = debrief;
  const zone = await viewerTimeZone(user);
  const withCards = debrief.sessions.filter((s) => s.submitted.length);
  const pads = await guardPage(() => Promise.all(debrief.sessions.map(async (s) => ({ session: s, pads: await getSessionPads(user, s.id) }))));
  const withPads = pads.filter((entry) => entry.pads.length);

  return (
    <>
      <PageHeader title={candidate.name}>
        <Link href={`/candidates/compare?ids=${candidate.id}`} className={buttonClass("secondary")}>Compare…</Link>
        <a href={`/api/candidates/${candidate.id}/export`} className={buttonClass("secondary")} download>Export CSV</a>
        <Link href={`/candidates/${candidate.id}/print`} className={buttonClass("secondary")}>Print view</Link>
        {can(user, "candidates:edit") ? <Link href={`/candidates/${candidate.id}/personal-data`} className={buttonClass("secondary")}>Personal data</Link> : null}
      </PageHeader>
      <p className="-mt-4 mb-6 text-sm text-muted">
        {candidate.email ? `${candidate.email} · ` : ""}
        <span data-testid="candidate-status">{STATUS_LABELS[debrief.status]}</span>
      </p>
      {debrief.othersHidden ? (
        <div className="mb-6">
          <Alert tone="warn">You sit on this candidate&apos;s panel: other interviewers&apos; scorecards stay hidden until you submit yours.</Alert>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <h2 className="mb-3 font-semibold">Who said what</h2>
            <div className="mb-4"><Debrief.RecommendationTally counts={debrief.recommendations} /></div>
            <Debrief.WhoSaidWhat sessions={debrief.sessions} zone={zone} />
          </Card>
          <section className="space-y-3" aria-labelledby="ratings-heading">
            <h2 id="ratings-heading" className="font-semibold">Ratings per question</h2>
            <p className="text-sm text-muted">Spread is the highest minus the lowest rating; a spread of 2 or more is a disagreement worth discussing.</p>
            {debrief.sessions.map((s) => (
              <div key={s.id} className="space-y-2">
                {s.submitted.length ? <Debrief.QuestionMatrix session={s} zone={zone} /> : <p className="text-sm text-muted">{s.title}: no submitted scorecards yet.</p>}
                <Debrief.PanelStatus session={s} />
              </div>
            ))}
            {!debrief.sessions.length ? <p className="text-sm text-muted">No interview sessions yet.</p> : null}
          </section>
          <Card>
            <h2 className="mb-3 font-semibold">All notes</h2>
            <Debrief.AllNotes sessions={withCards} />
          </Card>
          {withPads.length ? (
            <Card>
              <h2 className="mb-3 font-semibold">Code pads</h2>
              <div className="space-y-6">
                {withPads.map(({ session, pads: list }) => (
                  <div key={session.id} className="space-y-2">
                    <h3 className="text-sm font-medium text-muted">{session.title}</h3>
                    <PadSummaries sessionId={session.id} pads={list} />
                  </div>
                ))}
              </div>
            </Card>
          ) : null}
        </div>
        <div className="space-y-6">
          <Card>
            <h2 className="mb-3 font-semibold">Rating distribution</h2>
            <RatingChart total={debrief.distribution.total} byInterviewer={debrief.distribution.byInterviewer} />
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold">Level estimates</h2>
            <Debrief.LevelEstimates levels={debrief.levels} />
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold">Decision</h2>
            <div className="space-y-4">
              <Debrief.DecisionHistory decisions={debrief.decisions} zone={zone} />
              {can(user, "decisions:record") ? <DecisionForm candidateId={candidate.id} /> : null}
            </div>
          </Card>
        </div>
      </div>
    </>
  );
}
