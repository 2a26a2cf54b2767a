// What differs between two versions of a question, field by field, as line diffs: the import
// preview shows this for every question an import would change or that is in conflict.
// Pure and relatively imported (the import CLI prints it too).
import { diffLines, hasChanges, type DiffLine } from "../../../lib/line-diff";
import type { VersionedContent } from "../versions";

export const CHANGE_FIELDS = ["level", "title", "prompt", "modelAnswer", "wrongAnswers", "probes", "sections"] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

export const CHANGE_FIELD_LABELS: Record<ChangeField, string> = {
  level: "Level",
  title: "Title",
  prompt: "Prompt",
  modelAnswer: "Model answer",
  wrongAnswers: "Wrong answers",
  probes: "Probes",
  sections: "Sections",
};

export type FieldChange = { field: ChangeField; lines: DiffLine[] };

// Lists become one entry per line ("- answer — why"), so a changed item shows as one changed line.
function asText(content: VersionedContent, field: ChangeField): string {
  switch (field) {
    case "level":
      return content.level.toLowerCase();
    case "wrongAnswers":
      return content.wrongAnswers.map((w) => `- ${w.answer}${w.why ? ` — ${w.why}` : ""}`).join("\n");
    case "probes":
      return content.probes.map((p) => `- ${p.question}${p.answer ? ` — ${p.answer}` : ""}`).join("\n");
    case "sections":
      return content.sections.map((s) => `${s.label}: ${s.body}`).join("\n");
    default:
      return content[field];
  }
}

/** The fields that differ from `before` to `after`, each with its line diff. */
export function contentChanges(before: VersionedContent, after: VersionedContent): FieldChange[] {
  return CHANGE_FIELDS.flatMap((field) => {
    const lines = diffLines(asText(before, field), asText(after, field));
    return hasChanges(lines) ? [{ field, lines }] : [];
  });
}
