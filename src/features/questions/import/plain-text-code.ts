import { matchPlainLabel, matchQuestionHead } from "./labels";

// Rendered pages drop the ``` fences, so code has to be recognised by how its lines look.

type LineKind = "strong" | "weak" | "prose" | "neutral";

// Capitalised, at least three words, sentence punctuation at the end: prose, whatever else it holds.
const SENTENCE = /^[\p{Lu}"“(][^\s]*(?:\s+\S+){2,}[.?!:]["”)]?$/u;
const KEYWORD =
  /^(?:func|def|class|import|package|var|let|const|fn|impl|struct|interface|return|if|for|while|switch|case|select|defer|go|try|catch|except|elif|else|public|private|protected|static|async|await|type|enum|from|print|println|console)\b\s*\S/;
// SQL is written in capitals by convention; a capitalised keyword opening a line is not prose.
const SQL_KEYWORD =
  /^(?:SELECT|FROM|WHERE|JOIN|LEFT JOIN|INNER JOIN|GROUP BY|ORDER BY|HAVING|LIMIT|INSERT INTO|VALUES|UPDATE|SET|DELETE FROM|CREATE|ALTER|DROP|WITH|UNION)\b/;
const OPERATOR = /:=|=>|->|::|&&|\|\||\+\+|\+=|-=|\*=|!=|==|<-|<<|>>/;
const CALL = /^[\w.$]+(?:\[[^\]]*\])?\(.*\)[;,]?$/;
const ASSIGNMENT = /^[\w.$]+(?:\[[^\]]*\])?\s*[-+*/%|&^]?=\s*\S/;

function classifyLine(line: string): LineKind {
  const trimmed = line.trim();
  if (trimmed.length === 0) return "neutral";
  if (/^(?:\/\/|\/\*|\*\/|#include|#!)/.test(trimmed)) return "strong";
  if (SENTENCE.test(trimmed)) return "prose";
  if (/^[}\])]/.test(trimmed) || /[{[(]$/.test(trimmed) || /;$/.test(trimmed)) return "strong";
  if (OPERATOR.test(trimmed) || CALL.test(trimmed) || ASSIGNMENT.test(trimmed)) return "strong";
  if ((KEYWORD.test(trimmed) || SQL_KEYWORD.test(trimmed)) && !/[.?!]$/.test(trimmed)) return "strong";
  if (/^(?:\t| {4,})/.test(line)) return "weak";
  return "neutral";
}

/**
 * For each start index i: are lines i..end one code block? Every line must be able to be code, at
 * least one must clearly be, and most must look like it. Suffix counts keep repeated queries cheap.
 */
export function codeSuffixes(lines: string[]): (from: number) => boolean {
  const n = lines.length;
  const strong = new Array<number>(n + 1).fill(0);
  const codeish = new Array<number>(n + 1).fill(0);
  const filled = new Array<number>(n + 1).fill(0);
  const prose = new Array<boolean>(n + 1).fill(false);
  for (let i = n - 1; i >= 0; i--) {
    const line = lines[i] ?? "";
    const kind = classifyLine(line);
    const nonEmpty = line.trim().length > 0 ? 1 : 0;
    strong[i] = (strong[i + 1] ?? 0) + (kind === "strong" ? 1 : 0);
    codeish[i] = (codeish[i + 1] ?? 0) + (kind === "strong" || kind === "weak" ? 1 : 0);
    filled[i] = (filled[i + 1] ?? 0) + nonEmpty;
    prose[i] = (prose[i + 1] ?? false) || kind === "prose";
  }
  return (from) => {
    const first = lines[from];
    if (first === undefined || first.trim().length === 0) return false;
    if (matchQuestionHead(first) || matchPlainLabel(first) || isListLine(first)) return false;
    if (prose[from]) return false;
    return (strong[from] ?? 0) > 0 && (codeish[from] ?? 0) * 2 >= (filled[from] ?? 0);
  };
}

export const ORDERED_ITEM = /^(\s*)(\d{1,3})[.)]\s+(\S.*)$/;
export const BULLET_ITEM = /^(\s*)[•·◦▪●‣∙*+–-]\s+(\S.*)$/;

export function isListLine(line: string): boolean {
  return ORDERED_ITEM.test(line) || BULLET_ITEM.test(line);
}

export function dedent(lines: string[]): string[] {
  const indents = lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(Math.min(cut, line.length - line.trimStart().length)));
}

// Indentation is `[ \t]*`, never `\s*`: under /m a `^\s*` runs on across blank lines, so a long
// run of them was rescanned from each one (quadratic); `^` already tries every line.
const LANGUAGE_HINTS: ReadonlyArray<[string, RegExp]> = [
  ["go", /\bfunc\b|:=|\bchan\b|\bpackage main\b|\bgo func\b|\bfmt\.\w+\(/],
  ["rust", /\bfn \w+\(|\blet mut\b|\bimpl\b|\bprintln!\(/],
  ["python", /^[ \t]*def \w+\(.*\):[ \t]*$|^[ \t]*(?:from \w+ )?import \w+[ \t]*$|\bself\.\w+/m],
  ["sql", /^[ \t]*(?:SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE TABLE)\b/m],
  ["javascript", /\bconst \w+ =|\bfunction \w*\(|=>|\bconsole\.log\(/],
];

/**
 * A best guess so rendered copies of a Markdown bank keep their highlighting. Only one strong
 * signal per language is checked, in an order where earlier languages' signals are the most specific.
 */
export function guessLanguage(code: string): string | null {
  for (const [language, pattern] of LANGUAGE_HINTS) {
    if (pattern.test(code)) return language;
  }
  return null;
}
