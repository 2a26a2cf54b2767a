"use client";

import { cn } from "@/lib/cn";
import { formatClock } from "@/lib/format";

export type BudgetTone = "ok" | "warn" | "over";

/** Amber from 80% of the budget, red past it. */
export function budgetTone(spentMs: number, budgetSeconds: number): BudgetTone {
  const ratio = spentMs / (budgetSeconds * 1000);
  if (ratio > 1) return "over";
  if (ratio >= 0.8) return "warn";
  return "ok";
}

/** Time on the current question against its budget, from server timestamps corrected by the clock offset. */
export function SessionTimer({
  elapsedMs,
  activeSince,
  budgetSeconds,
  offsetMs,
  now,
}: {
  elapsedMs: number;
  activeSince: string | null;
  budgetSeconds: number;
  offsetMs: number;
  now: number | null;
}) {
  const running = now !== null && activeSince ? Math.max(0, now + offsetMs - Date.parse(activeSince)) : 0;
  const spent = elapsedMs + running;
  const tone = budgetTone(spent, budgetSeconds);
  const percent = Math.min(100, (spent / (budgetSeconds * 1000)) * 100);
  return (
    <div className="min-w-36" data-testid="question-timer" data-tone={tone}>
      <p className={cn("font-mono text-lg font-semibold tabular-nums", tone === "warn" && "text-warn", tone === "over" && "text-danger")}>
        {now === null ? "–:––" : formatClock(spent)} <span className="text-sm font-normal text-muted">/ {formatClock(budgetSeconds * 1000)}</span>
        {tone === "over" ? <span className="ml-2 text-xs font-medium">over budget</span> : null}
      </p>
      <div className="mt-1 h-1.5 rounded-full bg-line" aria-hidden>
        <div
          className={cn("h-full rounded-full", tone === "ok" && "bg-accent", tone === "warn" && "bg-warn", tone === "over" && "bg-danger")}
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
