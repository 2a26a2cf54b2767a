import { z } from "zod";
import { cursorInstant, cursorSchema } from "@/lib/cursor";
import { idSchema } from "@/lib/ids";
import { LEVELS } from "@/lib/levels";

export const MAX_KIT_QUESTIONS = 30;
export const MAX_BUDGET_MINUTES = 120;
export const DEFAULT_BUDGET_MINUTES = 10;

export const budgetMinutesSchema = z.coerce
  .number({ message: "Enter minutes" })
  .int("Use whole minutes")
  .min(1, "At least 1 minute")
  .max(MAX_BUDGET_MINUTES, `At most ${MAX_BUDGET_MINUTES} minutes`);

export const kitItemSchema = z.object({
  questionId: idSchema,
  budgetMinutes: budgetMinutesSchema,
});

export const kitFormSchema = z
  .object({
    /** Absent when creating a kit. */
    id: idSchema.optional(),
    /** With an id: the revision the edit is based on; a kit saved since then is not overwritten (409). */
    revision: z.number({ message: "Reload the kit and try again" }).int().min(0).optional(),
    name: z.string().trim().min(1, "Name the kit").max(120, "Use at most 120 characters"),
    description: z.string().trim().max(2000, "Use at most 2,000 characters").default(""),
    items: z
      .array(kitItemSchema)
      .min(1, "Pick at least one question")
      .max(MAX_KIT_QUESTIONS, `At most ${MAX_KIT_QUESTIONS} questions`)
      .refine((items) => new Set(items.map((i) => i.questionId)).size === items.length, "A question is picked twice"),
  })
  .refine((kit) => !kit.id || kit.revision !== undefined, { path: ["revision"], message: "Say which revision of the kit this edit is based on" });
export type KitFormInput = z.infer<typeof kitFormSchema>;

const levelParam = z.enum(LEVELS).optional().catch(undefined);

export const pickerSearchSchema = z.object({
  q: z.string().trim().max(200, "Keep the search under 200 characters").default(""),
  level: levelParam,
  bankId: z.union([z.string().trim().length(0), idSchema]).optional().transform((v) => v || undefined),
});
export type PickerSearchInput = z.infer<typeof pickerSearchSchema>;

export const KIT_PAGE_SIZE = 24;

/** Recently changed first, on (updatedAt, id). */
export const kitCursorSchema = cursorSchema(["recent"], z.tuple([cursorInstant, idSchema]));

/** The kits page's search: part of a kit's name. A value that does not fit is dropped. */
export const kitListFiltersSchema = z.object({
  q: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().trim().max(120).refine((v) => !v.includes("\u0000")).optional()).catch(undefined).transform((v) => v || undefined),
});
