import { LEVEL_LABELS, LEVELS } from "@/lib/levels";

/** The four levels as checkboxes named `levels`, all ticked at first, with the field's errors. */
export function LevelCheckboxes({ idPrefix, errors }: { idPrefix: string; errors?: string[] }) {
  const errorId = `${idPrefix}-levels-error`;
  return (
    <fieldset aria-describedby={errors ? errorId : undefined}>
      <legend className="mb-1 text-sm font-medium">Levels</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        {LEVELS.map((level) => (
          <label key={level} className="flex min-h-10 items-center gap-2 text-sm">
            <input type="checkbox" name="levels" value={level} defaultChecked className="size-4 accent-accent" />
            {LEVEL_LABELS[level]}
          </label>
        ))}
      </div>
      {errors ? <p id={errorId} role="alert" className="mt-1 text-sm text-danger">{errors.join(" ")}</p> : null}
    </fieldset>
  );
}
