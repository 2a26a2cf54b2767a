// Text → terms, the unit every comparison in answer feedback counts: words lower-cased, British
// spellings folded into American ones, stop words dropped, the rest reduced to a Porter stem, each
// with where it stood in the text (to highlight it) and whether a negation governs it.
import { stemmer } from "stemmer";
import { NEGATORS, NOT_NEGATIONS, SCOPE_ENDS, STOP_WORDS } from "./stop-words";

/** A word as written, with its place in the text. */
export type Token = {
  /** Lower-cased, contraction removed ("doesn't" → "does"). */
  word: string;
  start: number;
  end: number;
  /** Joined to the previous word by a hyphen, slash or underscore ("max-age", "I/O"). */
  joined: boolean;
  /** "doesn't", "can't": the word carries its own negation. */
  negates: boolean;
  /** Counts clauses and sentences, so neighbours across a full stop or comma are not neighbours. */
  clause: number;
  sentence: number;
};

/** A content word: stemmed, with its surface form and its polarity. */
export type Term = { stem: string; surface: string; start: number; end: number; negated: boolean; sentence: number };

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const JOINER = /^[-/_]$/;
/** A full stop, question or exclamation mark followed by a space (not the dot of "3.5" or "sync.Mutex"), or a line break. */
const SENTENCE_END = /[.!?]["')\]]*\s|\n/;
const CLAUSE_END = /[,;:()[\]—–]|\s-\s/;
/** How many content words after a negation it governs ("doesn't block the loop": both). */
const NEGATION_REACH = 2;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let sentence = 0;
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    if (tokens.length && SENTENCE_END.test(gap)) sentence += 1;
    if (tokens.length && (SENTENCE_END.test(gap) || CLAUSE_END.test(gap))) clause += 1;
    let word = match[0].toLowerCase().replace(/’/g, "'");
    let negates = false;
    if (/n't$/.test(word)) {
      negates = true;
      word = word === "can't" ? "can" : word === "won't" ? "will" : word.slice(0, -3);
    }
    word = word.replace(/'(s|re|ll|ve|d|m)$/, "");
    tokens.push({ word, start, end: start + match[0].length, joined: tokens.length > 0 && JOINER.test(gap), negates, clause, sentence });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

/** British spellings folded into American ones, so "serialise" and "serialize" meet. Applied to both sides alike. */
export function foldSpelling(word: string): string {
  if (word.length < 6) return word;
  return word
    .replace(/is(e|es|ed|ing|er|ers|ation|ations)$/, "iz$1")
    .replace(/ys(e|es|ed|ing)$/, "yz$1")
    .replace(/our(s|ed|ing|ite|ites)?$/, "or$1")
    .replace(/([^aeiou])tre(s)?$/, "$1ter$2")
    .replace(/ogue(s)?$/, "og$1");
}

const stems = new Map<string, string>();

/** The stem a word is counted as (memoised: banks repeat their words a lot). */
export function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = /^\d+$/.test(word) ? word : stemmer(foldSpelling(word));
    if (stems.size > 50_000) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

export function isContentWord(token: Pick<Token, "word">): boolean {
  const { word } = token;
  if (STOP_WORDS.has(word) || NEGATORS.has(word)) return false;
  return /^\d+$/.test(word) || word.length >= 2;
}

/**
 * The content terms of a text, each marked negated when a negation shortly before it in the same
 * clause governs it ("is not atomic", "doesn't block"). A "no" inside a hyphenated name
 * ("no-cache") is part of the name, not a negation.
 */
export function termsOf(text: string): Term[] {
  const terms: Term[] = [];
  let reach = 0;
  let clause = -1;
  let skip = -1;
  const tokens = tokenize(text);
  tokens.forEach((token, i) => {
    if (token.clause !== clause) {
      clause = token.clause;
      reach = 0;
    }
    const inName = token.joined || tokens[i + 1]?.joined === true;
    if (SCOPE_ENDS.has(token.word)) reach = 0;
    if (NEGATORS.has(token.word) && !inName) {
      const next = tokens[i + 1];
      const idiom = !!next && NOT_NEGATIONS.has(`${token.word} ${next.word}`);
      reach = idiom ? 0 : NEGATION_REACH;
      if (idiom) skip = next.start;
      return;
    }
    if (token.start === skip) return;
    if (isContentWord(token)) {
      terms.push({ stem: stemOf(token.word), surface: text.slice(token.start, token.end), start: token.start, end: token.end, negated: reach > 0, sentence: token.sentence });
      if (reach > 0) reach -= 1;
    }
    if (token.negates) reach = NEGATION_REACH;
  });
  return terms;
}

/** The distinct stems of a text. */
export function stemsOf(text: string): Set<string> {
  return new Set(termsOf(text).map((term) => term.stem));
}
