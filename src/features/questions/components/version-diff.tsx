import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { LineDiff } from "@/components/ui/line-diff";
import type { VersionComparison } from "../history";
import { CHANGE_FIELD_LABELS } from "../import/changes";

// The version history page's comparison: which two versions (a plain GET form, so it works
// before any script loads) and what changed between them, part by part, as the import preview
// shows a change: removed lines struck through with "−", added ones underlined with "+".

export function VersionCompareForm({ versions, from, to }: { versions: number[]; from: number; to: number }) {
  const options = versions.map((v) => [String(v), `Version ${v}`] as const);
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Choose two versions to compare">
      <div className="space-y-1">
        <label htmlFor="compare-from" className="block text-sm font-medium">From</label>
        <Select id="compare-from" name="from" defaultValue={String(from)} options={options} className="w-40" />
      </div>
      <div className="space-y-1">
        <label htmlFor="compare-to" className="block text-sm font-medium">To</label>
        <Select id="compare-to" name="to" defaultValue={String(to)} options={options} className="w-40" />
      </div>
      <Button type="submit" variant="secondary">Compare</Button>
    </form>
  );
}

export function VersionDiff({ comparison }: { comparison: VersionComparison }) {
  const { from, to, changes, unchanged } = comparison;
  return (
    <section aria-labelledby="diff-heading" className="space-y-4" data-testid="version-diff">
      <h2 id="diff-heading" className="text-lg font-semibold">
        {from === to ? `Version ${from}` : `Changes from version ${from} to version ${to}`}
      </h2>
      {from === to ? <p className="text-sm text-muted">Choose two different versions to see what changed.</p> : null}
      {from !== to && !changes.length ? <p className="text-sm text-muted">These two versions read the same.</p> : null}
      {changes.map((change) => (
        <div key={change.field} className="space-y-1" data-testid={`diff-${change.field}`}>
          <h3 className="text-sm font-medium">{CHANGE_FIELD_LABELS[change.field]}</h3>
          <LineDiff lines={change.lines} label={`${CHANGE_FIELD_LABELS[change.field]}: − version ${from}, + version ${to}`} />
        </div>
      ))}
      {from !== to && changes.length && unchanged.length ? (
        <p className="text-sm text-muted">Unchanged: {unchanged.map((field) => CHANGE_FIELD_LABELS[field]).join(", ")}.</p>
      ) : null}
    </section>
  );
}
