// Every input the sessions feature accepts, shared by the JSON API, the server actions and the forms.
import { z } from "zod";
import { emailSchema } from "@/lib/credentials";
import { cursorInstant, cursorSchema } from "@/lib/cursor";
import { idSchema, secretTokenSchema } from "@/lib/ids";
import { SESSION_ACTIONS, type SessionAction } from "./state";

export const MAX_SESSION_QUESTIONS = 30;
export const MAX_BUDGET_MINUTES = 120;
export const DEFAULT_BUDGET_SECONDS = 600;

const optionalEmail = z
  .union([z.literal(""), emailSchema])
  .optional()
  .transform((value) => (value ? value : undefined));

export const budgetSecondsSchema = z
  .number({ message: "Enter a number of seconds" })
  .int("Use whole seconds")
  .min(30, "At least 30 seconds")
  .max(MAX_BUDGET_MINUTES * 60, `At most ${MAX_BUDGET_MINUTES} minutes`);

export const MAX_DURATION_MINUTES = 8 * 60;

/** An instant WITH its offset ("2027-03-05T14:00:00+01:00" or "…Z"): a bare local time is ambiguous. */
export const scheduledAtSchema = z.iso.datetime({ offset: true, message: "Give a date and time with its offset, e.g. 2027-03-05T14:00:00+01:00" }).transform((value) => new Date(value));

export const durationMinutesSchema = z
  .number({ message: "Enter a number of minutes" })
  .int("Use whole minutes")
  .min(5, "At least 5 minutes")
  .max(MAX_DURATION_MINUTES, `At most ${MAX_DURATION_MINUTES} minutes`);

/** A video-call link: https only (a javascript: or http: link in an invitation is refused). */
export const videoUrlSchema = z
  .string()
  .trim()
  .max(500, "Use at most 500 characters")
  .url("Enter a link such as https://meet.example.com/abc")
  .refine((value) => value.startsWith("https://"), "The link must start with https://");

const scheduleFields = {
  scheduledAt: scheduledAtSchema.optional(),
  durationMinutes: durationMinutesSchema.optional(),
  videoUrl: z.union([z.literal(""), videoUrlSchema]).optional().transform((value) => value || undefined),
};

const questionIdsSchema = z
  .array(idSchema)
  .min(1, "Pick at least one question")
  .max(MAX_SESSION_QUESTIONS, `At most ${MAX_SESSION_QUESTIONS} questions`)
  .refine((ids) => new Set(ids).size === ids.length, "A question is picked twice");
/** Seconds per picked question, in the order of questionIds. */
const budgetsSchema = z.array(budgetSecondsSchema).max(MAX_SESSION_QUESTIONS);
/** The panel besides the caller, who is on it already (and stays on it when editing). */
const interviewerEmailsSchema = z.array(emailSchema).max(10, "At most 10 more interviewers");

function oneBudgetPerQuestion(value: { questionIds?: string[]; budgets?: number[] }, ctx: z.RefinementCtx) {
  if (value.budgets && (!value.questionIds || value.budgets.length !== value.questionIds.length)) {
    ctx.addIssue({ code: "custom", path: ["budgets"], message: "Give one budget per question" });
  }
}

export const createSessionSchema = z
  .object({
    ...scheduleFields,
    candidateName: z.string().trim().min(1, "Enter the candidate's name").max(120, "Use at most 120 characters"),
    candidateEmail: optionalEmail,
    title: z.string().trim().max(200, "Use at most 200 characters").optional(),
    kitId: idSchema.optional(),
    questionIds: questionIdsSchema.optional(),
    /** A kit brings its own budgets. */
    budgets: budgetsSchema.optional(),
    interviewerEmails: interviewerEmailsSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.kitId === !value.questionIds) {
      ctx.addIssue({ code: "custom", path: ["questionIds"], message: "Pick a kit or questions, not both and not neither" });
    }
    if (value.questionIds) oneBudgetPerQuestion(value, ctx);
  });
export type CreateSessionInput = z.infer<typeof createSessionSchema>;

/**
 * PATCH /api/sessions/:id and the edit page, before the session starts. null clears the schedule
 * or the link. `interviewerEmails` is the whole panel besides the caller (who stays on it);
 * `questionIds` the whole list in order, `budgets` (optional) its seconds in the same order.
 */
export const updateSessionSchema = z
  .object({
    title: z.string().trim().min(1, "Enter a title").max(200, "Use at most 200 characters").optional(),
    scheduledAt: scheduledAtSchema.nullable().optional(),
    durationMinutes: durationMinutesSchema.optional(),
    videoUrl: z.union([z.literal(""), videoUrlSchema]).nullable().optional().transform((value) => (value === "" ? null : value)),
    interviewerEmails: interviewerEmailsSchema.optional(),
    questionIds: questionIdsSchema.optional(),
    budgets: budgetsSchema.optional(),
  })
  .strict()
  .superRefine(oneBudgetPerQuestion);
export type UpdateSessionInput = z.infer<typeof updateSessionSchema>;

/** The edit page's server action: which session, and the changes (parsed by updateSessionSchema after the access check). */
export const editSessionActionSchema = z.object({ id: idSchema, changes: z.unknown() });

export const sessionActionSchema = z
  .object({
    type: z.enum(SESSION_ACTIONS, { message: `Use one of: ${SESSION_ACTIONS.join(", ")}` }),
    /** `goto` only: the 0-based position of the question to jump to. */
    position: z.number({ message: "Give the position of a question (0 is the first)" }).int("Use a whole number").min(0).max(MAX_SESSION_QUESTIONS - 1).optional(),
    /**
     * The revision the client acted on. When given, the action applies only if the session is still
     * at it, so two interviewers pressing "Reveal" at once reveal one probe, not two. An undo must
     * give it: it takes back the reveal the client saw, never a later action of another panelist.
     */
    expectedRevision: z.number().int().min(0).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.type === "goto" && value.position === undefined) ctx.addIssue({ code: "custom", path: ["position"], message: "Say which question to go to" });
    if (value.type !== "goto" && value.position !== undefined) ctx.addIssue({ code: "custom", path: ["position"], message: "Only goto takes a position" });
    if (value.type === "undo-reveal" && value.expectedRevision === undefined) {
      ctx.addIssue({ code: "custom", path: ["expectedRevision"], message: "An undo names the revision of the reveal it takes back" });
    }
  });
export type SessionActionInput = z.infer<typeof sessionActionSchema>;

/** The state machine's action for a parsed request. */
export function toSessionAction({ type, position }: SessionActionInput): SessionAction {
  return type === "goto" ? { type, position: position! } : { type };
}

export const RATINGS = [1, 2, 3, 4] as const;

/** The note route's path: a position that cannot be in a session is a 404 (src/server/params.ts). */
export const noteParamsSchema = z.object({ id: idSchema, position: z.coerce.number().int().min(0).max(MAX_SESSION_QUESTIONS) });

export const saveNoteSchema = z.object({
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.null()], { message: "Rate from 1 to 4" }),
  notes: z.string().max(20_000, "Keep notes under 20,000 characters"),
  heardWrongAnswers: z.array(z.number().int().min(0).max(49)).max(50),
  hintedProbes: z.array(z.number().int().min(0).max(49)).max(50),
  /** The note revision this edit is based on; 0 for a note not yet saved. */
  revision: z.number().int().min(0),
});
export type SaveNoteInput = z.infer<typeof saveNoteSchema>;

/** A join link's path; any shape other than a token's is a 404 (src/server/params.ts). */
export const tokenParamsSchema = z.object({ token: secretTokenSchema });

/** The session builder's exposure check: the candidate (by id or email) and the picked questions. */
export const exposureInputSchema = z.object({
  candidateId: idSchema.optional(),
  candidateEmail: optionalEmail,
  questionIds: z.array(idSchema).max(100),
});
export const SESSION_STATUSES = ["SCHEDULED", "LIVE", "COMPLETED", "CANCELLED"] as const;
export const SESSION_PAGE_SIZE = 50;

// `?status=&q=` means "no filter"; a repeated key uses its first value.
const firstValue = (value: unknown) => {
  const first = Array.isArray(value) ? value[0] : value;
  return first === "" || first === null ? undefined : first;
};
const listParam = <T extends z.ZodType>(schema: T) => z.preprocess(firstValue, schema.optional());

/** Newest first, on (createdAt, id). */
export const sessionCursorSchema = cursorSchema(["newest"], z.tuple([cursorInstant, idSchema]));

/** The sessions list's filters and page: the page and GET /api/sessions read the same query. */
export const sessionListQuerySchema = z.object({
  status: listParam(z.enum(SESSION_STATUSES, { message: `Use one of: ${SESSION_STATUSES.join(", ")}` })),
  q: listParam(z.string().trim().max(120, "Keep the search under 120 characters").refine((v) => !v.includes("\u0000"), "The search holds a NUL character")),
  cursor: listParam(sessionCursorSchema),
  limit: listParam(z.coerce.number().int().min(1).max(200)).transform((v) => v ?? SESSION_PAGE_SIZE),
});
export type SessionListQuery = z.infer<typeof sessionListQuerySchema>;
