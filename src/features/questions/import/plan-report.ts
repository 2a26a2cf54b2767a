// The import plan as text for a terminal (`npm run import -- FILE --plan`): one line per question,
// then the diff of each changed or conflicting one. Pure and relatively imported (the CLI).
import { CHANGE_FIELD_LABELS } from "./changes";
import type { ImportCounts } from "./persist";
import type { PlanEntry, PlanStatus } from "./plan";

const STATUS_WORDS: Record<PlanStatus, string> = {
  new: "new",
  changed: "changed",
  unchanged: "unchanged",
  conflict: "CONFLICT",
  archived: "archived",
  kept: "kept",
};

export function countsLine(counts: ImportCounts): string {
  const parts = [
    `${counts.created} new`,
    `${counts.updated} updated`,
    `${counts.unchanged} unchanged`,
    `${counts.archived} archived`,
  ];
  if (counts.restored) parts.push(`${counts.restored} restored`);
  if (counts.renumbered) parts.push(`${counts.renumbered} renumbered`);
  if (counts.conflicts) {
    const kept = counts.conflicts - counts.conflictsTaken;
    parts.push(`${counts.conflicts} ${counts.conflicts === 1 ? "conflict" : "conflicts"} (${counts.conflictsTaken} ${counts.conflictsTaken === 1 ? "takes" : "take"} the document's version, ${kept} ${kept === 1 ? "keeps" : "keep"} Probe's)`);
  }
  if (counts.keptEdits) parts.push(`${counts.keptEdits} kept ${counts.keptEdits === 1 ? "its" : "their"} edit made in Probe`);
  if (counts.keptAppQuestions) parts.push(`${counts.keptAppQuestions} created in Probe and kept`);
  return parts.join(", ");
}

function note(entry: PlanEntry): string {
  const notes: string[] = [];
  if (entry.previousNumber !== null) notes.push(`was Q${entry.previousNumber}`);
  if (entry.restored) notes.push("restored from the archive");
  if (entry.matchedBy && entry.matchedBy !== "title") notes.push(`matched by ${entry.matchedBy}`);
  if (entry.status === "unchanged" && entry.editedInProbe) notes.push("keeps the edit made in Probe");
  if (entry.status === "conflict") {
    notes.push(entry.resolution === "document" ? "takes the document's version" : `keeps Probe's version (--take-document ${entry.id} takes the document's)`);
  }
  if (entry.status === "kept") notes.push("created in Probe, not in the document");
  return notes.length ? `  (${notes.join("; ")})` : "";
}

export function planReport(bankName: string, bankExists: boolean, counts: ImportCounts, entries: readonly PlanEntry[]): string {
  const lines = [
    `Plan for "${bankName}" (${bankExists ? "an existing bank" : "a new bank"}): ${countsLine(counts)}.`,
    "",
  ];
  const width = Math.max(...entries.map((e) => `Q${e.number}`.length), 4);
  for (const entry of entries) {
    lines.push(`${STATUS_WORDS[entry.status].padEnd(9)}  ${`Q${entry.number}`.padEnd(width)}  ${entry.id ?? "-".padEnd(8)}  ${entry.title}${note(entry)}`);
  }
  const detailed = entries.filter((e) => e.changes.length);
  for (const entry of detailed) {
    lines.push("", `Q${entry.number} ${entry.title} — ${entry.status === "conflict" ? "Probe's version → the document's" : "stored → document"}:`);
    for (const change of entry.changes) {
      lines.push(`  ${CHANGE_FIELD_LABELS[change.field]}:`);
      for (const line of change.lines) lines.push(`    ${line.kind === "removed" ? "-" : line.kind === "added" ? "+" : " "} ${line.text}`);
    }
  }
  lines.push("", "Plan only: nothing was written to the database.");
  return `${lines.join("\n")}\n`;
}
