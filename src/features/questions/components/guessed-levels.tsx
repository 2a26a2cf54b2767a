import { Select } from "@/components/ui/field";
import { LEVEL_LABELS, levelOptions, type Level } from "@/lib/levels";
import type { ImportPreviewResult } from "../actions";

type Props = {
  guessed: ImportPreviewResult["guessedLevels"];
  /** The user's choices, shown before the preview made with them answers. */
  chosen: Readonly<Record<string, Level>>;
  /** Makes the selects' ids unique when several documents are previewed on one page. */
  idPrefix: string;
  onChoose: (number: number, level: Level) => void;
};

// No heading named these questions' level (they stood under "## Behavioural" or the like), so the
// importer filed each under the level before it. Nothing silent: the preview says each is a guess,
// and the level chosen here is the one imported; a guess left alone is imported as shown. The
// selects stay enabled while the preview is redone: disabling one would drop a keyboard user's focus.
export function GuessedLevels({ guessed, chosen, idPrefix, onChoose }: Props) {
  if (!guessed.length) return null;
  const headingId = `${idPrefix}-guessed-heading`;
  return (
    <section aria-labelledby={headingId} className="space-y-2 rounded-md border border-warn/60 p-3" data-testid="guessed-levels">
      <h3 id={headingId} className="font-semibold">
        Levels to check ({guessed.length})
      </h3>
      <p className="text-sm text-muted">
        No heading named a level for these questions, so each was given the level of the section before it. Level guessed — change it if it is wrong; the
        level shown is the one imported.
      </p>
      <ul className="space-y-2">
        {guessed.map((question) => {
          const id = `${idPrefix}-level-${question.number}`;
          const level = chosen[question.number] ?? question.level;
          return (
            <li key={question.number} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="w-14 shrink-0 font-mono text-muted">Q{question.number}</span>
              <span className="min-w-0 flex-1 font-medium">{question.title}</span>
              <span className="text-xs text-muted" id={`${id}-note`}>
                {level === question.guessed ? "Level guessed" : `Changed from the guess (${LEVEL_LABELS[question.guessed]})`}
              </span>
              <div className="w-36 shrink-0">
                <Select
                  id={id}
                  aria-label={`Level of Q${question.number}: ${question.title}`}
                  aria-describedby={`${id}-note`}
                  value={level}
                  options={levelOptions()}
                  onChange={(event) => onChoose(question.number, event.currentTarget.value as Level)}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
