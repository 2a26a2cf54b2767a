import { LineDiff } from "@/components/ui/line-diff";
import { CHANGE_FIELD_LABELS } from "../import/changes";
import type { PlanEntry, PlanStatus } from "../import/plan";
import { LevelBadge } from "./level-badge";

// The import plan, question by question: what an import would do to each one, with the text diff
// of what changes and, for a conflict, the choice of whose version to keep.

const SECTIONS: Array<{ status: PlanStatus; title: string; explain: string; open: boolean }> = [
  {
    status: "conflict",
    title: "Conflicts",
    explain: "Edited in Probe since the last import, and changed in the document too. Probe's version is kept unless you take the document's.",
    open: true,
  },
  { status: "changed", title: "Changed", explain: "Each gets a new version with the document's text.", open: true },
  { status: "new", title: "New", explain: "Not in the bank yet.", open: false },
  { status: "archived", title: "To be archived", explain: "Came from the document and are no longer in it. They can be restored later.", open: true },
  { status: "kept", title: "Created in Probe", explain: "Not in the document; an import never archives them.", open: false },
  { status: "unchanged", title: "Unchanged", explain: "The document says what the bank says (edits made in Probe are kept).", open: false },
];

export function ImportPlan({ entries, takeDocument, onTakeDocument }: { entries: readonly PlanEntry[]; takeDocument: ReadonlySet<string>; onTakeDocument: (id: string, take: boolean) => void }) {
  return (
    <div className="space-y-3">
      <h3 className="font-semibold">Question by question</h3>
      {SECTIONS.map((section) => {
        const items = entries.filter((entry) => entry.status === section.status);
        if (!items.length) return null;
        return (
          <details key={section.status} open={section.open} className="rounded-md border border-line p-3" data-testid={`plan-${section.status}`}>
            <summary className="cursor-pointer font-medium">
              {section.title} ({items.length})
            </summary>
            <p className="mt-1 text-sm text-muted">{section.explain}</p>
            <ul className="mt-3 space-y-3" aria-label={section.title}>
              {items.map((entry) => (
                <PlanItem key={entry.id ?? `new-${entry.number}`} entry={entry} take={entry.id ? takeDocument.has(entry.id) : false} onTake={onTakeDocument} />
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}

function PlanItem({ entry, take, onTake }: { entry: PlanEntry; take: boolean; onTake: (id: string, take: boolean) => void }) {
  const notes: string[] = [];
  if (entry.previousNumber !== null) notes.push(`renumbered from Q${entry.previousNumber}`);
  if (entry.restored) notes.push("restored from the archive");
  if (entry.matchedBy === "id") notes.push("matched by its id comment");
  if (entry.matchedBy === "prompt") notes.push("matched by its prompt (the title changed)");
  if (entry.status === "unchanged" && entry.editedInProbe) notes.push("keeps the edit made in Probe");
  const choiceId = `take-document-${entry.id}`;
  return (
    <li className="space-y-2 text-sm" data-testid="plan-entry">
      <div className="flex flex-wrap items-center gap-2">
        <span className="w-14 shrink-0 font-mono text-muted">Q{entry.number}</span>
        <LevelBadge level={entry.level} />
        <span className="min-w-0 font-medium">{entry.title}</span>
        {notes.map((text) => (
          <span key={text} className="rounded border border-line px-1.5 py-0.5 text-xs text-muted">{text}</span>
        ))}
      </div>
      {entry.status === "conflict" && entry.id ? (
        <div className="flex items-center gap-2 pl-16">
          <input id={choiceId} type="checkbox" className="size-4" checked={take} onChange={(event) => onTake(entry.id!, event.currentTarget.checked)} />
          <label htmlFor={choiceId}>Take the document&apos;s version (otherwise Probe&apos;s is kept)</label>
        </div>
      ) : null}
      {entry.changes.length ? (
        <details className="pl-16">
          <summary className="cursor-pointer text-xs font-medium">
            {entry.status === "conflict" ? "Probe's version compared with the document's" : "What changes"} ({entry.changes.map((c) => CHANGE_FIELD_LABELS[c.field].toLowerCase()).join(", ")})
          </summary>
          <div className="mt-2 space-y-2">
            {entry.changes.map((change) => (
              <div key={change.field}>
                <p className="mb-1 text-xs font-medium">{CHANGE_FIELD_LABELS[change.field]}</p>
                <LineDiff lines={change.lines} label={`${CHANGE_FIELD_LABELS[change.field]} of Q${entry.number}: − ${entry.status === "conflict" ? "Probe's" : "now"}, + the document's`} />
              </div>
            ))}
          </div>
        </details>
      ) : entry.status === "changed" || entry.status === "conflict" ? (
        <p className="pl-16 text-xs text-muted">The diff is left out of this long preview; `npm run import -- FILE --plan` prints every one.</p>
      ) : null}
    </li>
  );
}
