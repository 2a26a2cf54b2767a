import "server-only";
// Feedback on one practice answer (POST /api/practice/feedback): the key points it covers and
// the known wrong answers it echoes. Practice banks only, by the same rule as every practice
// read (scope.ts): a question of an interview bank is "not found", exactly like an unknown one.
import { storedKeyPoints, storedWrongAnswers } from "@/features/questions/content";
import { keyPointsOf } from "@/features/questions/key-points";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { sharedRateLimit } from "@/server/shared-rate-limit";
import { feedbackRequestSchema } from "../schemas";
import { practiceQuestionWhere, practiceVersionWhere } from "../scope";
import { bankIndexFor } from "./bank-cache";
import { compareAnswer, type AnswerFeedback } from "./compare";

/** Generous for a person (one request per answered question), tight for a script. */
export const FEEDBACK_LIMIT = { max: 60, windowMs: 60_000 } as const;

const contentSelect = { modelAnswer: true, wrongAnswers: true, keyPoints: true } as const;

export async function getAnswerFeedback(user: SessionUser, input: unknown): Promise<AnswerFeedback> {
  assertCan(user, "practice:use");
  const { questionId, versionId, answer } = feedbackRequestSchema.parse(input);
  await sharedRateLimit(`practice-feedback:${user.id}`, FEEDBACK_LIMIT, "Too many feedback requests in a minute.");
  const question = await db.question.findFirst({ where: { id: questionId, ...practiceQuestionWhere }, select: { bankId: true, ...contentSelect } });
  const version = versionId
    ? await db.questionVersion.findFirst({ where: { id: versionId, questionId, ...practiceVersionWhere }, select: contentSelect })
    : question;
  if (!question || !version) throw new AppError("NOT_FOUND", "No such practice question");
  const keyPoints = keyPointsOf({ modelAnswer: version.modelAnswer, keyPoints: storedKeyPoints(version.keyPoints) });
  const index = await bankIndexFor(question.bankId);
  return compareAnswer({ modelAnswer: version.modelAnswer, keyPoints, wrongAnswers: storedWrongAnswers(version.wrongAnswers) }, answer, index);
}
