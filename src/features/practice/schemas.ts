// Every input to practice (route params, actions, stored drafts) is parsed here.
import { z } from "zod";
import { CODE_LANGUAGES } from "@/lib/code-languages";
import { idField, idSchema, secretTokenSchema } from "@/lib/ids";
import { levelSchema } from "@/lib/level-schema";
import { GRADES } from "./grades";
import type { Draft } from "./run-state";

export const MAX_RUN_LENGTH = 50;
const MAX_ANSWER = 20_000;
/** The practice code pad holds as much as a live session's pad. */
export const MAX_CODE = 100_000;

export const questionParamsSchema = z.object({ questionId: idSchema });
export const shareParamsSchema = z.object({ token: secretTokenSchema });

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const startRunSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("due") }),
  z.object({
    mode: z.literal("pick"),
    bankId: idField("Choose a bank"),
    levels: z.array(levelSchema).min(1, "Choose at least one level"),
    count: z.coerce
      .number({ message: "Enter how many questions" })
      .int("Enter a whole number")
      .min(1, "At least one question")
      .max(MAX_RUN_LENGTH, `At most ${MAX_RUN_LENGTH} questions`),
    includeToday: checkbox.default(false),
  }),
  z.object({ mode: z.literal("question"), questionId: idSchema }),
]);
export type StartRunInput = z.input<typeof startRunSchema>;

const stepSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("answer") }),
  z.object({ kind: z.literal("reveal") }),
  z.object({ kind: z.literal("probe"), index: z.number().int().min(0).max(49), phase: z.enum(["question", "answer"]) }),
  z.object({ kind: z.literal("grade") }),
]);

export const draftSchema = z.object({
  versionId: idSchema.nullable(),
  step: stepSchema,
  answer: z.string().max(MAX_ANSWER, "Keep the answer under 20,000 characters"),
  probeAnswers: z.array(z.string().max(MAX_ANSWER, "Keep the answer under 20,000 characters")).max(50),
  wrongAnswersGiven: z.array(z.number().int().min(0).max(49)).max(50),
  grade: z.literal(GRADES).nullable(),
  // A day at most: the timer only runs while answering.
  elapsedMs: z.number().int().min(0).max(86_400_000),
  // Drafts saved before the code pad existed have neither field.
  code: z.string().max(MAX_CODE, "Keep the code under 100,000 characters").default(""),
  codeLanguage: z.enum(CODE_LANGUAGES).nullable().default(null),
}) satisfies z.ZodType<Draft>;

export const saveDraftSchema = z.object({ runId: idSchema, position: z.number().int().min(0), draft: draftSchema });
export type SaveDraftInput = z.input<typeof saveDraftSchema>;

export const revokeShareSchema = z.object({ shareId: idSchema });

/** How long a new share link works: "never" ends only when revoked. */
export const SHARE_LIFETIMES = ["never", "1", "7", "30", "90"] as const;
export const SHARE_LIFETIME_LABELS: Record<(typeof SHARE_LIFETIMES)[number], string> = {
  never: "Until I revoke it",
  "1": "1 day",
  "7": "7 days",
  "30": "30 days",
  "90": "90 days",
};
export const createShareSchema = z.object({ lifetime: z.enum(SHARE_LIFETIMES, { message: "Choose how long the link works" }).default("never") });

/**
 * POST /api/practice/feedback. The answer is the proof of an attempt (feedback names the model
 * answer's key points); `versionId`, optional, is the version a run pinned (the current one otherwise).
 */
export const feedbackRequestSchema = z.object({
  questionId: idSchema,
  versionId: idSchema.optional(),
  answer: z
    .string({ error: "Send the answer as text" })
    .max(MAX_ANSWER, "Keep the answer under 20,000 characters")
    .refine((answer) => answer.trim() !== "", "Write your answer before asking for feedback"),
});
export type FeedbackRequest = z.input<typeof feedbackRequestSchema>;
