// Every input the scorecards feature accepts: the JSON API, the forms and the server actions.
// The API speaks lower-case words (strong_yes, senior); the database keeps its enums.
import { z } from "zod";
import type { Recommendation } from "@/generated/prisma/enums";
import { idSchema } from "@/lib/ids";
import { isoDaySchema } from "@/lib/iso-day";
import { LEVEL_WORDS } from "@/lib/levels";
import { BLIND_MODES } from "./policy";

export const RECOMMENDATIONS = ["strong_no", "no", "yes", "strong_yes"] as const;
export type RecommendationWord = (typeof RECOMMENDATIONS)[number];
export const RECOMMENDATION_LABELS: Record<RecommendationWord, string> = {
  strong_no: "Strong No",
  no: "No",
  yes: "Yes",
  strong_yes: "Strong Yes",
};
export const toRecommendationEnum = (word: RecommendationWord) => word.toUpperCase() as Recommendation;
export const toRecommendationWord = (value: Recommendation) => value.toLowerCase() as RecommendationWord;

export const MAX_NOTES = 20_000;
export const MAX_SUMMARY = 20_000;

export const ratingValueSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.null()], {
  message: "Rate from 1 to 4, or null to clear",
});

export const ratingInputSchema = z.object({
  /** The bank question's id (the same id /api/questions uses). */
  questionId: idSchema,
  rating: ratingValueSchema,
  /** Omitted: the notes stay as they are. */
  notes: z.string().max(MAX_NOTES, "Keep notes under 20,000 characters").optional(),
});

export const saveScorecardSchema = z.object({
  ratings: z
    .array(ratingInputSchema)
    .max(100, "Too many ratings")
    .refine((items) => new Set(items.map((i) => i.questionId)).size === items.length, "A question is rated twice")
    .default([]),
  recommendation: z.enum(RECOMMENDATIONS, { message: `Use one of: ${RECOMMENDATIONS.join(", ")}` }).nullable().optional(),
  level: z.enum(LEVEL_WORDS, { message: `Use one of: ${LEVEL_WORDS.join(", ")}` }).nullable().optional(),
  summary: z.string().max(MAX_SUMMARY, "Keep the summary under 20,000 characters").optional(),
  /** The scorecard revision this edit is based on; a stale one is refused (409). Omitted: last write wins. */
  revision: z.number().int().min(0).optional(),
  /** Required to change a submitted scorecard; the submitted version is kept as a revision. */
  amend: z.boolean().optional(),
});
export type SaveScorecardInput = z.infer<typeof saveScorecardSchema>;

export const submitScorecardSchema = z.object({ revision: z.number().int().min(0).optional() });

export const blindModeSchema = z.object({ mode: z.enum(BLIND_MODES, { message: "Choose a blind review mode" }) });


const day = z.preprocess((value) => {
  const first = Array.isArray(value) ? value[0] : value;
  return first === "" || first === null ? undefined : first;
}, isoDaySchema.optional());

/** The calibration page's date range: sessions that ended from `from` to `to`, both days included (UTC). */
export const calibrationRangeSchema = z
  .object({ from: day, to: day })
  .refine((r) => !r.from || !r.to || r.from <= r.to, { path: ["to"], message: "The end date is before the start date" });
