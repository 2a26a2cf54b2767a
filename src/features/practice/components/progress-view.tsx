import Link from "next/link";
import { Card, EmptyState } from "@/components/ui/states";
import { formatDay, formatNumber } from "@/lib/format";
import { LEVEL_LABELS } from "@/lib/levels";
import type { GroupStats, Progress, QuestionStats } from "../progress";
import { ProgressChart } from "./progress-chart";

export function StatTiles({ totals, streak, compact = false }: Pick<Progress, "totals" | "streak"> & { compact?: boolean }) {
  const tiles = [
    { label: "Streak", value: `${streak.current} day${streak.current === 1 ? "" : "s"}`, note: `Longest ${streak.longest}` },
    { label: "Questions practised", value: String(totals.attempted), note: `${totals.attempts} attempt${totals.attempts === 1 ? "" : "s"}` },
    { label: "Average grade", value: formatNumber(totals.averageGrade), note: "out of 4" },
    { label: "Due today", value: String(totals.due), note: "to practise again" },
  ];
  return (
    <dl className={compact ? "grid grid-cols-2 gap-3" : "grid grid-cols-2 gap-3 lg:grid-cols-4"}>
      {tiles.map((tile) => (
        <div key={tile.label} className="rounded-lg border border-line bg-surface p-4">
          <dt className="text-xs font-medium uppercase tracking-wide text-muted">{tile.label}</dt>
          <dd className="mt-1 text-2xl font-semibold" data-testid={`stat-${tile.label.toLowerCase().replace(/ /g, "-")}`}>{tile.value}</dd>
          <dd className="text-xs text-muted">{tile.note}</dd>
        </div>
      ))}
    </dl>
  );
}

function GroupTable({ caption, first, rows }: { caption: string; first: string; rows: GroupStats[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead className="text-muted">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">{first}</th>
            <th scope="col" className="py-2 pr-3 font-medium">Practised</th>
            <th scope="col" className="py-2 pr-3 font-medium">Average</th>
            <th scope="col" className="py-2 font-medium">Due</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-line">
              <th scope="row" className="py-2 pr-3 font-normal">{row.label}</th>
              <td className="py-2 pr-3">{row.attempted} <span className="text-muted">({row.attempts})</span></td>
              <td className="py-2 pr-3">{formatNumber(row.averageGrade)}</td>
              <td className="py-2">{row.due}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function QuestionTitle({ q, link }: { q: QuestionStats; link: boolean }) {
  return link ? (
    <Link href={`/practice/questions/${q.questionId}`} className="font-medium text-accent underline-offset-2 hover:underline">{q.title}</Link>
  ) : (
    <span className="font-medium">{q.title}</span>
  );
}

/** The whole progress picture; `linkQuestions` is off on the public shared page, where histories stay private. */
export function ProgressView({ progress, linkQuestions }: { progress: Progress; linkQuestions: boolean }) {
  if (!progress.totals.attempts) {
    return <EmptyState title="No practice yet">{linkQuestions ? "Answer a few questions and your progress shows up here." : "Nothing has been practised yet."}</EmptyState>;
  }
  return (
    <div className="space-y-6">
      <StatTiles totals={progress.totals} streak={progress.streak} />
      <Card>
        <h2 className="mb-3 font-semibold">The last 30 days</h2>
        <ProgressChart days={progress.days} />
      </Card>
      <div className="grid gap-6 md:grid-cols-2">
        <Card><GroupTable caption="By level" first="Level" rows={progress.byLevel} /></Card>
        <Card><GroupTable caption="By bank" first="Bank" rows={progress.byBank} /></Card>
      </div>
      <Card>
        <h2 className="mb-3 font-semibold">Weakest questions</h2>
        {progress.weakest.length ? (
          <ol className="space-y-2 text-sm">
            {progress.weakest.map((q) => (
              <li key={q.questionId} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-t border-line pt-2 first:border-0 first:pt-0">
                <span><QuestionTitle q={q} link={linkQuestions} /> <span className="text-muted">· {LEVEL_LABELS[q.level]} · {q.bankName}</span></span>
                <span className="text-muted">last {q.lastGrade} · average {formatNumber(q.averageGrade)}{q.dueToday ? " · due today" : ""}</span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-muted">Nothing weak right now: every question practised was last graded 4.</p>
        )}
      </Card>
      <Card>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left font-semibold">{linkQuestions ? "Every question you practised" : "Every question practised"}</caption>
            <thead className="text-muted">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">Question</th>
                <th scope="col" className="py-2 pr-3 font-medium">Attempts</th>
                <th scope="col" className="py-2 pr-3 font-medium">Last grade</th>
                <th scope="col" className="py-2 font-medium">Comes back</th>
              </tr>
            </thead>
            <tbody>
              {progress.questions.map((q) => (
                <tr key={q.questionId} className="border-t border-line">
                  <th scope="row" className="py-2 pr-3 font-normal"><QuestionTitle q={q} link={linkQuestions} /></th>
                  <td className="py-2 pr-3">{q.attempts}</td>
                  <td className="py-2 pr-3">{q.lastGrade}</td>
                  <td className="py-2">{q.dueToday ? "Today" : q.nextDue ? formatDay(q.nextDue) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
