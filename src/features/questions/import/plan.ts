// Decides what an import changes, without writing: which questions are new, which changed (a new
// version), which are unchanged, which come back from the archive and which drop out (archived).
// The preview shows this plan; the import carries it out.
import { contentKey, type NewQuestion, type Revision, type VersionedContent } from "../versions";
import type { PreparedDocument } from "./prepare-import";

export type StoredQuestion = {
  id: string;
  number: number;
  version: number;
  tags: string[];
  archived: boolean;
  content: VersionedContent;
};

export type ImportPlan = {
  create: Array<Omit<NewQuestion, "bankId">>;
  revise: Revision[];
  unchanged: number;
  restore: string[];
  archive: string[];
};

export function planImport(doc: PreparedDocument, stored: StoredQuestion[]): ImportPlan {
  const byNumber = new Map(stored.map((question) => [question.number, question]));
  const plan: ImportPlan = { create: [], revise: [], unchanged: 0, restore: [], archive: [] };
  const present = new Set<number>(doc.skippedNumbers);

  for (const question of doc.questions) {
    present.add(question.number);
    const existing = byNumber.get(question.number);
    if (!existing) {
      plan.create.push(question);
      continue;
    }
    if (existing.archived) plan.restore.push(existing.id);
    if (contentKey(existing.content) === contentKey(question.content)) plan.unchanged += 1;
    // Documents carry no tags, so re-importing keeps the tags people added in the editor.
    else plan.revise.push({ id: existing.id, fromVersion: existing.version, content: { ...question.content, tags: existing.tags } });
  }
  for (const question of stored) {
    if (!question.archived && !present.has(question.number)) plan.archive.push(question.id);
  }
  return plan;
}
