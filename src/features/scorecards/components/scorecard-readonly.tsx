import { formatDateTime } from "@/lib/format";
import { LEVEL_LABELS } from "@/lib/levels";
import { RATING_ANCHORS } from "@/lib/rating";
import type { ScorecardView } from "../types";
import { LevelBadge, RecommendationBadge, StatusPill } from "./badges";

/** A scorecard as read by someone who may not change it: a colleague's, or one's own once submitted. */
/** `timeZone` is the viewer's: the page reads it from the profile, a client form from useTimeZone(). */
export function ScorecardReadonly({ card, timeZone, heading = "h3" }: { card: ScorecardView; timeZone: string; heading?: "h2" | "h3" }) {
  const Heading = heading;
  return (
    <article className="space-y-4 rounded-lg border border-line bg-surface p-5" data-testid={`scorecard-${card.interviewer.email}`}>
      <header className="flex flex-wrap items-center gap-2">
        <Heading className="mr-auto font-semibold">{card.mine ? "Your scorecard" : card.interviewer.name}</Heading>
        <StatusPill status={card.status} />
        <RecommendationBadge value={card.recommendation} />
        <LevelBadge value={card.level} />
      </header>
      {card.submittedAt ? <p className="text-xs text-muted">Submitted {formatDateTime(card.submittedAt, { timeZone })}</p> : null}
      {card.summary ? <p className="whitespace-pre-wrap text-sm">{card.summary}</p> : <p className="text-sm text-muted">No summary.</p>}
      <ol className="space-y-3">
        {card.ratings.map((r) => (
          <li key={r.questionId} className="border-t border-line pt-3 text-sm">
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span className="font-medium">
                {r.position + 1}. {r.title}
              </span>
              <span className="text-xs text-muted">{LEVEL_LABELS[r.level]}</span>
              <span className="ml-auto font-medium" data-testid="rating">
                {r.rating ? `${r.rating} · ${RATING_ANCHORS[r.rating].label}` : r.reached ? "Unrated" : "Not reached"}
              </span>
            </div>
            <p className="text-xs text-muted">
              Probes reached {r.probesReached}/{r.probeCount}
              {r.hintedProbes.length ? ` · hints given: ${r.hintedProbes.length}` : ""}
              {r.heardWrongAnswers.length ? ` · wrong answers heard: ${r.heardWrongAnswers.join("; ")}` : ""}
            </p>
            {r.notes ? <p className="mt-1 whitespace-pre-wrap">{r.notes}</p> : null}
          </li>
        ))}
      </ol>
      {card.amendments.length ? (
        <footer className="border-t border-line pt-3 text-xs text-muted">
          <p className="font-medium">Amended after submitting</p>
          <ul>
            {card.amendments.map((a) => (
              <li key={a.at}>
                by {a.amendedBy} on {formatDateTime(a.at, { timeZone })} (earlier version kept)
              </li>
            ))}
          </ul>
        </footer>
      ) : null}
    </article>
  );
}
