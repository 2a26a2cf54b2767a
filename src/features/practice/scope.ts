import "server-only";
// The one rule that keeps interview banks out of a candidate's reach (DESIGN.md, "The one
// invariant"): practice sees a question only while its bank is a practice bank. Every practice
// read and write filters with these, in SQL. The rule is about the bank as it is now, not as it
// was: an attempt, a card or a run made while a bank was for practice is invisible, and never
// offered again, once the bank is for interviews.
import type { Prisma } from "@/generated/prisma/client";
import { activeQuestionWhere } from "@/features/questions/queries";

export const practiceBankWhere = { purpose: "PRACTICE" } satisfies Prisma.BankWhereInput;

/** A question a candidate may see: one of a practice bank (archived ones too, for their own history). */
export const practiceQuestionWhere = { bank: practiceBankWhere } satisfies Prisma.QuestionWhereInput;

/** A question practice may offer: of a practice bank, and not archived. */
export const offeredQuestionWhere = { ...activeQuestionWhere, ...practiceQuestionWhere } satisfies Prisma.QuestionWhereInput;

/** A past attempt whose question is still of a practice bank (its version's question: attempts have no direct relation). */
export const practiceAttemptWhere = { questionVersion: { question: practiceQuestionWhere } } satisfies Prisma.PracticeAttemptWhereInput;

/** A question version practice may show: its question is of a practice bank. */
export const practiceVersionWhere = { question: practiceQuestionWhere } satisfies Prisma.QuestionVersionWhereInput;
