import { Alert, Card } from "@/components/ui/states";
import { LEVEL_LABELS, LEVELS } from "@/lib/levels";
import type { ImportPreviewResult } from "../actions";
import { LevelBadge } from "./level-badge";

export function ImportPreviewCard({ preview }: { preview: ImportPreviewResult }) {
  const total = LEVELS.reduce((sum, level) => sum + preview.perLevel[level], 0);
  const changes = [
    [preview.created, "new"],
    [preview.updated, "changed (new version)"],
    [preview.unchanged, "unchanged"],
    [preview.archived, "no longer in the document (archived)"],
  ] as const;
  return (
    <Card className="space-y-5">
      <div>
        <h2 className="text-lg font-semibold">{preview.bankName}</h2>
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
        {changes.map(([count, label]) => (
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
      {preview.titles.length ? (
        <details>
          <summary className="cursor-pointer text-sm font-medium">Questions in the document</summary>
          <ol className="mt-3 space-y-1.5 text-sm">
            {preview.titles.map((q, index) => (
              <li key={index} className="flex items-center gap-2">
                <span className="w-10 shrink-0 font-mono text-muted">Q{q.number}</span>
                <LevelBadge level={q.level} />
                <span className="min-w-0 truncate">{q.title}</span>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </Card>
  );
}
