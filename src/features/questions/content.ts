// The content of one question, as stored (Question row and every QuestionVersion snapshot) and as
// edited. The Json columns are parsed through these schemas on the way out of the database,
// so no code trusts their shape blindly.
import { z } from "zod";
import { levelSchema } from "../../lib/level-schema";
import type { Level } from "../../lib/levels";
import { KEY_POINT_MAX_CHARS, KEY_POINTS_MAX } from "./key-points";

export const wrongAnswerSchema = z.object({
  answer: z.string().trim().min(1, "Write the wrong answer").max(2000, "Keep it under 2,000 characters"),
  why: z.string().trim().max(2000, "Keep it under 2,000 characters").default(""),
});
export const probeSchema = z.object({
  question: z.string().trim().min(1, "Write the follow-up question").max(2000, "Keep it under 2,000 characters"),
  answer: z.string().trim().max(5000, "Keep it under 5,000 characters").default(""),
});
export const sectionSchema = z.object({
  label: z.string().trim().min(1, "Name the section").max(80, "Keep the label under 80 characters"),
  body: z.string().trim().min(1, "Write the section").max(20000, "Keep it under 20,000 characters"),
});

export const keyPointSchema = z.string().trim().min(1, "Write the key point").max(KEY_POINT_MAX_CHARS, `Keep each key point under ${KEY_POINT_MAX_CHARS} characters`);
/** The author's key points for practice feedback; empty: derived from the model answer (key-points.ts). */
export const keyPointsSchema = z.array(keyPointSchema).max(KEY_POINTS_MAX, `At most ${KEY_POINTS_MAX} key points`);

export const questionContentSchema = z.object({
  level: levelSchema,
  title: z.string().trim().min(1, "Give the question a title").max(300, "Keep the title under 300 characters"),
  prompt: z.string().trim().min(1, "Write the prompt").max(20000, "Keep the prompt under 20,000 characters"),
  modelAnswer: z.string().trim().max(50000, "Keep the model answer under 50,000 characters").default(""),
  wrongAnswers: z.array(wrongAnswerSchema).max(50, "At most 50 wrong answers").default([]),
  probes: z.array(probeSchema).max(50, "At most 50 probes").default([]),
  sections: z.array(sectionSchema).max(50, "At most 50 sections").default([]),
  // Absent where the source has none (an imported document): the stored key points are kept.
  keyPoints: keyPointsSchema.optional(),
  tags: z
    .array(z.string().trim().toLowerCase().min(1).max(40, "Keep tags under 40 characters"))
    .max(20, "At most 20 tags")
    .default([]),
});

export type WrongAnswer = z.infer<typeof wrongAnswerSchema>;
export type Probe = z.infer<typeof probeSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type QuestionContent = z.infer<typeof questionContentSchema>;

// Stored Json is read leniently: a bad element is a bug to see, not a page to crash.
export const storedWrongAnswers = (value: unknown): WrongAnswer[] => z.array(wrongAnswerSchema).catch([]).parse(value);
export const storedProbes = (value: unknown): Probe[] => z.array(probeSchema).catch([]).parse(value);
export const storedSections = (value: unknown): Section[] => z.array(sectionSchema).catch([]).parse(value);
export const storedKeyPoints = (value: unknown): string[] => keyPointsSchema.catch([]).parse(value);

/** A question's content columns as stored: the Json columns not yet read. */
export type StoredContent = {
  level: Level;
  title: string;
  prompt: string;
  modelAnswer: string;
  wrongAnswers: unknown;
  probes: unknown;
  sections: unknown;
  /** Read only where a caller selects it (storedContentSelect does); the importer's plan does not. */
  keyPoints?: unknown;
};

/** The select that reads StoredContent, from a Question row or a QuestionVersion snapshot alike. */
export const storedContentSelect = {
  level: true,
  title: true,
  prompt: true,
  modelAnswer: true,
  wrongAnswers: true,
  probes: true,
  sections: true,
  keyPoints: true,
} as const satisfies Record<keyof StoredContent, true>;

type JsonColumn = "wrongAnswers" | "probes" | "sections" | "keyPoints";

/** The same columns, read. */
export type ReadContent = Omit<StoredContent, JsonColumn> & {
  wrongAnswers: WrongAnswer[];
  probes: Probe[];
  sections: Section[];
  keyPoints?: string[];
};

/** Reads a row's stored content columns (and keeps its other fields as they are). */
export function readStoredContent<T extends StoredContent>(row: T): Omit<T, JsonColumn> & ReadContent {
  const read = { ...row, wrongAnswers: storedWrongAnswers(row.wrongAnswers), probes: storedProbes(row.probes), sections: storedSections(row.sections) };
  return "keyPoints" in row ? { ...read, keyPoints: storedKeyPoints(row.keyPoints) } : { ...read, keyPoints: undefined };
}
