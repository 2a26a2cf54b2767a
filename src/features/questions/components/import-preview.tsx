import { Alert, Card } from "@/components/ui/states";
import { LEVEL_LABELS, LEVELS, type Level } from "@/lib/levels";
import type { ImportPreviewResult } from "../actions";
import { GuessedLevels } from "./guessed-levels";
import { ImportPlan } from "./import-plan";

type Props = {
  preview: ImportPreviewResult;
  /** The file it came from, when several are previewed together. */
  fileName?: string;
  idPrefix: string;
  takeDocument: ReadonlySet<string>;
  onTakeDocument: (id: string, take: boolean) => void;
  /** Levels chosen so far, shown at once (the preview with them follows). */
  chosenLevels: Readonly<Record<string, Level>>;
  onChooseLevel: (number: number, level: Level) => void;
};

export function ImportPreviewCard({ preview, fileName, idPrefix, takeDocument, onTakeDocument, chosenLevels, onChooseLevel }: Props) {
  const total = LEVELS.reduce((sum, level) => sum + preview.perLevel[level], 0);
  const changes = [
    [preview.created, "new"],
    [preview.updated, "changed (new version)"],
    [preview.unchanged, "unchanged"],
    [preview.archived, "no longer in the document (archived)"],
    [preview.conflicts, preview.conflicts === 1 ? "conflict" : "conflicts"],
    [preview.renumbered, "renumbered"],
    [preview.restored, "restored from the archive"],
    [preview.keptAppQuestions, "created in Probe (kept)"],
  ] as const;
  return (
    <Card className="space-y-5">
      <div>
        <h2 className="text-lg font-semibold">{preview.bankName}</h2>
        {fileName ? <p className="text-sm text-muted">From {fileName}</p> : null}
        <p className="text-sm text-muted">
          {preview.bankExists ? "This bank exists: the import updates it in place." : "A new bank will be created."} {total} {total === 1 ? "question" : "questions"} found.
        </p>
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Questions per level">
        {LEVELS.map((level) => (
          <div key={level} className="rounded-md border border-line p-3" data-testid={`preview-${level.toLowerCase()}`}>
            <dt className="text-xs text-muted">{LEVEL_LABELS[level]}</dt>
            <dd className="text-2xl font-semibold">{preview.perLevel[level]}</dd>
          </div>
        ))}
      </dl>
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Changes">
        {changes.filter(([count], index) => index < 4 || count > 0).map(([count, label]) => (
          <li key={label}><span className="font-semibold">{count}</span> {label}</li>
        ))}
      </ul>
      {preview.warnings.length ? (
        <Alert tone="warn">
          <p className="font-medium">{preview.warnings.length} {preview.warnings.length === 1 ? "warning" : "warnings"}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5" aria-label="Warnings">
            {preview.warnings.map((warning, index) => (
              <li key={index}>{warning.question ? <strong>{warning.question}: </strong> : null}{warning.message}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <p className="text-sm text-ok">No warnings.</p>
      )}
      <GuessedLevels guessed={preview.guessedLevels} chosen={chosenLevels} idPrefix={idPrefix} onChoose={onChooseLevel} />
      <ImportPlan entries={preview.entries} takeDocument={takeDocument} onTakeDocument={onTakeDocument} />
    </Card>
  );
}
