import { z } from "zod";
// Relative: the import CLI loads this file under plain tsx.
import { LEVEL_WORDS, type LevelWord } from "../../../lib/levels";

// A document's levels are the lower-case words; the one list is src/lib/levels.ts.
export const LEVELS = LEVEL_WORDS;
export const levelSchema = z.enum(LEVEL_WORDS);
export type Level = LevelWord;

export const wrongAnswerSchema = z.object({
  answer: z.string(),
  why: z.string(),
});

export const probeSchema = z.object({
  question: z.string(),
  answer: z.string(),
});

export const sectionSchema = z.object({
  label: z.string(),
  body: z.string(),
});

export const parsedQuestionSchema = z.object({
  number: z.number().int().nonnegative(),
  /** The stored question this one is, from its `<!-- probe:id=… -->` comment; absent without one. */
  id: z.string().optional(),
  level: levelSchema,
  title: z.string(),
  prompt: z.string(),
  modelAnswer: z.string(),
  wrongAnswers: z.array(wrongAnswerSchema),
  probes: z.array(probeSchema),
  sections: z.array(sectionSchema),
  /** The slug of the non-level section ("## Behavioural") the question stood under. */
  tags: z.array(z.string()).optional(),
  /** The level was inherited, not named by a heading: the preview asks the user to check it. */
  levelGuessed: z.boolean().optional(),
});

export const parseWarningSchema = z.object({
  question: z.string().nullable(),
  message: z.string(),
  /** The question section ("behavioural") whose levels the warning calls a guess, when it is one. */
  section: z.string().optional(),
});

// The public CLI prints this shape with --json, so it is a contract: add fields, never rename them.
export const parsedDocumentSchema = z.object({
  bank: z.object({
    name: z.string(),
    description: z.string(),
    notes: z.string(),
    /** From the front matter (tags, categories…); absent without any. */
    tags: z.array(z.string()).optional(),
    /** From the front matter's navigation keys ("grand_parent / parent"); absent without any. */
    collection: z.string().optional(),
  }),
  questions: z.array(parsedQuestionSchema),
  warnings: z.array(parseWarningSchema),
});

export type WrongAnswer = z.infer<typeof wrongAnswerSchema>;
export type Probe = z.infer<typeof probeSchema>;
export type QuestionSection = z.infer<typeof sectionSchema>;
export type ParsedQuestion = z.infer<typeof parsedQuestionSchema>;
export type ParseWarning = z.infer<typeof parseWarningSchema>;
export type ParsedDocument = z.infer<typeof parsedDocumentSchema>;

export type DocumentFormat = "markdown" | "text";

// Banks come from many teams; each names seniority its own way. Keys are normalised names.
const LEVEL_ALIASES: ReadonlyMap<string, Level> = new Map<string, Level>([
  ["junior", "junior"],
  ["beginner", "junior"],
  ["entry", "junior"],
  ["middle", "middle"],
  ["mid", "middle"],
  ["midlevel", "middle"],
  ["intermediate", "middle"],
  ["senior", "senior"],
  ["advanced", "senior"],
  ["staff", "staff"],
  ["expert", "staff"],
  ["principal", "staff"],
]);

// Words that decorate a level heading ("Junior level", "Senior questions") without changing it.
const LEVEL_NOISE_WORDS = new Set([
  "level", "levels", "question", "questions", "interview", "tier", "engineer", "engineers", "developer", "developers",
]);

/**
 * "Senior (staff track)" → "Senior  ": each "(…)" becomes a space, as `/\([^)]*\)/g` would make
 * it, but in one pass: that pattern scanned to the end of the text from every unclosed "(".
 */
function withoutParentheticals(name: string): string {
  let out = "";
  let at = 0;
  for (let open = name.indexOf("("); open >= 0; open = name.indexOf("(", at)) {
    const close = name.indexOf(")", open + 1);
    if (close < 0) break;
    out += `${name.slice(at, open)} `;
    at = close + 1;
  }
  return out + name.slice(at);
}

export function levelFromName(name: string): Level | null {
  // "Junior — warm-up", "Level 2: Middle": the level is one of the separated parts.
  for (const part of withoutParentheticals(name).split(/\s[—–-]\s|[:|/]/)) {
    const words = part
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, " ")
      .split(/[\s-]+/)
      .filter((word) => word.length > 0 && !LEVEL_NOISE_WORDS.has(word) && !/^\d+$/.test(word));
    // One significant word only, so prose such as "Advanced topics we skip" never becomes a level.
    if (words.length === 1) {
      const level = LEVEL_ALIASES.get(words[0] ?? "");
      if (level) return level;
    }
  }
  return null;
}

// The words a heading may name a level with, wherever they sit in it ("## More Junior Questions").
const HEADING_LEVEL_WORDS: ReadonlyMap<string, Level> = new Map<string, Level>([
  ["junior", "junior"], ["beginner", "junior"], ["l1", "junior"],
  ["middle", "middle"], ["mid", "middle"], ["midlevel", "middle"], ["intermediate", "middle"], ["l2", "middle"],
  ["senior", "senior"], ["advanced", "senior"], ["l3", "senior"],
  ["staff", "staff"], ["expert", "staff"], ["l4", "staff"],
]);

/**
 * The level a heading names: its name (levelFromName), else the one level word it holds anywhere.
 * A heading naming none, or several ("Junior to Senior"), names no level: null.
 */
export function levelInHeading(heading: string): Level | null {
  const named = levelFromName(heading);
  if (named) return named;
  const words = heading.toLowerCase().replace(/\bmid[\s-]+level\b/gu, "midlevel").split(/[^\p{L}\p{N}]+/u);
  const found = new Set(words.flatMap((word) => HEADING_LEVEL_WORDS.get(word) ?? []));
  return found.size === 1 ? [...found][0]! : null;
}

/** "Behavioural & culture" → "behavioural-culture": a section's tag. */
export function sectionSlug(heading: string): string {
  return heading.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "section";
}
