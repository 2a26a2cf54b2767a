"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/states";
import { formatDate } from "@/lib/format";
import { useTimeZone } from "@/lib/time-zone-context";
import { useAction } from "@/lib/use-action";
import { restoreQuestionAction, type RestoreResult } from "../actions";
import type { QuestionListItem } from "../dto";
import { LevelBadge } from "./level-badge";

/**
 * Archived questions (deleted, or dropped by a re-import), each with Restore. What a restore did
 * is said above the list, which outlives the row: the restored question leaves this list.
 */
export function ArchivedQuestionList({ items, canRestore }: { items: QuestionListItem[]; canRestore: boolean }) {
  const [done, setDone] = useState<Array<RestoreResult & { title: string }>>([]);
  const { run, pending, error } = useAction();
  const zone = useTimeZone();
  const restore = (item: QuestionListItem) => run(restoreQuestionAction, { id: item.id }, (result) => setDone((before) => [{ ...result, title: item.title }, ...before]));

  return (
    <div className="space-y-3">
      <div aria-live="polite" className="space-y-2">
        {done.map((result) => (
          <Alert key={result.id} tone={result.takenBy ? "warn" : "ok"}>
            Restored <Link className="underline" href={`/questions/${result.id}`}>“{result.title}”</Link> as Q{result.number}.
            {result.takenBy ? <> Its number Q{result.wanted} is now used by “{result.takenBy.title}”, so it got the next free number.</> : null}
          </Alert>
        ))}
        {error ? <Alert>{error.message}</Alert> : null}
      </div>
      {items.length ? (
        <ul className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-surface" aria-label="Archived questions">
          {items.map((item) => (
            <li key={item.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:gap-4" data-testid="archived-row">
              <span className="w-12 shrink-0 font-mono text-sm text-muted">Q{item.number}</span>
              <div className="min-w-0 flex-1 space-y-1.5">
                <p className="font-medium">{item.title}</p>
                <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
                  <LevelBadge level={item.level} />
                  <span>{item.bank.name}</span>
                  <span>v{item.version}</span>
                  {item.archivedAt ? <span>archived {formatDate(item.archivedAt, zone)}</span> : null}
                </div>
              </div>
              {canRestore ? (
                <Button variant="secondary" onClick={() => restore(item)} disabled={pending} aria-label={`Restore Q${item.number} ${item.title}`}>
                  Restore
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
