import { LevelBadge, RECOMMENDATION_LABELS, RECOMMENDATIONS, RecommendationBadge, StatusPill } from "@/features/scorecards";
import { cn } from "@/lib/cn";
import { formatDate, formatDateTime, formatNumber, type InZone } from "@/lib/format";
import { LEVEL_LABELS } from "@/lib/levels";
import { RATING_ANCHORS } from "@/lib/rating";
import type { Agreement } from "../debrief";
import type { Debrief, DecisionView } from "../queries";
import { OUTCOME_LABELS } from "../schemas";

// The debrief's sections, shared by the debrief page and its print version. Server components:
// `zone` is the viewer's time zone, which the page reads from their profile.

type DebriefSession = Debrief["sessions"][number];

const AGREEMENT_TEXT: Record<Agreement, string> = { none: "No ratings", single: "One rating", agree: "Agree", close: "Close", disagree: "Disagree" };

export function RecommendationTally({ counts }: { counts: Debrief["recommendations"] }) {
  return (
    <ul className="flex flex-wrap gap-3 text-sm" aria-label="Recommendations">
      {RECOMMENDATIONS.map((r) => (
        <li key={r} className="rounded-md border border-line px-3 py-1.5">
          <span className="font-semibold" data-testid={`tally-${r}`}>{counts[r]}</span> {RECOMMENDATION_LABELS[r]}
        </li>
      ))}
    </ul>
  );
}

export function WhoSaidWhat({ sessions, zone }: { sessions: DebriefSession[]; zone: InZone }) {
  const cards = sessions.flatMap((s) => s.submitted.map((c) => ({ session: s, card: c })));
  if (!cards.length) return <p className="text-sm text-muted">No submitted scorecards yet.</p>;
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {cards.map(({ session, card }) => (
        <li key={`${session.id}-${card.interviewer.email}`} className="space-y-2 rounded-lg border border-line bg-surface p-4 break-inside-avoid" data-testid={`said-${card.interviewer.email}`}>
          <div className="flex flex-wrap items-center gap-2">
            <span className="mr-auto font-medium">{card.interviewer.name}</span>
            <RecommendationBadge value={card.recommendation} />
            <LevelBadge value={card.level} />
          </div>
          <p className="text-xs text-muted">
            {session.title}
            {card.submittedAt ? ` · submitted ${formatDateTime(card.submittedAt, zone)}` : ""}
            {card.amendments.length ? ` · amended ${card.amendments.length}×` : ""}
          </p>
          {card.summary ? <p className="whitespace-pre-wrap text-sm">{card.summary}</p> : <p className="text-sm text-muted">No summary.</p>}
        </li>
      ))}
    </ul>
  );
}

export function QuestionMatrix({ session, zone }: { session: DebriefSession; zone: InZone }) {
  const people = session.submitted.map((c) => c.interviewer);
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-left text-sm" data-testid={`matrix-${session.id}`}>
        <caption className="px-4 pt-3 text-left font-medium">
          {session.title} <span className="font-normal text-muted">· {formatDate(session.date, zone)}</span>
        </caption>
        <thead className="border-b border-line text-muted">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Question</th>
            {people.map((p) => (
              <th key={p.email} scope="col" className="px-3 py-2 font-medium">{p.name}</th>
            ))}
            <th scope="col" className="px-3 py-2 font-medium">Mean</th>
            <th scope="col" className="px-3 py-2 font-medium">Spread</th>
            <th scope="col" className="px-3 py-2 font-medium">Agreement</th>
          </tr>
        </thead>
        <tbody>
          {session.questions.map((q) => {
            const disagree = q.agreement === "disagree";
            return (
              <tr key={q.questionId} data-agreement={q.agreement} className={cn("border-b border-line last:border-0", disagree && "bg-warn/10")}>
                <th scope="row" className={cn("px-4 py-2 font-normal", disagree && "border-l-4 border-warn")}>
                  <span className="block">{q.position + 1}. {q.title}</span>
                  <span className="text-xs text-muted">{LEVEL_LABELS[q.level]}</span>
                </th>
                {q.ratings.map((r, i) => (
                  <td key={i} className="px-3 py-2" title={r.rating ? RATING_ANCHORS[r.rating].anchor : undefined}>
                    {r.rating ? <><span className="font-semibold">{r.rating}</span> <span className="text-xs text-muted">{RATING_ANCHORS[r.rating].label}</span></> : <span className="text-muted">—</span>}
                  </td>
                ))}
                <td className="px-3 py-2">{formatNumber(q.mean)}</td>
                <td className="px-3 py-2">{q.spread ?? "—"}</td>
                <td className={cn("px-3 py-2", disagree ? "font-semibold text-warn" : q.agreement === "agree" ? "text-ok" : "text-muted")}>
                  {disagree ? "⚠ " : ""}
                  {AGREEMENT_TEXT[q.agreement]}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function PanelStatus({ session }: { session: DebriefSession }) {
  return (
    <ul className="flex flex-wrap gap-3 text-sm">
      {session.panel.map((p) => (
        <li key={p.email} className="flex items-center gap-2">{p.name} <StatusPill status={p.status} /></li>
      ))}
    </ul>
  );
}

export function LevelEstimates({ levels }: { levels: Debrief["levels"] }) {
  return (
    <div className="space-y-2 text-sm">
      <p>
        Panel consensus: <strong data-testid="consensus-level">{levels.consensus ? LEVEL_LABELS[levels.consensus] : "—"}</strong>
        <span className="text-muted"> · suggested from all ratings: {levels.suggestedFromAll ? LEVEL_LABELS[levels.suggestedFromAll] : "—"}</span>
      </p>
      <table className="w-full text-left">
        <caption className="sr-only">Level estimates per interviewer</caption>
        <thead className="text-muted">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">Interviewer</th>
            <th scope="col" className="py-1 pr-3 font-medium">Their estimate</th>
            <th scope="col" className="py-1 pr-3 font-medium">Suggested by their ratings</th>
          </tr>
        </thead>
        <tbody>
          {levels.rows.map((row) => (
            <tr key={`${row.sessionTitle}-${row.interviewer}`} className="border-t border-line">
              <th scope="row" className="py-1 pr-3 font-normal">{row.interviewer}</th>
              <td className="py-1 pr-3">{row.chosen ? LEVEL_LABELS[row.chosen] : "—"}</td>
              <td className="py-1 pr-3">{row.suggested ? LEVEL_LABELS[row.suggested] : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AllNotes({ sessions }: { sessions: DebriefSession[] }) {
  const items = sessions.flatMap((s) =>
    (s.submitted[0]?.ratings ?? []).map((q) => ({
      key: `${s.id}-${q.questionId}`,
      title: `${q.position + 1}. ${q.title}`,
      notes: s.submitted.flatMap((c) => {
        const r = c.ratings.find((x) => x.questionId === q.questionId);
        return r && (r.notes || r.heardWrongAnswers.length || r.hintedProbes.length) ? [{ who: c.interviewer.name, r }] : [];
      }),
    })),
  );
  if (!items.some((i) => i.notes.length)) return <p className="text-sm text-muted">No notes.</p>;
  return (
    <div className="space-y-4">
      {items.filter((i) => i.notes.length).map((item) => (
        <div key={item.key} className="break-inside-avoid">
          <h3 className="text-sm font-medium">{item.title}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {item.notes.map(({ who, r }) => (
              <li key={who}>
                <span className="font-medium">{who}:</span> <span className="whitespace-pre-wrap">{r.notes || "—"}</span>
                {r.heardWrongAnswers.length ? <span className="block text-xs text-muted">Wrong answers heard: {r.heardWrongAnswers.join("; ")}</span> : null}
                {r.hintedProbes.length ? <span className="block text-xs text-muted">Hints given: {r.hintedProbes.join("; ")}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

export function DecisionHistory({ decisions, zone }: { decisions: DecisionView[]; zone: InZone }) {
  if (!decisions.length) return <p className="text-sm text-muted">No decision yet.</p>;
  return (
    <ol className="space-y-2 text-sm" data-testid="decisions">
      {decisions.map((d, i) => (
        <li key={d.at} className={cn("rounded-md border px-3 py-2", i === 0 ? "border-accent" : "border-line text-muted")}>
          <span className="font-semibold">{OUTCOME_LABELS[d.outcome]}</span> · {d.decidedBy} · {formatDateTime(d.at, zone)}
          {i === 0 ? <span className="ml-2 text-xs">(current)</span> : null}
          <p className="whitespace-pre-wrap">{d.reason}</p>
        </li>
      ))}
    </ol>
  );
}
