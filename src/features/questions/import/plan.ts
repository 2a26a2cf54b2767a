// Decides what an import changes, without writing. Pure: the preview and `--plan` show the plan,
// the import carries it out (persist.ts).
//
// Per question of the document, the stored question it is (identity.ts, never by number), then:
// - the document's content equals Probe's: unchanged;
// - only the document changed since the last import: changed (a new version);
// - only Probe changed (an edit in the editor): unchanged, and the edit is kept;
// - both changed, differently: a conflict. Probe's version is kept unless the caller takes the
//   document's for that question. The conflict stays until one side is made to match the other.
// Stored questions the document no longer has: archived when they came from a document, kept when
// they were created in the app. Numbers follow the document; a question in the way moves aside.
import type { Level } from "../../../lib/levels";
import type { ParseWarning } from "./schema";
import { contentChanges, type FieldChange } from "./changes";
import { matchQuestions, type MatchKey } from "./identity";
import type { PreparedDocument, PreparedQuestion, SkippedQuestion } from "./prepare-import";
import { contentKey, type NewQuestion, type Revision, type VersionedContent } from "../versions";

export type StoredQuestion = {
  id: string;
  number: number;
  version: number;
  tags: string[];
  archived: boolean;
  /** The number an archived question gave up to a live one (it then holds a number below zero). */
  archivedNumber: number | null;
  origin: "DOCUMENT" | "APP";
  content: VersionedContent;
  /** What the last import wrote or confirmed (the snapshot at importedVersion); null: never imported. */
  base: VersionedContent | null;
};

export type PlanStatus = "new" | "changed" | "unchanged" | "conflict" | "archived" | "kept";

export type PlanEntry = {
  status: PlanStatus;
  /** The stored question and its version before the import; null for a new one. */
  id: string | null;
  version: number | null;
  /** Its number after the import (an archived one: its number now). */
  number: number;
  /** Its number before, when the import renumbers it. */
  previousNumber: number | null;
  level: Level;
  title: string;
  matchedBy: MatchKey | null;
  /** An archived question the document brings back. */
  restored: boolean;
  /** Probe's content differs from what the last import wrote: an edit made in Probe. */
  editedInProbe: boolean;
  /** A conflict: whose version the import keeps. */
  resolution: "probe" | "document" | null;
  /** Changed: Probe's content → the document's. Conflict: the same two, whichever is kept. */
  changes: FieldChange[];
};

export type Renumbering = { id: string; to: number; archivedNumber: number | null };

export type ImportPlan = {
  entries: PlanEntry[];
  create: Array<Omit<NewQuestion, "bankId">>;
  revise: Revision[];
  /** Stored questions whose base becomes their version after the import (importedVersion). */
  settle: string[];
  renumber: Renumbering[];
  restore: string[];
  archive: string[];
  warnings: ParseWarning[];
};

export type PlanOptions = {
  /** Conflicts resolved with the document's version: every one, or these question ids. */
  takeDocument?: "all" | ReadonlySet<string>;
  /** Whether entries carry field diffs (the preview wants them, the import does not). */
  withChanges?: boolean;
};

const MAX_NUMBER = 2_147_483_647;

type DocItem = { kind: "question"; question: PreparedQuestion } | { kind: "skipped"; question: SkippedQuestion };

export function planImport(doc: PreparedDocument, stored: readonly StoredQuestion[], options: PlanOptions = {}): ImportPlan {
  const items: DocItem[] = [
    ...doc.questions.map((question): DocItem => ({ kind: "question", question })),
    ...doc.skipped.map((question): DocItem => ({ kind: "skipped", question })),
  ];
  const { matches, notes } = matchQuestions(
    items.map(({ kind, question }) => (kind === "question" ? { id: question.id, title: question.content.title, prompt: question.content.prompt } : question)),
    stored.map((question) => ({ id: question.id, number: question.number, title: question.content.title, prompt: question.content.prompt })),
  );
  const takes = (id: string) => options.takeDocument === "all" || (options.takeDocument?.has(id) ?? false);
  const changes = (from: VersionedContent, to: VersionedContent) => (options.withChanges ? contentChanges(from, to) : []);

  const plan: ImportPlan = { entries: [], create: [], revise: [], settle: [], renumber: [], restore: [], archive: [], warnings: [] };
  for (const note of notes) plan.warnings.push({ question: `Q${items[note.doc]!.question.number}`, message: note.message });

  // What becomes of each stored question: the number the document gives it, or none (it keeps its
  // own unless a document number needs it), and whether it ends up live.
  const fate = new Map<number, { number: number | null; live: boolean }>();
  const claimed = new Set(doc.questions.map((q) => q.number));

  items.forEach((item, index) => {
    const match = matches[index];
    if (item.kind === "skipped") {
      // The document has it but it could not be read: its stored twin stays exactly as it is.
      if (match) fate.set(match.stored, { number: null, live: !stored[match.stored]!.archived });
      return;
    }
    const question = item.question;
    if (!match) {
      plan.create.push({ number: question.number, content: question.content, origin: "DOCUMENT" });
      plan.entries.push(entry("new", null, question.number, null, question.content, { matchedBy: null, changes: [] }));
      return;
    }
    const current = stored[match.stored]!;
    fate.set(match.stored, { number: question.number, live: true });
    if (current.archived) plan.restore.push(current.id);
    const previous = current.archived ? (current.archivedNumber ?? current.number) : current.number;
    const at = { matchedBy: match.by, restored: current.archived, previousNumber: previous === question.number ? null : previous };

    const probe = contentKey(current.content);
    const document = contentKey(question.content);
    const base = current.base ? contentKey(current.base) : null;
    const revise = () => {
      // A document's only tags are section slugs: re-importing keeps the tags people added in the editor.
      const tags = [...new Set([...current.tags, ...question.content.tags])];
      plan.revise.push({ id: current.id, fromVersion: current.version, content: { ...question.content, tags } });
      plan.settle.push(current.id);
    };
    if (probe === document) {
      if (base !== probe) plan.settle.push(current.id);
      // Equal, even if Probe got there by an edit: the document said the same, so nothing is kept apart.
      plan.entries.push(entry("unchanged", current, question.number, at, question.content, { changes: [] }));
    } else if (base === probe) {
      revise();
      plan.entries.push(entry("changed", current, question.number, at, question.content, { changes: changes(current.content, question.content) }));
    } else if (base === document) {
      plan.entries.push(entry("unchanged", current, question.number, at, current.content, { editedInProbe: true, changes: [] }));
    } else {
      const resolution = takes(current.id) ? "document" : "probe";
      if (resolution === "document") revise();
      const shown = resolution === "document" ? question.content : current.content;
      plan.entries.push(entry("conflict", current, question.number, at, shown, { editedInProbe: true, resolution, changes: changes(current.content, question.content) }));
    }
  });

  stored.forEach((question, index) => {
    if (fate.has(index) || question.archived) return;
    if (question.origin === "APP") {
      fate.set(index, { number: null, live: true });
    } else {
      fate.set(index, { number: null, live: false });
      plan.archive.push(question.id);
      plan.entries.push(entry("archived", question, question.number, null, question.content, { changes: [] }));
    }
  });

  assignNumbers(stored, fate, claimed, plan);
  plan.entries.sort((a, b) => order(a) - order(b) || a.number - b.number);
  return plan;
}

/**
 * Stored questions without a number from the document keep theirs unless the document gives it to
 * another question. Then a live one moves to the next free number after the bank's highest (the
 * preview says so); an archived one parks below zero and remembers its number (archivedNumber).
 */
function assignNumbers(stored: readonly StoredQuestion[], fate: Map<number, { number: number | null; live: boolean }>, claimed: Set<number>, plan: ImportPlan): void {
  const used = new Set(claimed);
  stored.forEach((question, index) => {
    if (fate.get(index)?.number == null && !claimed.has(question.number)) used.add(question.number);
  });
  const free = freeNumbers(used);
  let parking = Math.min(0, ...stored.map((q) => q.number));

  stored.forEach((question, index) => {
    const target = fate.get(index) ?? { number: null, live: !question.archived };
    if (target.number !== null) {
      if (target.number !== question.number) plan.renumber.push({ id: question.id, to: target.number, archivedNumber: null });
      return;
    }
    if (!claimed.has(question.number)) return;
    if (target.live) {
      // A live question the document does not number (created in the app, or unreadable in the document).
      const to = free.next().value!;
      plan.renumber.push({ id: question.id, to, archivedNumber: null });
      plan.entries.push(entry("kept", question, to, { previousNumber: question.number }, question.content, { changes: [] }));
    } else {
      parking -= 1;
      plan.renumber.push({ id: question.id, to: parking, archivedNumber: question.archivedNumber ?? question.number });
    }
  });
  // App-created questions the document does not have are listed as kept, renumbered or not.
  const listed = new Set(plan.entries.map((e) => e.id));
  stored.forEach((question, index) => {
    if (question.archived || question.origin !== "APP" || fate.get(index)?.number != null || listed.has(question.id)) return;
    plan.entries.push(entry("kept", question, question.number, null, question.content, { changes: [] }));
  });
}

/** Positive numbers not in `used`: after the highest first, then any gap (the column is an int4). */
function* freeNumbers(used: Set<number>): Generator<number, never> {
  let next = Math.max(0, ...used) + 1;
  while (next <= MAX_NUMBER) {
    if (!used.has(next)) yield next;
    next += 1;
  }
  for (let gap = 1; ; gap++) if (!used.has(gap)) yield gap;
}

const ORDER: Record<PlanStatus, number> = { conflict: 0, changed: 1, new: 2, archived: 3, kept: 4, unchanged: 5 };
const order = (e: PlanEntry) => ORDER[e.status];

function entry(
  status: PlanStatus,
  stored: { id: string; version: number } | null,
  number: number,
  at: { matchedBy?: MatchKey | null; restored?: boolean; previousNumber?: number | null } | null,
  content: VersionedContent,
  rest: { matchedBy?: MatchKey | null; editedInProbe?: boolean; resolution?: "probe" | "document"; changes: FieldChange[] },
): PlanEntry {
  return {
    status,
    id: stored?.id ?? null,
    version: stored?.version ?? null,
    number,
    previousNumber: at?.previousNumber ?? null,
    level: content.level,
    title: content.title,
    matchedBy: rest.matchedBy ?? at?.matchedBy ?? null,
    restored: at?.restored ?? false,
    editedInProbe: rest.editedInProbe ?? false,
    resolution: rest.resolution ?? null,
    changes: rest.changes,
  };
}

/** How many of each: the summary line, the CLI and the audit entry count the same things. */
export function planCounts(plan: ImportPlan) {
  const count = (status: PlanStatus) => plan.entries.filter((e) => e.status === status).length;
  return {
    created: plan.create.length,
    updated: plan.revise.length,
    unchanged: count("unchanged"),
    archived: plan.archive.length,
    restored: plan.restore.length,
    renumbered: plan.entries.filter((e) => e.previousNumber !== null && e.status !== "new").length,
    conflicts: count("conflict"),
    /** Conflicts resolved with the document's version (the others keep Probe's). */
    conflictsTaken: plan.entries.filter((e) => e.status === "conflict" && e.resolution === "document").length,
    keptEdits: plan.entries.filter((e) => e.status === "unchanged" && e.editedInProbe).length,
    keptAppQuestions: count("kept"),
  };
}
