import Link from "next/link";
import { Alert } from "@/components/ui/states";
import { formatDate, type InZone } from "@/lib/format";
import { useTimeZone } from "@/lib/time-zone-context";
import type { ExposureItem } from "../types";

// For the session builder: warns that the candidate met some of the picked questions before, in
// an interview or in solo practice. Presentational only; the data comes from checkExposureAction,
// which names a session and its date only where the caller may open it.

export type SeenQuestion = ExposureItem & { title: string };

export function ExposureWarning({ candidateName, items }: { candidateName?: string; items: SeenQuestion[] }) {
  const zone = useTimeZone();
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
            {item.title} <span className="text-muted">({howSeen(item, zone)})</span>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

function howSeen(item: SeenQuestion, zone: InZone) {
  const parts = [];
  if (item.asked) {
    parts.push(
      item.sessionId && item.askedOn ? (
        <span key="asked">asked on <Link className="underline" href={`/sessions/${item.sessionId}`}>{formatDate(item.askedOn, zone)}</Link></span>
      ) : (
        // A session the caller may not open: that it happened, and nothing about it.
        <span key="asked">asked in an earlier interview</span>
      ),
    );
  }
  if (item.practisedOn) {
    parts.push(<span key="practised">{item.practisedCopy ? "practised a copy" : "practised it"} on {formatDate(item.practisedOn, zone)}</span>);
  }
  return parts.flatMap((part, i) => (i === 0 ? [part] : ["; ", part]));
}
