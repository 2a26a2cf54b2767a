// Every boundary of bank management parses through a schema here: the JSON API's body, the bank
// page's purpose form, and the copy-to-practice form (the client validates with the same schema).
import { z } from "zod";
import { idField, idSchema } from "@/lib/ids";
import { BANK_NAME_MAX, bankNameSchema } from "@/features/questions/schemas";
import { purposeWordSchema } from "./purpose";

/** PATCH /api/banks/:id. */
export const bankPurposeBodySchema = z.object({ purpose: purposeWordSchema });

/** The bank page's purpose form: the same, naming the bank. */
export const setBankPurposeSchema = bankPurposeBodySchema.extend({ bankId: idSchema });
export type SetBankPurposeInput = z.input<typeof setBankPurposeSchema>;

/** `/questions/copy?bank=…`: the interview bank whose questions are copied. */
export const copySourceSearchSchema = z.object({ bank: idSchema });

export const MAX_COPY = 1000;

/**
 * Copying chosen questions of an interview bank into a practice bank: an existing practice bank
 * (`targetBankId`) or a new one (`newBankName`), exactly one of them.
 */
export const copyToPracticeSchema = z
  .object({
    sourceBankId: idSchema,
    questionIds: z.array(idSchema).min(1, "Choose at least one question").max(MAX_COPY, `At most ${MAX_COPY} questions at a time`),
    // "" when a new bank is named instead.
    targetBankId: z.union([z.literal(""), idField("Choose a practice bank")]).default(""),
    newBankName: z.string().trim().max(BANK_NAME_MAX, `Keep the bank name under ${BANK_NAME_MAX} characters`).default(""),
  })
  .superRefine((value, ctx) => {
    if (!value.targetBankId && !value.newBankName) {
      ctx.addIssue({ code: "custom", path: ["targetBankId"], message: "Choose a practice bank or name a new one" });
    }
    if (value.targetBankId && value.newBankName) {
      ctx.addIssue({ code: "custom", path: ["newBankName"], message: "Either choose a practice bank or name a new one, not both" });
    }
  });
export type CopyToPracticeInput = z.input<typeof copyToPracticeSchema>;

export const BANK_DESCRIPTION_MAX = 20_000;

/** An admin's rename and description of a bank (the description is Markdown, as an import writes it). */
export const editBankSchema = z.object({
  bankId: idSchema,
  name: bankNameSchema,
  description: z.string().trim().max(BANK_DESCRIPTION_MAX, `Keep the description under ${BANK_DESCRIPTION_MAX.toLocaleString("en-US")} characters`).default(""),
});
export type EditBankInput = z.input<typeof editBankSchema>;

export const deleteBankSchema = z.object({ bankId: idSchema });
