import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { compactCellClass as td, DataTable } from "@/components/ui/data-table";
import { InputField } from "@/components/ui/field";
import { Alert, EmptyState, PageHeader } from "@/components/ui/states";
import { calibrationRangeSchema } from "@/features/scorecards";
import { INCONSISTENT_GAP } from "@/features/scorecards/calibration";
import { getCalibration } from "@/features/scorecards/server";
import { cn } from "@/lib/cn";
import { fieldErrorsOf } from "@/lib/field-errors";
import { formatDuration, formatNumber } from "@/lib/format";
import { LEVEL_LABELS } from "@/lib/levels";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Calibration" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function CalibrationPage({ searchParams }: { searchParams: Search }) {
  const user = await requirePageUser("candidates:review", "/candidates/calibration");
  const raw = await searchParams;
  // A range that does not parse is shown with its field errors, and the whole history is used.
  const parsed = calibrationRangeSchema.safeParse(raw);
  const range = parsed.success ? parsed.data : {};
  const errors = parsed.success ? undefined : fieldErrorsOf(parsed.error);
  const { interviewers, questions, excludedSessions, sessions } = await getCalibration(user, range);
  const flagged = questions.filter((q) => q.inconsistent).length;
  const value = (key: string) => (typeof raw[key] === "string" ? (raw[key] as string) : "");
  const span = range.from && range.to ? `from ${range.from} to ${range.to}` : range.from ? `since ${range.from}` : range.to ? `until ${range.to}` : "over all history";

  return (
    <>
      <PageHeader title="Calibration">
        <Link href="/candidates" className={buttonClass("secondary")}>All candidates</Link>
      </PageHeader>
      <form method="get" action="/candidates/calibration" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-line bg-surface p-4" aria-label="Date range">
        <InputField id="from" label="Sessions ended from" type="date" errors={errors?.from} defaultValue={value("from")} />
        <InputField id="to" label="until (included)" type="date" errors={errors?.to} defaultValue={value("to")} />
        <button type="submit" className={buttonClass("secondary")}>Apply</button>
        {value("from") || value("to") ? <Link href="/candidates/calibration" className={buttonClass("ghost")}>All history</Link> : null}
      </form>
      {!parsed.success ? <div className="mb-4"><Alert>The date range was not understood; the figures cover all history.</Alert></div> : null}
      <p className="mb-6 max-w-3xl text-sm text-muted" data-testid="calibration-scope">
        {sessions} completed {sessions === 1 ? "session" : "sessions"} {span} (dates in UTC). Built from completed sessions. Means and spreads (standard deviation) use submitted scorecards only. A question is flagged when two
        interviewers in the same session rated it {INCONSISTENT_GAP} or more points apart.
      </p>
      {excludedSessions ? (
        <div className="mb-6"><Alert tone="warn">{excludedSessions} session(s) are left out: you sit on those candidates&apos; panels and have not submitted yet.</Alert></div>
      ) : null}

      <section className="mb-10 space-y-3" aria-labelledby="by-interviewer">
        <h2 id="by-interviewer" className="text-lg font-semibold">By interviewer</h2>
        {interviewers.length === 0 ? (
          <EmptyState title="No completed sessions yet" />
        ) : (
          <DataTable caption="Calibration per interviewer" columns={["Interviewer", "Sessions", "Submitted", "Mean rating", "Spread", "Left unrated", "End → submit (median)", "Slowest"]} compact testId="calibration-interviewers">
            {interviewers.map((i) => (
              <tr key={i.id} className="border-b border-line last:border-0">
                <th scope="row" className={cn(td, "font-normal")}>{i.name}<span className="block text-xs text-muted">{i.email}</span></th>
                <td className={td}>{i.sessions}</td>
                <td className={td}>{i.submitted}</td>
                <td className={td}>{formatNumber(i.mean, 2)}</td>
                <td className={td}>{formatNumber(i.spread, 2)}</td>
                <td className={td}>{i.unrated}</td>
                <td className={td}>{formatDuration(i.medianSubmitMs)}</td>
                <td className={td}>{formatDuration(i.slowestSubmitMs)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section className="space-y-3" aria-labelledby="by-question">
        <h2 id="by-question" className="text-lg font-semibold">By question</h2>
        <p className="text-sm text-muted">{flagged ? `${flagged} question(s) rated inconsistently, listed first.` : "No question is rated inconsistently."}</p>
        {questions.length === 0 ? (
          <EmptyState title="No rated questions yet" />
        ) : (
          <DataTable caption="Calibration per question" columns={["Question", "Sessions", "Ratings", "Mean", "Spread", "Widest gap in a session", "Flag"]} compact testId="calibration-questions">
            {questions.map((q) => (
              <tr key={q.questionId} className={cn("border-b border-line last:border-0", q.inconsistent && "bg-warn/10")} data-inconsistent={q.inconsistent}>
                <th scope="row" className={cn(td, "font-normal", q.inconsistent && "border-l-4 border-warn")}>
                  {q.title}<span className="block text-xs text-muted">{LEVEL_LABELS[q.level]}</span>
                </th>
                <td className={td}>{q.sessions}</td>
                <td className={td}>{q.ratings}</td>
                <td className={td}>{formatNumber(q.mean, 2)}</td>
                <td className={td}>{formatNumber(q.spread, 2)}</td>
                <td className={td}>{q.maxGap ?? "—"}</td>
                <td className={cn(td, q.inconsistent && "font-semibold text-warn")}>{q.inconsistent ? "⚠ Inconsistent" : "—"}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
