"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/states";
import { useAction } from "@/lib/use-action";
import { mergeCandidatesAction } from "../actions";
import type { CandidateRecord } from "../personal-data";

/**
 * Other records found for the person, each mergeable into this one: its interviews and decisions
 * move here, then it is removed. A second click confirms, naming both records. It stays mounted when
 * no other record is left, so the "Merged …" confirmation outlives the refresh that empties the list.
 */
export function MergeRecords({ keep, others, find }: { keep: { id: string; name: string }; others: CandidateRecord[]; find?: string }) {
  const router = useRouter();
  const { run, pending, error } = useAction();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [merged, setMerged] = useState<{ name: string; sessions: number; decisions: number } | null>(null);
  return (
    <div className="space-y-3">
      {merged ? (
        <Alert tone="ok">
          Merged “{merged.name}” into this record: {merged.sessions} {merged.sessions === 1 ? "interview" : "interviews"} and {merged.decisions}{" "}
          {merged.decisions === 1 ? "decision" : "decisions"} moved here.
        </Alert>
      ) : null}
      {error ? <Alert>{error.fieldErrors?.mergeId?.join(" ") ?? error.message}</Alert> : null}
      {others.length === 0 && !merged ? (
        <p className="text-sm text-muted">{find ? `No other record matches “${find}”.` : "Search for the other record by name or email."}</p>
      ) : null}
      {others.length ? (
        <ul className="space-y-2" data-testid="merge-candidates">
          {others.map((other) => (
            <li key={other.id} className="flex flex-wrap items-center gap-3 rounded-md border border-line px-3 py-2 text-sm">
              <span className="mr-auto">
                <span className="font-medium">{other.name}</span>
                {other.email ? <span className="text-muted"> · {other.email}</span> : null}
                <span className="text-muted"> · {other.sessions} {other.sessions === 1 ? "interview" : "interviews"}</span>
              </span>
              {confirming === other.id ? (
                <>
                  <Button
                    variant="danger"
                    disabled={pending}
                    onClick={() =>
                      run(mergeCandidatesAction, { keepId: keep.id, mergeId: other.id }, (result) => {
                        setConfirming(null);
                        setMerged({ name: other.name, sessions: result.sessions, decisions: result.decisions });
                        router.refresh();
                      })
                    }
                  >
                    {pending ? "Merging…" : `Yes, merge into “${keep.name}”`}
                  </Button>
                  <Button variant="secondary" onClick={() => setConfirming(null)}>Cancel</Button>
                </>
              ) : (
                <Button variant="secondary" onClick={() => setConfirming(other.id)} aria-label={`Merge ${other.name}${other.email ? ` (${other.email})` : ""} into this record`}>
                  Merge into this record…
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
