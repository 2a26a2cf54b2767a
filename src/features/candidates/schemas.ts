// Inputs of the hiring manager's pages: list filters, the compare selection and decisions.
import { z } from "zod";
import { cursorInstant, cursorSchema } from "@/lib/cursor";
import { emailSchema } from "@/lib/credentials";
import { idSchema } from "@/lib/ids";
import { isoDaySchema } from "@/lib/iso-day";
import { levelSchema } from "@/lib/level-schema";
import { CANDIDATE_STATUSES } from "./status";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null || (Array.isArray(value) && !value.length) ? undefined : Array.isArray(value) ? value[0] : value), schema.optional());

const isoDay = isoDaySchema;

export const CANDIDATE_SORTS = ["recent", "name", "added"] as const;
export type CandidateSort = (typeof CANDIDATE_SORTS)[number];
export const SORT_LABELS: Record<CandidateSort, string> = { recent: "Latest interview", name: "Name", added: "Recently added" };

export const candidateFiltersSchema = z
  .object({
    level: optional(levelSchema),
    status: optional(z.enum(CANDIDATE_STATUSES, { message: "Choose a status" })),
    from: optional(isoDay),
    to: optional(isoDay),
    q: optional(z.string().trim().max(100, "Keep the search under 100 characters").refine((v) => !v.includes("\u0000"), "The search holds a NUL character")),
    sort: optional(z.enum(CANDIDATE_SORTS, { message: "Choose an order" })),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "The end date is before the start date" });
export type CandidateFilters = z.infer<typeof candidateFiltersSchema>;

export const CANDIDATE_PAGE_SIZE = 50;

/** A cursor of the list in the given order: its sort key (a time, a name, or null) and the id. */
export function candidateCursorSchema(sort: CandidateSort) {
  const key = sort === "name" ? z.string().max(400) : sort === "recent" ? z.union([cursorInstant, z.null()]) : cursorInstant;
  return cursorSchema([sort], z.tuple([key, idSchema]));
}

/** The compare picker: candidates who were interviewed, found by name, by name order. */
export const pickerFiltersSchema = z.object({
  find: optional(z.string().trim().max(100, "Keep the search under 100 characters").refine((v) => !v.includes("\u0000"), "The search holds a NUL character")).catch(undefined),
});
export const pickerCursorSchema = cursorSchema(["name"], z.tuple([z.string().max(400), idSchema]));
export const PICKER_PAGE_SIZE = 24;

export const MAX_COMPARE = 6;

/** `?ids=a,b,c` or `?ids=a&ids=b` (what a form of checkboxes sends). */
export const compareParamsSchema = z.object({
  ids: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => [...new Set((Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean))])
    .pipe(z.array(idSchema).max(MAX_COMPARE, `Compare at most ${MAX_COMPARE} candidates`)),
});

export const DECISION_OUTCOMES = ["HIRE", "NO_HIRE", "HOLD"] as const;
export const OUTCOME_LABELS: Record<(typeof DECISION_OUTCOMES)[number], string> = { HIRE: "Hire", NO_HIRE: "No hire", HOLD: "Hold" };

export const decisionSchema = z.object({
  candidateId: idSchema,
  outcome: z.enum(DECISION_OUTCOMES, { message: "Choose hire, no hire or hold" }),
  reason: z.string().trim().min(1, "Give a reason for the decision").max(5000, "Keep the reason under 5,000 characters"),
});
export type DecisionInput = z.infer<typeof decisionSchema>;

// A candidate's personal data (personal-data.ts): correcting, merging, erasing.

const optionalCandidateEmail = z
  .union([z.literal(""), z.null(), emailSchema])
  .transform((value) => (value ? value : null));

export const editCandidateSchema = z.object({
  candidateId: idSchema,
  name: z.string().trim().min(1, "Enter the candidate's name").max(120, "Use at most 120 characters"),
  /** Empty removes the email: a candidate needs none. */
  email: optionalCandidateEmail,
});
export type EditCandidateInput = z.input<typeof editCandidateSchema>;

/** `mergeId`'s sessions and decisions move to `keepId`, then `mergeId` is removed. */
export const mergeCandidatesSchema = z
  .object({ keepId: idSchema, mergeId: idSchema })
  .refine((value) => value.keepId !== value.mergeId, { path: ["mergeId"], message: "Choose another record: a record cannot be merged into itself" });

/** The name typed again, so an erase is never one stray click. */
export const eraseCandidateSchema = z.object({
  candidateId: idSchema,
  confirmName: z.string().trim().max(200, "Type the candidate's name"),
});

/** `?find=`: other records that may be the same person. */
export const mergeSearchSchema = z.object({
  find: z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().trim().max(100, "Keep the search under 100 characters").refine((v) => !v.includes("\u0000"), "The search holds a NUL character").optional()).catch(undefined),
});

/** Admin → Settings: anonymise candidates after this many months without activity; empty turns it off. */
export const retentionSettingSchema = z.object({
  months: z.preprocess(
    (value) => (value === "" || value === null ? null : value),
    z.coerce.number({ message: "Enter a number of months" }).int("Use whole months").min(1, "At least 1 month").max(120, "At most 120 months (10 years)").nullable(),
  ),
});
