import { RECOMMENDATION_LABELS, RECOMMENDATIONS, type RecommendationWord } from "@/features/scorecards";
import { cn } from "@/lib/cn";

const SHORT: Record<RecommendationWord, string> = { strong_no: "SN", no: "N", yes: "Y", strong_yes: "SY" };

/** Recommendations at a glance: one chip per kind given, with its count; the full label for screen readers. */
export function RecommendationChips({ counts, hidden }: { counts: Record<RecommendationWord, number>; hidden?: boolean }) {
  if (hidden) return <span className="text-xs text-muted">Hidden until you submit</span>;
  const given = RECOMMENDATIONS.filter((r) => counts[r] > 0);
  if (!given.length) return <span className="text-xs text-muted">None yet</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Recommendations">
      {given.map((r) => (
        <li
          key={r}
          title={RECOMMENDATION_LABELS[r]}
          className={cn("rounded border px-1.5 py-0.5 text-xs font-semibold", r === "yes" || r === "strong_yes" ? "border-ok text-ok" : "border-danger text-danger")}
        >
          <span aria-hidden>{SHORT[r]}</span>
          <span className="sr-only">{RECOMMENDATION_LABELS[r]}:</span> ×{counts[r]}
        </li>
      ))}
    </ul>
  );
}
