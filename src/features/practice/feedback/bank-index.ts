// What feedback knows about a bank's language, computed from the bank's own text and nothing
// else (no dictionary, no model): how rare each term is across its questions (IDF), and the
// equivalences its authors wrote down — acronyms it spells out ("compare-and-swap" for "CAS"),
// words it writes joined or apart ("dead lock", "deadlock") and glosses in parentheses
// ("a mutex (mutual exclusion lock)"). A candidate's answer is read through these.
import { isContentWord, stemOf, termsOf, tokenize, type Term, type Token } from "./terms";

export type BankIndex = {
  /** How many questions the bank has (documents, for IDF). */
  questions: number;
  /** In how many questions each stem appears. */
  df: ReadonlyMap<string, number>;
  /** Lower-cased initials of the bank's phrases ("cas") → the phrase's stems. */
  acronymExpansions: ReadonlyMap<string, readonly string[]>;
  /** Acronyms the bank itself writes ("cdn", "jit"), as stems. */
  acronyms: ReadonlySet<string>;
  /** A word the bank writes joined, as a stem ("deadlock"), from two of its neighbouring words. */
  joined: ReadonlyMap<string, readonly [string, string]>;
  /** Pairs of stem sets the bank glosses as the same thing. */
  glosses: ReadonlyArray<readonly [readonly string[], readonly string[]]>;
};

/** Connecting words that acronyms sometimes keep ("compare-and-swap": CAS) and sometimes drop. */
const CONNECTORS = new Set(["and", "of", "to", "in", "for", "on"]);
const ACRONYM = /^[A-Z][A-Z0-9]{1,4}$/;
const GLOSS = /((?:[\p{L}\p{N}][\p{L}\p{N}'-]*\s+){0,1}[\p{L}\p{N}][\p{L}\p{N}'-]*)\s*\(([^()`]{3,60})\)/gu;

function phrases(tokens: Token[], min: number, max: number): Token[][] {
  const found: Token[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = min; n <= max && i + n <= tokens.length; n++) {
      const window = tokens.slice(i, i + n);
      if (window.some((t) => t.clause !== window[0]!.clause)) break;
      const ends = [window[0]!, window[n - 1]!];
      if (ends.some((t) => !isContentWord(t))) continue;
      if (window.some((t) => !isContentWord(t) && !CONNECTORS.has(t.word))) continue;
      found.push(window);
    }
  }
  return found;
}

/** "compare and swap" → "cas" and "cs"; "global interpreter lock" → "gil". */
export function initialsOf(window: Token[]): string[] {
  const all = window.map((t) => t.word[0]).join("");
  const content = window.filter((t) => !CONNECTORS.has(t.word)).map((t) => t.word[0]).join("");
  return [...new Set([all, content])].filter((key) => key.length >= 3);
}

const contentStems = (tokens: Token[]) => tokens.filter(isContentWord).map((t) => stemOf(t.word));

export function buildBankIndex(questions: ReadonlyArray<readonly string[]>): BankIndex {
  const df = new Map<string, number>();
  const acronymExpansions = new Map<string, string[]>();
  const acronyms = new Set<string>();
  const joined = new Map<string, [string, string]>();
  const glosses: Array<[string[], string[]]> = [];
  for (const texts of questions) {
    const seen = new Set<string>();
    for (const text of texts) {
      for (const term of termsOf(text)) seen.add(term.stem);
      const tokens = tokenize(text);
      for (const token of tokens) {
        const surface = text.slice(token.start, token.end);
        if (ACRONYM.test(surface)) acronyms.add(stemOf(token.word));
      }
      for (const window of phrases(tokens, 2, 4)) {
        const stems = contentStems(window);
        for (const key of initialsOf(window)) if (!acronymExpansions.has(key)) acronymExpansions.set(key, stems);
        if (window.length === 2) joined.set(stemOf(window[0]!.word + window[1]!.word), [stems[0]!, stems[1]!]);
      }
      for (const match of text.matchAll(GLOSS)) {
        const head = contentStems(tokenize(match[1]!)).slice(-2);
        const gloss = contentStems(tokenize(match[2]!));
        if (head.length >= 1 && gloss.length >= 1 && gloss.length <= 3) glosses.push([head, gloss]);
      }
    }
    for (const stem of seen) df.set(stem, (df.get(stem) ?? 0) + 1);
  }
  return { questions: questions.length, df, acronymExpansions, acronyms, joined, glosses };
}

/** Term weight: rare across the bank weighs more; a term the bank never uses weighs most. */
export function idf(index: BankIndex, stem: string): number {
  return Math.log(1 + index.questions / Math.max(1, index.df.get(stem) ?? 0));
}

/** Where a term of the answer stands, for highlighting and for matching by sentence. */
export type Occurrence = { surface: string; start: number; end: number; negated: boolean; sentence: number };

export type ReadAnswer = { terms: ReadonlyMap<string, readonly Occurrence[]>; sentences: number };

const occurrence = (term: Term): Occurrence => ({ surface: term.surface, start: term.start, end: term.end, negated: term.negated, sentence: term.sentence });

/**
 * An answer's terms, plus the terms it means in the bank's own words: an acronym the bank spells
 * out (or spelled out where the bank writes the acronym), a word written joined or apart, one side
 * of a gloss when the answer holds every word of the other. Added terms point at the answer's words.
 */
export function readAnswer(answer: string, index: BankIndex): ReadAnswer {
  const terms = new Map<string, Occurrence[]>();
  const add = (stem: string, at: Occurrence) => {
    const list = terms.get(stem);
    if (list) list.push(at);
    else terms.set(stem, [at]);
  };
  const own = termsOf(answer);
  for (const term of own) add(term.stem, occurrence(term));
  const byStart = new Map(own.map((term) => [term.start, term]));

  const tokens = tokenize(answer);
  for (const token of tokens) {
    const surface = answer.slice(token.start, token.end);
    const term = byStart.get(token.start);
    if (!term) continue;
    if (ACRONYM.test(surface) && !index.df.has(term.stem)) {
      for (const stem of index.acronymExpansions.get(token.word) ?? []) add(stem, occurrence(term));
    }
    const apart = index.joined.get(term.stem);
    if (apart && !index.df.has(term.stem)) for (const stem of apart) add(stem, occurrence(term));
  }
  for (const window of phrases(tokens, 2, 4)) {
    const first = byStart.get(window[0]!.start);
    if (!first) continue;
    for (const key of initialsOf(window)) if (index.acronyms.has(key)) add(key, occurrence(first));
    if (window.length === 2) {
      const stem = stemOf(window[0]!.word + window[1]!.word);
      if (index.df.has(stem)) add(stem, occurrence(first));
    }
  }
  for (const [left, right] of index.glosses) {
    for (const [have, gain] of [[left, right], [right, left]] as const) {
      const present = have.map((stem) => terms.get(stem)?.[0]);
      if (present.every(Boolean)) for (const stem of gain) if (!terms.has(stem)) add(stem, present[0]!);
    }
  }
  const sentences = tokens.length ? tokens[tokens.length - 1]!.sentence + 1 : 0;
  return { terms, sentences };
}

/** The texts of one question that the bank's index reads: everything its author wrote. */
export function questionTexts(content: {
  title: string;
  prompt: string;
  modelAnswer: string;
  wrongAnswers: ReadonlyArray<{ answer: string; why: string }>;
  probes: ReadonlyArray<{ question: string; answer: string }>;
  sections: ReadonlyArray<{ label: string; body: string }>;
}): string[] {
  return [
    content.title,
    content.prompt,
    content.modelAnswer,
    ...content.wrongAnswers.flatMap((w) => [w.answer, w.why]),
    ...content.probes.flatMap((p) => [p.question, p.answer]),
    ...content.sections.map((s) => s.body),
  ];
}
