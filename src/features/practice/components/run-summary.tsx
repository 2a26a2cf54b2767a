import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { formatDay, formatDuration } from "@/lib/format";
import type { RunResult } from "../dto";
import { gradeAnchors } from "../dto";
import { isGrade } from "../grades";

export function RunSummary({ results }: { results: RunResult[] }) {
  const anchors = gradeAnchors();
  return (
    <div className="space-y-6">
      {results.length ? (
        <ol className="divide-y divide-line rounded-lg border border-line bg-surface">
          {results.map((r, i) => (
            <li key={`${r.questionId}-${i}`} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3 text-sm" data-testid="run-result">
              <Link href={`/practice/questions/${r.questionId}`} className="font-medium text-accent underline-offset-2 hover:underline">{r.title}</Link>
              <span className="text-muted">
                graded {r.grade}{isGrade(r.grade) ? ` (${anchors[r.grade].label.toLowerCase()})` : ""} · answered in {formatDuration(r.durationMs)}
                {r.nextDue ? ` · comes back ${formatDay(r.nextDue)}` : ""}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-muted">This run ended before any question was graded.</p>
      )}
      <div className="flex flex-wrap gap-3">
        <Link href="/practice" className={buttonClass("primary")} autoFocus>Practise more</Link>
        <Link href="/practice/progress" className={buttonClass("secondary")}>See your progress</Link>
      </div>
    </div>
  );
}
