// Every boundary of the question bank parses through a schema here: page search params, the JSON
// API's query, the editor form (the client validates with the same schema before it submits) and
// the import wizard. Question content itself is defined once, in content.ts.
import { z } from "zod";
import { idSchema } from "@/lib/ids";
import { levelSchema } from "@/lib/level-schema";
import { LEVEL_WORDS } from "@/lib/levels";
import { keyPointsSchema, questionContentSchema } from "./content";
import { checkImportText } from "./import/input-guard";

// URLs and the JSON API name levels by their lower-case word (src/lib/levels.ts).
export const apiLevelSchema = z.enum(LEVEL_WORDS, { message: "level must be junior, middle, senior or staff" });


export const BANK_NAME_MAX = 120;
export const bankNameSchema = z
  .string()
  .trim()
  .min(1, "Name the bank")
  .max(BANK_NAME_MAX, `Keep the bank name under ${BANK_NAME_MAX} characters`);

// `?q=&level=` means "no filter": empty values are absent, and a repeated key uses its first value.
const blankToUndefined = (value: unknown) => {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && first.trim() === "" ? undefined : first;
};
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

// Postgres refuses NUL in text; a search holding one is bad input (400), not a failed query.
const noNul = (value: string) => !value.includes("\u0000");
const searchText = z.string().trim().max(200, "Keep the search under 200 characters").refine(noNul, "The search holds a NUL character");
const bankRef = z.string().trim().max(200, "Not a bank").refine(noNul, "Not a bank");
const tagText = z.string().trim().toLowerCase().max(40, "Not a tag").refine(noNul, "Not a tag");

export const PAGE_SIZE = 25;

/**
 * Search params of /questions. A bad value drops that one filter instead of failing the page:
 * the URL is something a person edits or pastes, and the rest of it still means something.
 */
export const questionFiltersSchema = z.object({
  q: optional(searchText).catch(undefined),
  level: optional(apiLevelSchema).catch(undefined),
  bank: optional(bankRef).catch(undefined),
  tag: optional(tagText).catch(undefined),
  /** `archived`: the questions deleted or dropped by an import, which can be restored. */
  show: optional(z.enum(["live", "archived"])).catch(undefined),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)).catch(1),
});
export type QuestionFiltersInput = z.infer<typeof questionFiltersSchema>;

export const API_PAGE_SIZE = 50;

/** GET /api/questions: strict, so a caller learns about a typo (400) instead of getting everything. */
export const apiQuestionQuerySchema = z.object({
  q: optional(searchText),
  level: optional(apiLevelSchema),
  bank: optional(bankRef),
  tag: optional(tagText),
  // A page, not the bank: 50 by default (a search box shows the best few); callers page with offset.
  limit: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(1000).default(API_PAGE_SIZE)),
  offset: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(1_000_000).default(0)),
});

// Tags arrive as an array or as the form's comma-separated text; stored lowercase, without repeats.
const tagsFieldSchema = z.preprocess(
  (value) => {
    const list = typeof value === "string" ? value.split(",") : value;
    if (!Array.isArray(list)) return list;
    const cleaned = list.map((tag) => (typeof tag === "string" ? tag.trim().toLowerCase() : tag)).filter((tag) => tag !== "");
    return [...new Set(cleaned)];
  },
  questionContentSchema.shape.tags,
);

// Key points arrive as an array or as the form's text, one per line; blank lines are dropped.
const keyPointsFieldSchema = z.preprocess((value) => {
  const list = typeof value === "string" ? value.split("\n") : value;
  return Array.isArray(list) ? list.map((item) => (typeof item === "string" ? item.trim() : item)).filter((item) => item !== "") : list;
}, keyPointsSchema.optional());

const editableContentSchema = questionContentSchema.extend({ tags: tagsFieldSchema, keyPoints: keyPointsFieldSchema });

/** The editor's "new question" form: content plus the bank, an existing one or a new name. */
export const createQuestionSchema = editableContentSchema
  .extend({
    // "" when a new bank is named instead.
    bankId: z.union([z.string().trim().length(0), idSchema]).default(""),
    newBankName: z.string().trim().max(BANK_NAME_MAX, `Keep the bank name under ${BANK_NAME_MAX} characters`).default(""),
  })
  .superRefine((value, ctx) => {
    if (!value.bankId && !value.newBankName) {
      ctx.addIssue({ code: "custom", path: ["bankId"], message: "Choose a bank or name a new one" });
    }
  });
export type CreateQuestionInput = z.input<typeof createQuestionSchema>;

/** Saving an edit: `version` is the one the editor started from, so a stale form cannot overwrite. */
export const updateQuestionSchema = editableContentSchema.extend({
  id: idSchema,
  version: z.number().int().positive(),
});
export type UpdateQuestionInput = z.input<typeof updateQuestionSchema>;

export const archiveQuestionSchema = z.object({ id: idSchema, confirm: z.literal(true, "Confirm the deletion") });

/** Bringing an archived question back: the id is all (it returns with its last content). */
export const restoreQuestionSchema = z.object({ id: idSchema });

export const IMPORT_FORMATS = ["auto", "markdown", "text"] as const;

// Size and binary checks are input-guard.ts's, shared with the CLI and the wizard; a `source`
// (the uploaded file's name) makes the message speak of a file rather than a document.
export const importDocumentSchema = z
  .object({
    text: z.string().refine((text) => text.trim() !== "", "Paste a document or choose a file"),
    bankName: optional(bankNameSchema),
    format: z.enum(IMPORT_FORMATS).default("auto"),
    source: z.string().trim().max(200).default(""),
    /** Conflicts (edited in Probe, changed in the document) where the document's version wins. */
    takeDocument: z.array(idSchema, { message: "Choose questions by id" }).max(10_000, "Too many questions").default([]),
    /** The preview's planKey: the import is refused if the bank changed since that preview. */
    planKey: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a plan").optional(),
    /**
     * Levels the user chose in the preview (a guessed level changed), by the question's number in
     * the document as the preview showed it ("8" → Q8). A number the document has no question for
     * is refused by the import itself (prepare-import.ts), which alone knows the document's numbers.
     */
    levels: z
      .record(z.string(), levelSchema)
      .superRefine((levels, ctx) => {
        const keys = Object.keys(levels);
        if (keys.length > 10_000) ctx.addIssue({ code: "custom", message: "Too many questions" });
        // Checked here rather than by a key schema, whose message zod replaces with its own.
        for (const key of keys) {
          if (!/^[1-9][0-9]{0,9}$/.test(key)) ctx.addIssue({ code: "custom", path: [key], message: "Name a question by its number (8 for Q8)" });
        }
      })
      .default({}),
  })
  .superRefine(({ text, source }, ctx) => {
    // Runs even when a field failed: `text` may then be anything, and blank text is told already.
    if (typeof text !== "string" || text.trim() === "") return;
    const refusal = checkImportText(text, source ? "file" : "document");
    if (refusal) ctx.addIssue({ code: "custom", path: ["text"], message: refusal.message });
  });
export type ImportDocumentInput = z.input<typeof importDocumentSchema>;

/**
 * `/questions/[id]/history?from=&to=`: the two versions to compare. Each is a version number; a
 * value that is not one drops to the default (the newest version against the one before), and a
 * number the question never had is reported on the page (history.ts).
 */
export const versionCompareSchema = z.object({
  from: optional(z.coerce.number().int().min(1).max(1_000_000)).catch(undefined),
  to: optional(z.coerce.number().int().min(1).max(1_000_000)).catch(undefined),
});
export type VersionCompareQuery = z.infer<typeof versionCompareSchema>;
