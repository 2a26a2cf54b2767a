import { cn } from "@/lib/cn";
import { LEVEL_LABELS, toLevel, type LevelWord } from "@/lib/levels";
import { RECOMMENDATION_LABELS, type RecommendationWord } from "../schemas";

// Labels first, colour second: every badge says what it means in words.

export function RecommendationBadge({ value }: { value: RecommendationWord | null }) {
  if (!value) return <span className="text-sm text-muted">No recommendation</span>;
  const positive = value === "yes" || value === "strong_yes";
  return (
    <span
      data-testid="recommendation"
      className={cn(
        "inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-semibold",
        positive ? "border-ok text-ok" : "border-danger text-danger",
        value.startsWith("strong") && (positive ? "bg-ok/10" : "bg-danger/10"),
      )}
    >
      {RECOMMENDATION_LABELS[value]}
    </span>
  );
}

export function LevelBadge({ value, prefix }: { value: LevelWord | null; prefix?: string }) {
  if (!value) return <span className="text-sm text-muted">No level</span>;
  return (
    <span className="inline-flex items-center rounded-full border border-line px-2.5 py-0.5 text-xs font-medium">
      {prefix ? `${prefix} ` : ""}
      {LEVEL_LABELS[toLevel(value)]}
    </span>
  );
}

export function StatusPill({ status }: { status: "draft" | "submitted" | "not started" }) {
  return (
    <span className={cn("inline-flex items-center rounded-full border px-2 py-0.5 text-xs", status === "submitted" ? "border-ok text-ok" : "border-line text-muted")}>
      {status === "submitted" ? "Submitted" : status === "draft" ? "Draft" : "Not started"}
    </span>
  );
}
