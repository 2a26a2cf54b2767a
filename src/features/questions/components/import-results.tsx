import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { Alert } from "@/components/ui/states";
import type { ActionResult } from "@/lib/app-error";
import { cn } from "@/lib/cn";
import type { ImportSummary } from "../import/persist";
import type { ImportDocument, RefusedFile } from "./import-files";

export type ImportOutcome = { document: ImportDocument; result: ActionResult<ImportSummary> };

export function summarySentence(s: ImportSummary): string {
  return [
    `Imported into “${s.bankName}”: ${s.created} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.archived} archived.`,
    s.renumbered ? ` ${s.renumbered} renumbered.` : "",
    s.restored ? ` ${s.restored} restored from the archive.` : "",
    s.conflicts ? ` ${s.conflicts} ${s.conflicts === 1 ? "conflict" : "conflicts"}: ${s.conflictsTaken} took the document's version, ${s.conflicts - s.conflictsTaken} kept Probe's.` : "",
  ].join("");
}

const questionsOf = (s: ImportSummary) => `/questions?bank=${encodeURIComponent(s.bankId)}`;

/** The files the browser would not send, named with the reason, on every step after choosing them. */
export function RefusedFiles({ refused }: { refused: readonly RefusedFile[] }) {
  if (!refused.length) return null;
  return (
    <Alert tone="warn">
      <p className="font-medium">{refused.length === 1 ? "1 file was left out" : `${refused.length} files were left out`}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5" aria-label="Files left out">
        {refused.map((file) => (
          <li key={file.name}><strong>{file.name}</strong>: {file.message}</li>
        ))}
      </ul>
    </Alert>
  );
}

/** What became of each document: one transaction each, so one failing leaves the others imported. */
export function ImportResults({ outcomes, refused, onAgain }: { outcomes: readonly ImportOutcome[]; refused: readonly RefusedFile[]; onAgain: () => void }) {
  const only = outcomes.length === 1 ? outcomes[0]!.result : null;
  if (only?.ok) {
    return (
      <div className="space-y-4">
        <Alert tone="ok">{summarySentence(only.data)}</Alert>
        <RefusedFiles refused={refused} />
        <div className="flex flex-wrap gap-3">
          <Link href={questionsOf(only.data)} className={buttonClass("primary")}>See the questions</Link>
          <Button variant="secondary" onClick={onAgain}>Import another document</Button>
        </div>
      </div>
    );
  }
  const imported = outcomes.filter((outcome) => outcome.result.ok).length;
  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold">
        Imported {imported} of {outcomes.length} {outcomes.length === 1 ? "document" : "documents"}
      </h2>
      <ul className="space-y-3" aria-label="Import results">
        {outcomes.map(({ document, result }, index) => (
          <li key={index} className={cn("rounded-md border px-4 py-3 text-sm", result.ok ? "border-ok" : "border-danger")} data-testid="import-result">
            <p className="font-medium">{document.name}</p>
            {result.ok ? (
              <>
                <p className="text-ok">{summarySentence(result.data)}</p>
                <Link href={questionsOf(result.data)} className="text-accent underline">See the questions of “{result.data.bankName}”</Link>
              </>
            ) : (
              <p className="text-danger">Not imported: {result.error.message}</p>
            )}
          </li>
        ))}
      </ul>
      <RefusedFiles refused={refused} />
      <Button variant="secondary" onClick={onAgain}>Import more documents</Button>
    </div>
  );
}
