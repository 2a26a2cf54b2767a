import type { Metadata } from "next";
import Link from "next/link";
import * as Debrief from "@/features/candidates/components/debrief-sections";
import { PrintButton } from "@/features/candidates/components/print-button";
import { RatingChart } from "@/features/candidates/components/rating-chart";
import { getDebrief } from "@/features/candidates/queries";
import { STATUS_LABELS } from "@/features/candidates/status";
import { formatDateTime } from "@/lib/format";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUserAndParams } from "@/server/page-auth";
import { guardPage } from "@/server/page-guard";
import { viewerTimeZone } from "@/server/time-zone";

export const metadata: Metadata = { title: "Debrief (print)" };

export default async function PrintDebriefPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("candidates:review", "/candidates/[id]/print", params, idParamsSchema);
  const debrief = await guardPage(() => getDebrief(user, id));
  const { candidate } = debrief;
  const zone = await viewerTimeZone(user);

  return (
    <article className="space-y-8">
      <div className="flex items-center justify-between gap-4 print:hidden">
        <Link href={`/candidates/${candidate.id}`} className="text-sm underline">Back to the debrief</Link>
        <PrintButton />
      </div>
      <header className="border-b border-line pb-4">
        <h1 className="text-2xl font-semibold">Debrief: {candidate.name}</h1>
        <p className="text-sm text-muted">
          {candidate.email ? `${candidate.email} · ` : ""}
          {STATUS_LABELS[debrief.status]} · printed {formatDateTime(new Date(), { ...zone, zoneName: true })} by {user.name}
        </p>
        {debrief.othersHidden ? <p className="text-sm">Other interviewers&apos; scorecards are hidden from you until you submit yours.</p> : null}
      </header>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Who said what</h2>
        <Debrief.RecommendationTally counts={debrief.recommendations} />
        <Debrief.WhoSaidWhat sessions={debrief.sessions} zone={zone} />
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Ratings per question</h2>
        {debrief.sessions.map((s) => (
          <div key={s.id} className="space-y-2">
            {s.submitted.length ? <Debrief.QuestionMatrix session={s} zone={zone} /> : <p className="text-sm">{s.title}: no submitted scorecards.</p>}
            <Debrief.PanelStatus session={s} />
          </div>
        ))}
      </section>
      <section className="grid gap-6 sm:grid-cols-2">
        <div className="space-y-3">
          <h2 className="text-lg font-semibold">Rating distribution</h2>
          <RatingChart total={debrief.distribution.total} byInterviewer={debrief.distribution.byInterviewer} tableOpen />
        </div>
        <div className="space-y-3">
          <h2 className="text-lg font-semibold">Level estimates</h2>
          <Debrief.LevelEstimates levels={debrief.levels} />
        </div>
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">All notes</h2>
        <Debrief.AllNotes sessions={debrief.sessions.filter((s) => s.submitted.length)} />
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Decision</h2>
        <Debrief.DecisionHistory decisions={debrief.decisions} zone={zone} />
      </section>
    </article>
  );
}
