import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/states";
import { PractiseAgainButton } from "@/features/practice/components/run-buttons";
import { formatDateTime, formatDay, formatDuration } from "@/lib/format";
import { gradeAnchors } from "@/features/practice/dto";
import { isGrade } from "@/features/practice/grades";
import { getQuestionHistory } from "@/features/practice/queries";
import { questionParamsSchema } from "@/features/practice/schemas";
import { LEVEL_LABELS } from "@/lib/levels";
import { requirePageUserAndParams } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/time-zone";

export const metadata: Metadata = { title: "Your answers" };

// No loading.tsx above this page (see ../../progress/loading.tsx): notFound() must set a real 404.
export default async function Page({ params }: { params: Promise<{ questionId: string }> }) {
  const { user, questionId } = await requirePageUserAndParams("practice:use", "/practice/questions/[questionId]", params, questionParamsSchema);
  const zone = await viewerTimeZone(user);
  const history = await getQuestionHistory(user, questionId);
  if (!history) notFound();

  return (
    <>
      <p className="mb-2 text-sm"><Link href="/practice/progress" className="text-accent underline-offset-2 hover:underline">← Your progress</Link></p>
      <PageHeader title={history.title}>
        {history.canPractise ? <PractiseAgainButton questionId={history.questionId} /> : null}
      </PageHeader>
      <p className="mb-6 text-sm text-muted">
        {LEVEL_LABELS[history.level]}{history.bankName ? ` · ${history.bankName}` : ""} · {history.attempts.length} attempt{history.attempts.length === 1 ? "" : "s"}
        {history.card ? ` · ${history.card.overdue ? "due now" : `comes back ${formatDay(history.card.nextDue)}`} · ${history.card.lapses} lapse${history.card.lapses === 1 ? "" : "s"}` : ""}
      </p>
      <ol className="space-y-4">
        {history.attempts.map((attempt) => (
          <li key={attempt.id} className="rounded-lg border border-line bg-surface p-5" data-testid="history-attempt">
            <p className="mb-3 flex flex-wrap justify-between gap-2 text-sm text-muted">
              <span>{formatDateTime(attempt.createdAt, zone)} · version {attempt.version}{attempt.mock ? " · mock interview with a friend" : ""}</span>
              <span className="font-medium text-ink" data-testid="attempt-grade">
                {attempt.mock ? "Friend's rating" : "Grade"} {attempt.grade}{isGrade(attempt.grade) ? ` · ${gradeAnchors()[attempt.grade].label}` : ""} · {formatDuration(attempt.durationMs)}
              </span>
            </p>
            {attempt.mock ? (
              <>
                <h2 className="text-xs font-semibold uppercase tracking-wide text-muted">Your friend&apos;s notes</h2>
                <p className="mt-1 whitespace-pre-wrap break-words" data-testid="friend-notes">{attempt.mock.notes || "—"}</p>
              </>
            ) : (
              <>
                <h2 className="text-xs font-semibold uppercase tracking-wide text-muted">Your answer</h2>
                <p className="mt-1 whitespace-pre-wrap break-words">{attempt.answer}</p>
              </>
            )}
            {attempt.probes.length && !attempt.mock ? (
              <ol className="mt-4 space-y-3 border-l-2 border-line pl-4">
                {attempt.probes.map((probe, i) => (
                  <li key={i} className="text-sm">
                    <p className="font-medium">{probe.question}</p>
                    <p className="mt-1 whitespace-pre-wrap break-words text-muted">{probe.answer || "—"}</p>
                  </li>
                ))}
              </ol>
            ) : null}
            {attempt.wrongAnswersGiven.length ? (
              <div className="mt-4 text-sm">
                <h3 className="font-medium text-danger">Wrong answers you gave</h3>
                <ul className="mt-1 list-disc pl-5">
                  {attempt.wrongAnswersGiven.map((w, i) => <li key={i}>{w}</li>)}
                </ul>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
