import Link from "next/link";
import { Alert } from "@/components/ui/states";
import { formatDate } from "@/lib/format";

// For the kit and session builders: warns that the candidate was already asked some of the
// picked questions. Presentational only; the data comes from questionsSeenByCandidate (server)
// or checkExposureAction (client).

export type SeenQuestion = { questionId: string; title: string; sessionId: string; date: string };

export function ExposureWarning({ candidateName, items, linkSessions = true }: { candidateName?: string; items: SeenQuestion[]; linkSessions?: boolean }) {
  if (!items.length) return null;
  const who = candidateName || "This candidate";
  return (
    <Alert tone="warn">
      <p className="font-medium" data-testid="exposure-warning">
        {who} has already seen {items.length === 1 ? "1 of these questions" : `${items.length} of these questions`}:
      </p>
      <ul className="mt-1 list-disc pl-5">
        {items.map((item) => (
          <li key={item.questionId}>
            {item.title}{" "}
            <span className="text-muted">
              (asked on{" "}
              {linkSessions ? (
                <Link className="underline" href={`/sessions/${item.sessionId}`}>{formatDate(item.date)}</Link>
              ) : (
                formatDate(item.date)
              )}
              )
            </span>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** A compact marker for one question row in a picker. */
export function SeenBadge({ date }: { date: string }) {
  return (
    <span className="inline-flex items-center rounded border border-warn px-1.5 py-0.5 text-xs text-warn" title={`Already asked on ${formatDate(date)}`}>
      Seen {formatDate(date)}
    </span>
  );
}
