import "server-only";
// Every write in practice. Each one takes the signed-in user, checks the permission, parses its
// input and touches only that candidate's rows; a run that is not theirs is "not found". Questions
// are picked, shown and graded only from practice banks (scope.ts).
import { audit } from "@/server/audit";
import { promptLanguage } from "@/server/code-blocks";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { contextOf, toRevealView, versionSelect, type RevealView } from "./dto";
import { dueCards } from "./queries";
import { initialDraft, reconcile, type Draft } from "./run-state";
import { createShareSchema, MAX_RUN_LENGTH, revokeShareSchema, saveDraftSchema, startRunSchema } from "./schemas";
import { dueQueue, pickQuestions, reschedule } from "./scheduling";
import { offeredQuestionWhere, practiceBankWhere, practiceVersionWhere } from "./scope";
import { hashShareToken, newShareToken } from "./share-token";

/**
 * The draft a question starts from, pinned to the question's current version, so an edit made
 * while the candidate is answering (or before a refresh) never changes what they are answering.
 */
async function draftFor(tx: Tx, questionId: string | undefined): Promise<Draft> {
  if (!questionId) return initialDraft();
  const question = await tx.question.findFirst({
    where: { id: questionId, ...offeredQuestionWhere },
    select: { versions: { select: { id: true }, orderBy: { version: "desc" }, take: 1 } },
  });
  return initialDraft(question?.versions[0]?.id ?? null);
}

async function chooseQuestions(user: SessionUser, input: unknown, now: Date): Promise<string[]> {
  const data = startRunSchema.parse(input);
  if (data.mode === "due") {
    const ids = dueQueue(await dueCards(user), now).slice(0, MAX_RUN_LENGTH);
    if (!ids.length) throw new AppError("BAD_REQUEST", "Nothing is due today.");
    return ids;
  }
  if (data.mode === "question") {
    const question = await db.question.findFirst({ where: { id: data.questionId, ...offeredQuestionWhere }, select: { id: true } });
    if (!question) throw new AppError("NOT_FOUND", "That question is not available for practice.");
    return [question.id];
  }
  const bank = await db.bank.findFirst({ where: { id: data.bankId, ...practiceBankWhere }, select: { id: true } });
  if (!bank) throw new AppError("VALIDATION", "Choose a bank", { bankId: ["Choose a bank"] });
  // Level is a Postgres enum declared Junior → Staff, so this orders by level, then number.
  const questions = await db.question.findMany({
    where: { bankId: bank.id, level: { in: data.levels }, ...offeredQuestionWhere },
    orderBy: [{ level: "asc" }, { number: "asc" }],
    select: { id: true },
  });
  if (!questions.length) throw new AppError("VALIDATION", "No questions match", { levels: ["This bank has no questions at these levels"] });
  const ids = questions.map((q) => q.id);
  const cards = await db.practiceCard.findMany({ where: { userId: user.id, questionId: { in: ids } }, select: { questionId: true, due: true, lastReview: true } });
  const picked = pickQuestions(ids, cards, now, { count: data.count, includeToday: data.includeToday });
  if (!picked.length) {
    throw new AppError("VALIDATION", "You practised all of these today", {
      includeToday: ["You practised every question here today. Tick this to practise them again."],
    });
  }
  return picked;
}

export async function startRun(user: SessionUser, input: unknown): Promise<{ runId: string }> {
  assertCan(user, "practice:use");
  const now = new Date();
  const questionIds = await chooseQuestions(user, input, now);
  // One unfinished run at a time: starting another closes the previous one where it stood.
  const run = await db.$transaction(async (tx) => {
    await tx.practiceRun.updateMany({ where: { userId: user.id, finishedAt: null }, data: { finishedAt: now } });
    return tx.practiceRun.create({ data: { userId: user.id, questionIds, draft: await draftFor(tx, questionIds[0]) }, select: { id: true } });
  });
  return { runId: run.id };
}

/** Why a write to a run matched nothing: not theirs (404) or already moved on (409). */
async function explainMiss(runId: string, userId: string): Promise<never> {
  const run = await db.practiceRun.findFirst({ where: { id: runId, userId }, select: { id: true } });
  if (!run) throw new AppError("NOT_FOUND", "No such practice run");
  throw new AppError("CONFLICT", "This run has moved on, perhaps in another tab. Reload to continue.");
}

export async function saveDraft(user: SessionUser, input: unknown): Promise<{ savedAt: string }> {
  assertCan(user, "practice:use");
  const { runId, position, draft } = saveDraftSchema.parse(input);
  const saved = await db.practiceRun.updateMany({ where: { id: runId, userId: user.id, position, finishedAt: null }, data: { draft } });
  if (!saved.count) await explainMiss(runId, user.id);
  return { savedAt: new Date().toISOString() };
}

/** The run's current question, at the version the draft is pinned to. */
async function currentVersion(runId: string, userId: string, position: number, versionId: string | null) {
  const run = await db.practiceRun.findFirst({ where: { id: runId, userId }, select: { questionIds: true, position: true, finishedAt: true } });
  if (!run) throw new AppError("NOT_FOUND", "No such practice run");
  if (run.finishedAt || run.position !== position) await explainMiss(runId, userId);
  // Only a version of a practice bank's question: the model answer and probes go out from here.
  const version = versionId ? await db.questionVersion.findFirst({ where: { id: versionId, ...practiceVersionWhere }, select: versionSelect }) : null;
  if (!version || version.questionId !== run.questionIds[position]) throw new AppError("BAD_REQUEST", "That is not this step's question, or it is no longer offered for practice");
  return version;
}

/** Saves the submitted answer and only then returns the model answer, wrong answers and probes. */
export async function reveal(user: SessionUser, input: unknown): Promise<RevealView> {
  assertCan(user, "practice:use");
  const { runId, position, draft } = saveDraftSchema.parse(input);
  if (draft.step.kind === "answer" || !draft.answer.trim()) {
    throw new AppError("VALIDATION", "Write an answer first", { answer: ["Write your answer before comparing it"] });
  }
  const version = await currentVersion(runId, user.id, position, draft.versionId);
  const saved = await db.practiceRun.updateMany({ where: { id: runId, userId: user.id, position, finishedAt: null }, data: { draft } });
  if (!saved.count) await explainMiss(runId, user.id);
  return toRevealView(version);
}

export async function grade(user: SessionUser, input: unknown): Promise<{ finished: boolean; nextDue: string }> {
  assertCan(user, "practice:use");
  const { runId, position, draft: raw } = saveDraftSchema.parse(input);
  const version = await currentVersion(runId, user.id, position, raw.versionId);
  const draft = reconcile(raw, contextOf(version));
  if (draft.step.kind !== "grade" || draft.grade === null) {
    throw new AppError("VALIDATION", "Grade yourself first", { grade: ["Choose a grade from 1 to 4"] });
  }
  const grade = draft.grade;
  const now = new Date();
  return db.$transaction(async (tx) => {
    const run = await tx.practiceRun.findFirstOrThrow({ where: { id: runId, userId: user.id }, select: { questionIds: true } });
    const finished = position + 1 >= run.questionIds.length;
    // Conditional on the position, so a double submit grades the question once.
    const moved = await tx.practiceRun.updateMany({
      where: { id: runId, userId: user.id, position, finishedAt: null },
      data: { position: position + 1, draft: await draftFor(tx, run.questionIds[position + 1]), finishedAt: finished ? now : null },
    });
    if (!moved.count) throw new AppError("CONFLICT", "This question was already graded. Reload to continue.");
    await tx.practiceAttempt.create({
      data: {
        runId,
        userId: user.id,
        questionId: version.questionId,
        questionVersionId: version.id,
        answer: draft.answer,
        probeAnswers: draft.probeAnswers,
        grade,
        wrongAnswersGiven: draft.wrongAnswersGiven,
        durationMs: draft.elapsedMs,
        code: draft.code,
        codeLanguage: draft.code ? (draft.codeLanguage ?? promptLanguage(version.prompt)) : null,
      },
    });
    const key = { userId_questionId: { userId: user.id, questionId: version.questionId } };
    const card = await tx.practiceCard.findUnique({ where: key });
    const next = reschedule(card, grade, now);
    await tx.practiceCard.upsert({ where: key, create: { userId: user.id, questionId: version.questionId, ...next }, update: next });
    return { finished, nextDue: next.due.toISOString() };
  });
}

/** Moves past a question that can no longer be shown (it was deleted from its bank). */
export async function skipQuestion(user: SessionUser, input: unknown): Promise<void> {
  assertCan(user, "practice:use");
  const { runId, position } = saveDraftSchema.pick({ runId: true, position: true }).parse(input);
  const run = await db.practiceRun.findFirst({ where: { id: runId, userId: user.id }, select: { questionIds: true } });
  if (!run) throw new AppError("NOT_FOUND", "No such practice run");
  const finished = position + 1 >= run.questionIds.length;
  const moved = await db.practiceRun.updateMany({
    where: { id: runId, userId: user.id, position, finishedAt: null },
    data: { position: position + 1, draft: await draftFor(db, run.questionIds[position + 1]), finishedAt: finished ? new Date() : null },
  });
  if (!moved.count) await explainMiss(runId, user.id);
}

/** A new share link, working until revoked or, if asked, for a number of days (`input` is `{ lifetime }`). */
export async function createShare(user: SessionUser, input: unknown, now = new Date()): Promise<{ token: string }> {
  assertCan(user, "practice:use");
  const { lifetime } = createShareSchema.parse(input ?? {});
  const expiresAt = lifetime === "never" ? null : new Date(now.getTime() + Number(lifetime) * 24 * 3_600_000);
  const token = newShareToken();
  const share = await db.practiceShare.create({ data: { userId: user.id, tokenHash: hashShareToken(token), expiresAt }, select: { id: true } });
  await audit({ actorId: user.id, action: "practice.share-create", targetType: "practiceShare", targetId: share.id, details: { lifetime } });
  return { token };
}

export async function revokeShare(user: SessionUser, input: unknown): Promise<void> {
  assertCan(user, "practice:use");
  const { shareId } = revokeShareSchema.parse(input);
  const revoked = await db.practiceShare.updateMany({ where: { id: shareId, userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
  if (!revoked.count) throw new AppError("NOT_FOUND", "No such active share link");
  await audit({ actorId: user.id, action: "practice.share-revoke", targetType: "practiceShare", targetId: shareId });
}
