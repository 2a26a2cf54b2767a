import type { WrongAnswer } from "./schema";

export type LabelRole = "prompt" | "model" | "wrong" | "followup" | "section";

export type Label = { label: string; role: LabelRole };

const ROLE_PATTERNS: ReadonlyArray<[LabelRole, RegExp]> = [
  // Written by the exporter when a question's prompt is more than its title (export/bank-markdown.ts).
  ["prompt", /^prompt$/i],
  ["model", /^(?:(?:model|sample|reference|expected|ideal|good|short)\s+)?answer$/i],
  ["wrong", /^(?:(?:common|typical)\s+)?(?:wrong|incorrect|bad|weak)\s+answers?$|^common\s+(?:mistakes|misconceptions)$/i],
  ["followup", /^(?:follow[\s-]?ups?(?:\s+questions?)?|probes?|probing\s+questions?)$/i],
];

// Section labels we expect to see alone on a line in plain text, where no bold marks them.
const KNOWN_SECTION_LABELS =
  /^(?:fix(?:es)?|the fix|detection|how to detect|better approach|mitigation|solution|hints?|notes?|example|why|why it matters|trade[\s-]?offs?|red flags?|green flags?|gotchas?|pitfalls?|remed(?:y|ies)|alternatives?|diagnosis|explanation|key points?|bonus|scoring|rubric|what to look for|references|further reading|see also)$/i;

// A plain-text label is a short noun phrase; these words at its edges mean it is a sentence instead.
const STOP_START = new Set(
  "a an the this that these those it its it's i we you they he she there here if when while but and or so yes no not ok okay also then thus because since once in on at of for to with by from as is are was be do does did can will just only".split(
    " ",
  ),
);
const STOP_END = new Set(
  "a an the of to in on at for with by from and or but is are was be as than that this into about".split(" "),
);

export function classifyLabel(raw: string): Label | null {
  const label = withoutTrailingPunctuation(raw.trim()).replace(/\s+/g, " ").trim();
  if (label.length === 0 || label.length > 60) return null;
  for (const [role, pattern] of ROLE_PATTERNS) {
    if (pattern.test(label)) return { label, role };
  }
  return { label, role: "section" };
}

/**
 * "Fix :" → "Fix": the last run of "." and ":" and the white space before it. A loop, not
 * `/\s*[.:]+$/`, which retries a long run of spaces from each of its positions (quadratic).
 */
function withoutTrailingPunctuation(value: string): string {
  let end = value.length;
  while (end > 0 && (value[end - 1] === "." || value[end - 1] === ":")) end--;
  if (end === value.length) return value;
  while (end > 0 && isSpace(value[end - 1])) end--;
  return value.slice(0, end);
}

/** What `\s` matches, for one character. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && ch.trim() === "" && ch !== "";
}

export function isKnownLabel(label: Label): boolean {
  return label.role !== "section" || KNOWN_SECTION_LABELS.test(label.label);
}

export type PlainLabelMatch = Label & { rest: string };

const LABEL_HEAD = /^([\p{L}][\p{L}'’-]*(?: [\p{L}][\p{L}'’-]*){0,3})\s?([.:])(?=\s|$)\s*/u;

/**
 * Recognises "Model answer. …", "Fix: …" at the start of a plain-text line. Known labels always
 * count; an unknown phrase counts only when it is short, capitalised and not sentence-like, since
 * without bold there is nothing else to tell "Mitigation: …" from "It depends. …".
 */
export function matchPlainLabel(line: string): PlainLabelMatch | null {
  const match = LABEL_HEAD.exec(line.trimStart());
  if (!match) return null;
  const phrase = match[1] ?? "";
  const rest = line.trimStart().slice(match[0].length).trim();
  const label = classifyLabel(phrase);
  if (!label) return null;
  if (isKnownLabel(label)) return { ...label, rest };
  if (rest.length === 0 || !looksLikeLabelPhrase(phrase)) return null;
  return { ...label, rest };
}

function looksLikeLabelPhrase(phrase: string): boolean {
  const words = phrase.split(" ");
  if (words.length > 3) return false;
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  if (!/^\p{Lu}/u.test(first)) return false;
  if (STOP_START.has(first.toLowerCase()) || STOP_END.has(last.toLowerCase())) return false;
  // A lone adverb ("Rarely.", "Exactly.") opens an answer, it does not name a section.
  if (words.length === 1 && /ly$/i.test(first)) return false;
  return true;
}

const QUESTION_HEAD = /^(?:Q|Question\s*)(\d{1,6})\s*(?:[.:)]|\s[—–-])\s*(.*)$|^Q(\d{1,6})$/i;

export function matchQuestionHead(line: string): { number: number; title: string } | null {
  const match = QUESTION_HEAD.exec(line.trim());
  if (!match) return null;
  const digits = match[1] ?? match[3] ?? "";
  return { number: Number.parseInt(digits, 10), title: (match[2] ?? "").trim() };
}

const OPEN_TO_CLOSE: Readonly<Record<string, string>> = { '"': '"', "“": "”", "„": "“", "«": "»", "'": "'", "‘": "’" };

/** `"statement" (why)` → {answer, why}; tolerant of a missing why, missing quotes or a dash-style why. */
export function parseWrongAnswer(raw: string): WrongAnswer {
  let item = raw
    .trim()
    .replace(/^(?:[-–—•*+]|\d{1,3}[.)])\s+/, "")
    .trim();
  let why = "";
  const paren = trailingParenthetical(item);
  if (paren) {
    why = paren.inner.trim();
    item = paren.head.trim();
  } else {
    const dash = /^(["“„«'‘].*["”“»'’])\s+[—–-]\s+(.+)$/s.exec(item);
    if (dash) {
      item = dash[1] ?? item;
      why = (dash[2] ?? "").trim();
    }
  }
  return { answer: stripQuotes(item), why };
}

function stripQuotes(value: string): string {
  const open = value[0] ?? "";
  const close = OPEN_TO_CLOSE[open];
  if (close && value.length >= 2 && (value.endsWith(close) || value.endsWith('"'))) {
    return value.slice(1, -1).trim();
  }
  return value;
}

// Scans backwards so parentheses inside the statement ("f() is safe") are left alone.
function trailingParenthetical(item: string): { head: string; inner: string } | null {
  const trimmed = item.replace(/[.;,]\s*$/, "");
  if (!trimmed.endsWith(")")) return null;
  let depth = 0;
  for (let i = trimmed.length - 1; i >= 0; i--) {
    const ch = trimmed[i];
    if (ch === ")") depth++;
    else if (ch === "(") {
      depth--;
      if (depth === 0) {
        const head = trimmed.slice(0, i);
        // An unquoted statement that merely ends in brackets has no separate "why".
        if (head.trim().length === 0) return null;
        return { head, inner: trimmed.slice(i + 1, -1) };
      }
    }
  }
  return null;
}

/**
 * Splits `- "a" (x) - "b" (y)` — rendered pages flatten the list onto one line. A dash only splits
 * outside parentheses and quotes, and only before a quoted statement or after a finished item.
 */
export function splitWrongAnswerRun(line: string): string[] {
  const source = line.trim().replace(/^(?:[-–—•*+])\s+/, "");
  const items: string[] = [];
  let depth = 0;
  let inQuote = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === '"' || ch === "“" || ch === "”")) inQuote = ch === "“" ? true : ch === "”" ? false : !inQuote;
    if (depth !== 0 || inQuote || !/\s/.test(ch ?? "")) continue;
    const sep = /^\s+[-–—•]\s+/.exec(source.slice(i, i + 8));
    if (!sep) continue;
    const previous = source.slice(start, i).trimEnd();
    // Character checks, not regular expressions over `previous`: that one grows with every dash
    // that does not split, and a test of it scans it whole each time.
    if ('"“„«'.includes(source[i + sep[0].length] ?? "x") || ')"”»'.includes(previous[previous.length - 1] ?? "x")) {
      items.push(previous);
      start = i + sep[0].length;
      i = start - 1;
    }
  }
  items.push(source.slice(start));
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

export type Separator = { index: number; length: number };

const DASHES = "—–-";

/**
 * Finds the dash between a follow-up question and its answer. Questions may contain dashes of
 * their own, so the best cut is a dash right after "?", then after "." or "!", then anywhere;
 * at each of those, an em dash beats an en dash beats a spaced hyphen.
 *
 * One pass over the text, each character looked at a bounded number of times. It finds what
 * `/([?.!])?(\s*)([—–]|-{1,2})(\s*)/g` finds (labels.test.ts compares the two), but that pattern
 * retried a long run of spaces from each of its positions when no dash followed, so a follow-up
 * holding 80 KB of spaces took seconds (issue 14).
 */
export function findProbeSeparator(value: string): Separator | null {
  let best: (Separator & { rank: number }) | null = null;
  // Where the previous match ended: a match never starts inside an earlier one.
  let from = 0;
  for (let dash = nextDash(value, from); dash >= 0; dash = nextDash(value, from)) {
    let start = dash;
    while (start > from && isSpace(value[start - 1])) start--;
    const spaceBefore = dash - start;
    const punctuation = start > from && "?.!".includes(value[start - 1]!) ? value[start - 1]! : "";
    const mark = value[dash] === "-" && value[dash + 1] === "-" ? "--" : value[dash]!;
    let end = dash + mark.length;
    while (end < value.length && isSpace(value[end])) end++;
    const spaceAfter = end - dash - mark.length;
    from = end;

    const spaced = spaceBefore > 0 && spaceAfter > 0;
    // An unspaced hyphen is part of a word ("non-blocking"); an unspaced dash is only a cut after "?".
    if (mark.startsWith("-") ? !spaced : !spaced && punctuation !== "?") continue;
    const place = punctuation === "?" ? 0 : punctuation ? 1 : 2;
    const rank = place * 3 + (mark === "—" ? 0 : mark === "–" ? 1 : 2);
    // The punctuation stays with the question.
    if (!best || rank < best.rank) best = { index: start, length: end - start, rank };
  }
  return best ? { index: best.index, length: best.length } : null;
}

function nextDash(value: string, from: number): number {
  for (let i = from; i < value.length; i++) if (DASHES.includes(value[i]!)) return i;
  return -1;
}
