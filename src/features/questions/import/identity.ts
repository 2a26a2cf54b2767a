// Which stored question a document's question is, without looking at its number: numbers change
// when a document is reordered, and matching by them moved content under other questions' ids
// (kits, practice cards and scorecards then pointed at a different question).
//
// The keys, strongest first: the explicit id comment (id-comment.ts), the normalised title, the
// normalised prompt. A key decides only when it is unambiguous: exactly one unmatched stored
// question and exactly one unmatched document question share it. Otherwise the next key is
// tried, and a question no key decides is new. Nothing is ever guessed. Pure.

export type MatchKey = "id" | "title" | "prompt";

export type DocumentKeys = { id?: string; title: string; prompt: string };
export type StoredKeys = { id: string; number: number; title: string; prompt: string };

export type IdentityMatch = { stored: number; by: MatchKey };
export type IdentityNote = { doc: number; message: string };

/** Lower case, letters and digits only, single spaces: "Deadlocks — what are they?" → "deadlocks what are they". */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

// "Q3.", "Q3 —", "Question 3:", "3." or "3)" in front of a title is numbering, not the title.
const NUMBERING = /^\s*(?:q(?:uestion)?\s*\d+\s*[.):\-–—]?|\d+\s*[.)])\s+/i;

export function normalizeTitle(title: string): string {
  return normalizeText(title.normalize("NFKC").replace(NUMBERING, ""));
}

export const normalizePrompt = normalizeText;

/**
 * For each document question (by index), the stored question it is (by index) and the key that
 * decided, or null when it is new. `notes` say why a question a key could have matched was not.
 */
export function matchQuestions(doc: readonly DocumentKeys[], stored: readonly StoredKeys[]): { matches: Array<IdentityMatch | null>; notes: IdentityNote[] } {
  const matches: Array<IdentityMatch | null> = doc.map(() => null);
  const taken = new Set<number>();
  const notes: IdentityNote[] = [];

  const byId = new Map(stored.map((question, index) => [question.id, index]));
  doc.forEach((question, index) => {
    if (!question.id) return;
    const target = byId.get(question.id);
    if (target === undefined) {
      notes.push({ doc: index, message: `Its id comment (probe:id=${question.id}) names no question of this bank; it was matched by its title or prompt instead` });
    } else if (taken.has(target)) {
      notes.push({ doc: index, message: `Its id comment (probe:id=${question.id}) repeats an earlier question's; it was matched by its title or prompt instead` });
    } else {
      matches[index] = { stored: target, by: "id" };
      taken.add(target);
    }
  });

  const passes: Array<[MatchKey, (q: DocumentKeys) => string, (q: StoredKeys) => string]> = [
    ["title", (q) => normalizeTitle(q.title), (q) => normalizeTitle(q.title)],
    ["prompt", (q) => normalizePrompt(q.prompt), (q) => normalizePrompt(q.prompt)],
  ];
  const ambiguous = new Map<number, string>();
  for (const [by, docKey, storedKey] of passes) {
    const docsByKey = groupBy(doc, docKey, (index) => matches[index] === null);
    const storedByKey = groupBy(stored, storedKey, (index) => !taken.has(index));
    for (const [key, docs] of docsByKey) {
      const candidates = storedByKey.get(key) ?? [];
      if (candidates.length === 0) continue;
      if (docs.length === 1 && candidates.length === 1) {
        matches[docs[0]!] = { stored: candidates[0]!, by };
        taken.add(candidates[0]!);
        ambiguous.delete(docs[0]!);
        continue;
      }
      for (const index of docs) {
        ambiguous.set(
          index,
          candidates.length > 1
            ? `Its ${by} matches ${candidates.length} stored questions (${candidates.map((c) => `Q${stored[c]!.number}`).join(", ")}), so none was chosen`
            : `${docs.length} questions of the document share its ${by}, so none was matched to Q${stored[candidates[0]!]!.number} by it`,
        );
      }
    }
  }
  for (const [index, message] of ambiguous) {
    if (matches[index] === null) notes.push({ doc: index, message: `${message}; it is imported as a new question` });
  }
  return { matches, notes: notes.sort((a, b) => a.doc - b.doc) };
}

/** Indexes of the items that pass `include`, grouped by their non-empty key. */
function groupBy<T>(items: readonly T[], key: (item: T) => string, include: (index: number) => boolean): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  items.forEach((item, index) => {
    if (!include(index)) return;
    const value = key(item);
    if (!value) return;
    const group = groups.get(value);
    if (group) group.push(index);
    else groups.set(value, [index]);
  });
  return groups;
}
