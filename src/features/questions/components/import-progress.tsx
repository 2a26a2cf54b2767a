import type { ActionResult } from "@/lib/app-error";

/** Several documents on their way: which step, how many have answered, and their names in order. */
export type Progress = { verb: "Previewing" | "Importing"; done: number; names: readonly string[] };

type Step = { kind: "edit" } | { kind: "preview"; reviews: ReadonlyArray<{ result: ActionResult<unknown> }> } | { kind: "done"; outcomes: ReadonlyArray<{ result: ActionResult<unknown> }> };

function message(progress: Progress | null, step: Step): string {
  if (progress && progress.done < progress.names.length) {
    if (progress.names.length === 1) return `${progress.verb} ${progress.names[0]}…`;
    return `${progress.verb} document ${progress.done + 1} of ${progress.names.length}: ${progress.names[progress.done]}…`;
  }
  const results = step.kind === "preview" ? step.reviews : step.kind === "done" ? step.outcomes : [];
  if (results.length < 2) return "";
  const ok = results.filter(({ result }) => result.ok).length;
  return step.kind === "preview" ? `Previewed ${results.length} documents: ${ok} can be imported.` : `Imported ${ok} of ${results.length} documents.`;
}

/**
 * The wizard's one live region, rendered on every step so screen readers hear each change in it:
 * progress through several documents, then how many previewed or imported.
 */
export function ImportProgress({ progress, step }: { progress: Progress | null; step: Step }) {
  const text = message(progress, step);
  const running = progress && progress.done < progress.names.length;
  return (
    <div className="space-y-1">
      {/* Seen while it runs; afterwards the step's own heading says the same, so only screen readers get it. */}
      <p role="status" aria-live="polite" className={running ? "text-sm text-muted" : "sr-only"} data-testid="import-progress">
        {text}
      </p>
      {running && progress.names.length > 1 ? <progress className="h-2 w-full" max={progress.names.length} value={progress.done} aria-label={`${progress.verb} documents`} /> : null}
    </div>
  );
}
