import "server-only";
// Writes of mock interviews. The candidate creates one (practice-bank questions only); the friend,
// holding the link, moves it through the live session's state machine and rates each question.
// When a mock ends, each rated question becomes a practice attempt graded by the friend's rating
// and moves its spaced-repetition card, as a solo attempt would (policy.ts, gradeFromRating).
import { isFinished, transition } from "@/features/sessions/state";
import { storedProbes, storedWrongAnswers } from "@/features/questions/content";
import { saveNoteSchema, sessionActionSchema, toSessionAction } from "@/features/sessions/schemas";
import type { NoteView } from "@/features/sessions/types";
import type { FieldErrors } from "@/lib/app-error";
import { idParamsSchema } from "@/lib/ids";
import { lockSessionState, MOCK_TABLES, saveTransition } from "@/features/sessions/transition-sql";
import { audit } from "@/server/audit";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db, type Tx } from "@/server/db";
import { AppError, ConflictError } from "@/server/errors";
import { hashSecretToken, newSecretToken } from "@/server/secret-tokens";
import { reschedule } from "../scheduling";
import { offeredQuestionWhere, practiceBankWhere } from "../scope";
import { mockIdForFriend } from "./access";
import { FRIEND_ACTOR, gradeFromRating } from "./policy";
import { mockNoteSelect, toMockNoteView } from "./dto";
import { createMockSchema } from "./schemas";


const unavailable = () => new AppError("NOT_FOUND", "That question is not available for practice.");

/** The picked questions, in order: each of a practice bank and not archived, else 404. */
async function pickedQuestions(input: unknown): Promise<string[]> {
  const data = createMockSchema.parse(input);
  if (data.mode === "questions") {
    const ids = [...new Set(data.questionIds)];
    const found = await db.question.findMany({ where: { id: { in: ids }, ...offeredQuestionWhere }, select: { id: true } });
    if (found.length !== ids.length) throw unavailable();
    return ids;
  }
  const bank = await db.bank.findFirst({ where: { id: data.bankId, ...practiceBankWhere }, select: { id: true } });
  if (!bank) throw new AppError("NOT_FOUND", "No such practice bank");
  const questions = await db.question.findMany({
    where: { bankId: bank.id, level: { in: data.levels }, ...offeredQuestionWhere },
    orderBy: [{ level: "asc" }, { number: "asc" }],
    take: data.count,
    select: { id: true },
  });
  if (!questions.length) throw new AppError("VALIDATION", "No questions match", { levels: ["This bank has no questions at these levels"] });
  return questions.map((q) => q.id);
}

/** Creates a mock from practice-bank questions; returns the friend's link token once (only its hash is kept). */
export async function createMock(user: SessionUser, input: unknown): Promise<{ id: string; friendToken: string }> {
  assertCan(user, "practice:use");
  const questionIds = await pickedQuestions(input);
  const friendToken = newSecretToken();
  const id = await db.$transaction(async (tx) => {
    // Each question's current version, read in the transaction that snapshots it, still in scope.
    const questions = await tx.question.findMany({ where: { id: { in: questionIds }, ...offeredQuestionWhere }, select: { id: true, version: true } });
    if (questions.length !== questionIds.length) throw unavailable();
    const versions = await tx.questionVersion.findMany({
      where: { OR: questions.map((q) => ({ questionId: q.id, version: q.version })) },
      select: { id: true, questionId: true },
    });
    const versionOf = new Map(versions.map((v) => [v.questionId, v.id]));
    const mock = await tx.mockInterview.create({
      data: {
        userId: user.id,
        friendTokenHash: hashSecretToken(friendToken),
        questions: { create: questionIds.map((questionId, position) => ({ position, questionVersionId: versionOf.get(questionId)! })) },
      },
      select: { id: true },
    });
    await audit({ actorId: user.id, action: "mock.create", targetType: "mock", targetId: mock.id, details: { questions: questionIds.length } }, tx);
    return mock.id;
  });
  return { id, friendToken };
}

/**
 * Records a rated question of an ended mock in the candidate's practice: an attempt graded by the
 * friend's rating, and the card rescheduled — once per question (the attempt is unique per mock
 * question). A rating changed later, within the notes' grace day, corrects the attempt's grade but
 * does not reschedule again: one review is one review.
 */
async function recordOutcome(tx: Tx, mockId: string, now: Date): Promise<void> {
  const mock = await tx.mockInterview.findUniqueOrThrow({
    where: { id: mockId },
    select: {
      userId: true,
      startedAt: true,
      questions: { select: { id: true, rating: true, heardWrongAnswers: true, elapsedMs: true, questionVersion: { select: { id: true, questionId: true } }, attempt: { select: { id: true } } } },
    },
  });
  // A mock cancelled before it started was never an interview: nothing to learn from it.
  if (!mock.startedAt) return;
  for (const question of mock.questions) {
    const grade = gradeFromRating(question.rating);
    if (grade === null) continue;
    if (question.attempt) {
      await tx.practiceAttempt.update({ where: { id: question.attempt.id }, data: { grade, wrongAnswersGiven: question.heardWrongAnswers } });
      continue;
    }
    const { questionId } = question.questionVersion;
    await tx.practiceAttempt.create({
      data: {
        userId: mock.userId,
        questionId,
        questionVersionId: question.questionVersion.id,
        mockQuestionId: question.id,
        answer: "",
        grade,
        // The wrong answers the friend heard are the ones the candidate gave.
        wrongAnswersGiven: question.heardWrongAnswers,
        durationMs: question.elapsedMs,
      },
    });
    const key = { userId_questionId: { userId: mock.userId, questionId } };
    const card = await tx.practiceCard.findUnique({ where: key });
    const next = reschedule(card, grade, now);
    await tx.practiceCard.upsert({ where: key, create: { userId: mock.userId, questionId, ...next }, update: next });
  }
}

/** The friend moves the mock (start, reveal, next, goto, undo, end): the live session's machine, on the mock's tables. */
export async function applyFriendAction(token: string, input: unknown, now = new Date()): Promise<{ revision: number }> {
  const mockId = await mockIdForFriend(token, now);
  const request = sessionActionSchema.parse(input);
  if (request.type === "cancel") throw new AppError("VALIDATION", "A friend ends a mock; only the candidate may drop it", { type: ["Use end"] });
  return db.$transaction(async (tx) => {
    const locked = await lockSessionState(tx, mockId, MOCK_TABLES);
    if (!locked) throw new AppError("NOT_FOUND", "No such mock interview");
    if (request.expectedRevision !== undefined && request.expectedRevision !== locked.revision) {
      throw new AppError("CONFLICT", "The mock moved on in the meantime; showing its latest state");
    }
    const result = transition(locked.state, toSessionAction(request), now, FRIEND_ACTOR);
    if (!result.ok) throw new AppError("CONFLICT", result.message);
    await saveTransition(tx, mockId, locked, result.state, now, MOCK_TABLES);
    if (isFinished(result.state.status)) await recordOutcome(tx, mockId, now);
    return { revision: locked.revision + 1 };
  });
}

const sortedUnique = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

/**
 * The friend's note on one question, as the cockpit autosaves it: the sessions' note shape and its
 * compare-and-set on `revision` (a stale save is a 409 carrying the note as it stands). After the
 * end, within the grace day, a rating reaches the candidate's history at once.
 */
export async function saveFriendNote(token: string, position: number, input: unknown, now = new Date()): Promise<NoteView> {
  const mockId = await mockIdForFriend(token, now);
  const data = saveNoteSchema.parse(input);
  const question = await db.mockQuestion.findUnique({
    where: { mockId_position: { mockId, position } },
    select: { id: true, questionVersion: { select: { wrongAnswers: true, probes: true } } },
  });
  if (!question) throw new AppError("NOT_FOUND", "This mock has no question at that position");
  const errors: FieldErrors = {};
  if (data.heardWrongAnswers.some((i) => i >= storedWrongAnswers(question.questionVersion.wrongAnswers).length)) {
    errors.heardWrongAnswers = ["That wrong answer is not part of this question"];
  }
  if (data.hintedProbes.some((i) => i >= storedProbes(question.questionVersion.probes).length)) errors.hintedProbes = ["That probe is not part of this question"];
  if (Object.keys(errors).length) throw new AppError("VALIDATION", "Some fields are invalid", errors);

  return db.$transaction(async (tx) => {
    const updated = await tx.mockQuestion.updateMany({
      where: { id: question.id, noteRevision: data.revision },
      data: {
        rating: data.rating,
        notes: data.notes,
        heardWrongAnswers: sortedUnique(data.heardWrongAnswers),
        hintedProbes: sortedUnique(data.hintedProbes),
        noteRevision: { increment: 1 },
      },
    });
    const saved = await tx.mockQuestion.findUniqueOrThrow({ where: { id: question.id }, select: mockNoteSelect });
    if (!updated.count) throw new ConflictError("This note was changed elsewhere (another tab?) since you loaded it", toMockNoteView(saved));
    const mock = await tx.mockInterview.findUniqueOrThrow({ where: { id: mockId }, select: { status: true } });
    if (isFinished(mock.status)) await recordOutcome(tx, mockId, now);
    return toMockNoteView(saved);
  });
}

/** The candidate drops their own mock (the friend's link dies with it). `input` is `{ id }`. */
export async function cancelMock(user: SessionUser, input: unknown, now = new Date()): Promise<void> {
  assertCan(user, "practice:use");
  const { id: mockId } = idParamsSchema.parse(input);
  await db.$transaction(async (tx) => {
    const mock = await tx.mockInterview.findUnique({ where: { id: mockId }, select: { userId: true } });
    if (!mock || mock.userId !== user.id) throw new AppError("NOT_FOUND", "No such mock interview");
    const locked = await lockSessionState(tx, mockId, MOCK_TABLES);
    const result = transition(locked!.state, { type: "cancel" }, now, user.id);
    if (!result.ok) throw new AppError("CONFLICT", result.message);
    await saveTransition(tx, mockId, locked!, result.state, now, MOCK_TABLES);
    await recordOutcome(tx, mockId, now);
    await audit({ actorId: user.id, action: "mock.cancel", targetType: "mock", targetId: mockId }, tx);
  });
}
