// Turns a parsed document into content the database accepts, before any write: every problem
// becomes a warning naming the question, so a messy document imports what it can and says why.
// Pure (no database) and relatively imported, for the import CLI.
import { AppError } from "../../../lib/app-error";
import { toLevel, type Level } from "../../../lib/levels";
import { questionContentSchema, type QuestionContent } from "../content";
import { BANK_NAME_MAX, bankNameSchema } from "../schemas";
import type { ParsedDocument, ParsedQuestion, ParseWarning } from "./schema";

/**
 * `id`: the stored question the document names with an id comment, if any. `guessedLevel`: the
 * level the parser guessed (no heading named one); `content.level` is the user's choice if any.
 */
export type PreparedQuestion = { number: number; id?: string; content: QuestionContent; guessedLevel?: Level };

/** Levels the user chose in the preview, by the question's number as the preview showed it. */
export type LevelChoices = Readonly<Record<string, Level>>;

/** A question that is in the document but could not be imported: its stored twin is kept as it is, never archived. */
export type SkippedQuestion = { number: number; id?: string; title: string; prompt: string };

export type PreparedDocument = {
  bank: { name: string; description: string; notes: string; tags?: string[]; collection?: string };
  questions: PreparedQuestion[];
  skipped: SkippedQuestion[];
  warnings: ParseWarning[];
};

const MAX_NUMBER = 2_147_483_647; // Postgres int4
const SECTION_LABEL_MAX = 80;

// Postgres refuses NUL in text and jsonb; a stray one must cost a character, not the import.
const clean = (value: string) => value.replace(/\u0000/g, "");

export function prepareDocument(parsed: ParsedDocument, opts: { bankName?: string; levels?: LevelChoices } = {}): PreparedDocument {
  const warnings: ParseWarning[] = [...parsed.warnings];
  const bank = {
    name: bankNameFor(parsed, opts.bankName, warnings),
    description: clean(parsed.bank.description),
    notes: clean(parsed.bank.notes),
    ...(parsed.bank.tags ? { tags: parsed.bank.tags.map(clean).filter(Boolean).slice(0, 50) } : {}),
    ...(parsed.bank.collection !== undefined ? { collection: clean(parsed.bank.collection).slice(0, 300) } : {}),
  };

  const numbers = assignNumbers(parsed.questions, warnings);
  const chosen = levelChoices(opts.levels, numbers);
  const questions: PreparedQuestion[] = [];
  const skipped: SkippedQuestion[] = [];
  parsed.questions.forEach((question, index) => {
    const number = numbers[index]!;
    const id = question.id ? { id: question.id } : {};
    const guessed = question.levelGuessed ? { guessedLevel: toLevel(question.level) } : {};
    const content = toContent(question, `Q${question.number}`, warnings);
    const level = chosen.get(number);
    if (content) questions.push({ number, ...id, content: level ? { ...content, level } : content, ...guessed });
    else skipped.push({ number, ...id, title: clean(question.title), prompt: clean(question.prompt) });
  });
  return { bank, questions, skipped, warnings: settleGuesses(warnings, parsed.questions, numbers, chosen) };
}

/**
 * A section's "level is a guess" warning once the user has chosen the level of every question in
 * it: the guess is gone, so the warning says what was done instead of asking for a check.
 */
function settleGuesses(warnings: ParseWarning[], questions: ParsedQuestion[], numbers: readonly number[], chosen: Map<number, Level>): ParseWarning[] {
  const unsettled = new Set(questions.flatMap((question, index) => (question.levelGuessed && !chosen.has(numbers[index]!) ? (question.tags ?? []) : [])));
  return warnings.map((warning) =>
    warning.section === undefined || unsettled.has(warning.section)
      ? warning
      : { ...warning, message: `The questions tagged "${warning.section}" (a section that names no level) take the levels chosen in the preview` },
  );
}

/**
 * The user's level choices, checked against the document: a number it has no question for is a
 * field error (the preview they came from was of another document), never silently dropped.
 */
function levelChoices(levels: LevelChoices | undefined, numbers: readonly number[]): Map<number, Level> {
  const known = new Set(numbers);
  const chosen = new Map(Object.entries(levels ?? {}).map(([key, level]) => [Number(key), level] as const));
  const unknown = [...chosen.keys()].filter((number) => !known.has(number));
  if (unknown.length) {
    const fieldErrors = Object.fromEntries(unknown.map((number) => [`levels.${number}`, [`This document has no Q${number}`]]));
    throw new AppError("VALIDATION", `A level was chosen for a question this document does not have (${unknown.map((n) => `Q${n}`).join(", ")})`, fieldErrors);
  }
  return chosen;
}

function bankNameFor(parsed: ParsedDocument, override: string | undefined, warnings: ParseWarning[]): string {
  if (override !== undefined && override.trim() !== "") {
    const result = bankNameSchema.safeParse(clean(override));
    if (!result.success) throw new AppError("VALIDATION", "The bank name is not valid", { bankName: result.error.issues.map((i) => i.message) });
    return result.data;
  }
  const name = clean(parsed.bank.name).trim() || "Untitled bank";
  if (name.length <= BANK_NAME_MAX) return name;
  warnings.push({ question: null, message: `The bank title is longer than ${BANK_NAME_MAX} characters; it was shortened` });
  return name.slice(0, BANK_NAME_MAX).trim();
}

/**
 * A question's number is where it stands in the bank (identity.ts matches questions without it),
 * so numbers must be unique and fit the column.
 * A repeat or an unusable number gets the next free number after the document's highest, in
 * document order, so importing the same document again assigns the same numbers.
 */
function assignNumbers(questions: ParsedQuestion[], warnings: ParseWarning[]): number[] {
  const usable = (n: number) => Number.isSafeInteger(n) && n >= 1 && n <= MAX_NUMBER;
  let next = Math.max(0, ...questions.map((q) => q.number).filter(usable)) + 1;
  const seen = new Set<number>();
  return questions.map((question) => {
    if (usable(question.number) && !seen.has(question.number)) {
      seen.add(question.number);
      return question.number;
    }
    const assigned = next++;
    seen.add(assigned);
    const why = usable(question.number) ? "repeats an earlier question's number" : "has no usable number";
    warnings.push({ question: `Q${question.number}`, message: `"${question.title.slice(0, 80)}" ${why}; it was imported as Q${assigned}` });
    return assigned;
  });
}

function toContent(question: ParsedQuestion, tag: string, warnings: ParseWarning[]): QuestionContent | null {
  const wrongAnswers = question.wrongAnswers.filter((item) => item.answer.trim() !== "");
  if (wrongAnswers.length < question.wrongAnswers.length) warnings.push({ question: tag, message: "An empty wrong answer was left out" });
  const probes = question.probes.filter((item) => item.question.trim() !== "");
  if (probes.length < question.probes.length) warnings.push({ question: tag, message: "A follow-up without a question was left out" });
  const sections = question.sections.filter((item) => item.label.trim() !== "" && item.body.trim() !== "");
  if (sections.length < question.sections.length) warnings.push({ question: tag, message: "An empty section was left out" });

  let title = clean(question.title).trim();
  if (title.length > 300) {
    warnings.push({ question: tag, message: "The title is longer than 300 characters; it was shortened" });
    title = `${title.slice(0, 299).trim()}…`;
  }
  const candidate = {
    level: question.level.toUpperCase(),
    title: title || "Untitled question",
    prompt: clean(question.prompt).trim() || title || "Untitled question",
    modelAnswer: clean(question.modelAnswer),
    wrongAnswers: wrongAnswers.map((w) => ({ answer: clean(w.answer), why: clean(w.why) })),
    probes: probes.map((p) => ({ question: clean(p.question), answer: clean(p.answer) })),
    sections: sections.map((s) => ({ label: clean(s.label).trim().slice(0, SECTION_LABEL_MAX), body: clean(s.body) })),
    // A question section's slug ("behavioural"); documents carry no other question tags.
    tags: (question.tags ?? []).map(clean),
  };
  if (!title) warnings.push({ question: tag, message: 'The question has no title; it was called "Untitled question"' });

  const result = questionContentSchema.safeParse(candidate);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length ? `${issue.path.join(".")}: ` : "";
  warnings.push({ question: tag, message: `Not imported (${where}${issue?.message ?? "invalid content"}); the stored question, if any, was kept` });
  return null;
}
