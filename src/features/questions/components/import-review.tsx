import { Button } from "@/components/ui/button";
import { Alert, Card } from "@/components/ui/states";
import type { ActionError, ActionResult } from "@/lib/app-error";
import type { Level } from "@/lib/levels";
import type { ImportPreviewResult } from "../actions";
import type { ImportDocument, RefusedFile } from "./import-files";
import { ImportPreviewCard } from "./import-preview";
import { RefusedFiles } from "./import-results";

/** One document's preview and the user's choices on it (conflicts to take, levels to change). */
export type Review = { document: ImportDocument; result: ActionResult<ImportPreviewResult>; take: ReadonlySet<string>; levels: Readonly<Record<string, Level>> };

export const reviewOf = (document: ImportDocument, result: ActionResult<ImportPreviewResult>): Review => ({ document, result, take: new Set(), levels: {} });

const importable = ({ result }: Review) => result.ok && result.data.created + result.data.updated + result.data.unchanged + result.data.conflicts > 0;

type Props = {
  reviews: readonly Review[];
  refused: readonly RefusedFile[];
  error: ActionError | null;
  pending: boolean;
  importing: boolean;
  onTake: (index: number, id: string, take: boolean) => void;
  onChooseLevel: (index: number, number: number, level: Level) => void;
  onConfirm: () => void;
  onPreviewAgain: () => void;
  onBack: () => void;
};

/** The preview step: each document's preview (or why it cannot be imported), then one confirm for all. */
export function ImportReview({ reviews, refused, error, pending, importing, onTake, onChooseLevel, onConfirm, onPreviewAgain, onBack }: Props) {
  const ready = reviews.filter(importable).length;
  const many = reviews.length > 1;
  return (
    <div className="space-y-4" aria-busy={pending}>
      {error ? <Alert>{error.message}</Alert> : null}
      <RefusedFiles refused={refused} />
      {reviews.map((review, index) =>
        review.result.ok ? (
          <div key={index} data-testid="import-preview">
            <ImportPreviewCard
              preview={review.result.data}
              fileName={many ? review.document.name : undefined}
              idPrefix={`import-${index}`}
              takeDocument={review.take}
              onTakeDocument={(id, take) => onTake(index, id, take)}
              chosenLevels={review.levels}
              onChooseLevel={(number, level) => onChooseLevel(index, number, level)}
            />
          </div>
        ) : (
          <Card key={index} className="space-y-2">
            <h2 className="text-lg font-semibold">{review.document.name}</h2>
            <p className="text-sm text-danger">Cannot be imported: {review.result.error.message}</p>
          </Card>
        ),
      )}
      <div className="flex flex-wrap gap-3">
        <Button onClick={onConfirm} disabled={pending || ready === 0}>
          {importing ? "Importing…" : many ? `Import ${ready} ${ready === 1 ? "document" : "documents"}` : "Confirm import"}
        </Button>
        {error?.code === "CONFLICT" ? <Button variant="secondary" onClick={onPreviewAgain} disabled={pending}>Preview again</Button> : null}
        <Button variant="secondary" onClick={onBack} disabled={pending}>Back</Button>
      </div>
    </div>
  );
}
