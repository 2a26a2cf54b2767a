// Every input of mock interviews, parsed at the boundary.
import { z } from "zod";
import { idField, idSchema, secretTokenSchema } from "@/lib/ids";
import { levelSchema } from "@/lib/level-schema";

/** A mock is a short interview: a handful of questions, like a live session's. */
export const MAX_MOCK_QUESTIONS = 20;

/** From Practice: a practice bank and levels (the first `count` questions), or specific questions. */
export const createMockSchema = z.discriminatedUnion("mode", [
  z.object({
    mode: z.literal("pick"),
    bankId: idField("Choose a bank"),
    levels: z.array(levelSchema).min(1, "Choose at least one level"),
    count: z.coerce
      .number({ message: "Enter how many questions" })
      .int("Enter a whole number")
      .min(1, "At least one question")
      .max(MAX_MOCK_QUESTIONS, `At most ${MAX_MOCK_QUESTIONS} questions`),
  }),
  z.object({
    mode: z.literal("questions"),
    questionIds: z.array(idSchema).min(1, "Choose at least one question").max(MAX_MOCK_QUESTIONS, `At most ${MAX_MOCK_QUESTIONS} questions`),
  }),
]);
export type CreateMockInput = z.input<typeof createMockSchema>;

/** The friend's routes: the link's token. Any other shape is a 404. */
export const friendParamsSchema = z.object({ token: secretTokenSchema });
export const friendNoteParamsSchema = z.object({ token: secretTokenSchema, position: z.coerce.number().int().min(0).max(MAX_MOCK_QUESTIONS - 1) });
