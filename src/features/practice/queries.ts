import "server-only";
// Reads for practice pages. Every query takes the signed-in user, checks practice:use, and is
// scoped to that candidate's own rows (userId in the where clause), so another candidate's run or
// history is simply not found; and to practice banks (scope.ts), so nothing of an interview bank
// is ever read here, whenever the row was made.
import { activeQuestionWhere } from "@/features/questions/queries";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { draftSchema } from "./schemas";
import { contextOf, toHistoryAttempt, toQuestionView, toRevealView, versionSelect, type RunView } from "./dto";
import { canSeePractice } from "./policy";
import { summarizeProgress, type Progress } from "./progress";
import { initialDraft, isRevealed, reconcile } from "./run-state";
import { dueQueue } from "./scheduling";
import { offeredQuestionWhere, practiceAttemptWhere, practiceBankWhere, practiceQuestionWhere, practiceVersionWhere } from "./scope";
import { hashShareToken } from "./share-token";

function activeCards(userId: string) {
  return db.practiceCard.findMany({ where: { userId, question: offeredQuestionWhere }, select: { questionId: true, due: true, lastReview: true } });
}

/** The candidate's own scheduled cards of questions still offered (the due queue). */
export async function dueCards(user: SessionUser) {
  assertCan(user, "practice:use");
  return activeCards(user.id);
}

async function loadProgress(userId: string, now: Date): Promise<Progress> {
  const [attempts, cards] = await Promise.all([
    db.practiceAttempt.findMany({ where: { userId, ...practiceAttemptWhere }, select: { questionId: true, grade: true, createdAt: true } }),
    activeCards(userId),
  ]);
  const ids = [...new Set([...attempts.map((a) => a.questionId), ...cards.map((c) => c.questionId)])];
  const questions = await db.question.findMany({
    where: { id: { in: ids }, ...practiceQuestionWhere },
    select: { id: true, title: true, level: true, bankId: true, bank: { select: { name: true } } },
  });
  return summarizeProgress({
    attempts,
    cards,
    questions: questions.map((q) => ({ id: q.id, title: q.title, level: q.level, bankId: q.bankId, bankName: q.bank.name })),
    now,
  });
}

/** The practice banks with questions to offer (practice and mock interviews pick from these). */
export async function offeredBanks(): Promise<Array<{ id: string; name: string; questionCount: number }>> {
  const banks = await db.bank.findMany({
    where: { ...practiceBankWhere, questions: { some: activeQuestionWhere } },
    select: { id: true, name: true, _count: { select: { questions: { where: activeQuestionWhere } } } },
    orderBy: { name: "asc" },
  });
  return banks.map((b) => ({ id: b.id, name: b.name, questionCount: b._count.questions }));
}

export async function getPracticeHome(user: SessionUser, now = new Date()) {
  assertCan(user, "practice:use");
  const [banks, cards, unfinished, progress] = await Promise.all([
    offeredBanks(),
    activeCards(user.id),
    db.practiceRun.findFirst({
      where: { userId: user.id, finishedAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, position: true, questionIds: true, createdAt: true },
    }),
    loadProgress(user.id, now),
  ]);
  return {
    banks,
    dueCount: dueQueue(cards, now).length,
    unfinished: unfinished ? { id: unfinished.id, position: unfinished.position, total: unfinished.questionIds.length, startedAt: unfinished.createdAt } : null,
    totals: progress.totals,
    streak: progress.streak,
  };
}

export async function getMyProgress(user: SessionUser, now = new Date()): Promise<Progress> {
  assertCan(user, "practice:use");
  return loadProgress(user.id, now);
}

export async function getRunView(user: SessionUser, runId: string): Promise<RunView | null> {
  assertCan(user, "practice:use");
  const run = await db.practiceRun.findFirst({ where: { id: runId, userId: user.id } });
  if (!run || !canSeePractice(user, run)) return null;
  const total = run.questionIds.length;

  if (run.finishedAt || run.position >= total) {
    const attempts = await db.practiceAttempt.findMany({
      where: { runId: run.id, userId: user.id, ...practiceAttemptWhere },
      orderBy: { createdAt: "asc" },
      select: { questionId: true, grade: true, durationMs: true, questionVersion: { select: { title: true } } },
    });
    const cards = await db.practiceCard.findMany({
      where: { userId: user.id, questionId: { in: attempts.map((a) => a.questionId) } },
      select: { questionId: true, due: true },
    });
    const dueOf = new Map(cards.map((c) => [c.questionId, c.due]));
    return {
      kind: "finished",
      runId: run.id,
      total,
      results: attempts.map((a) => ({ questionId: a.questionId, title: a.questionVersion.title, grade: a.grade, durationMs: a.durationMs, nextDue: dueOf.get(a.questionId) ?? null })),
    };
  }

  const questionId = run.questionIds[run.position]!;
  // A question deleted since the run started, or whose bank is now an interview bank: skipped.
  const question = await db.question.findFirst({ where: { id: questionId, ...practiceQuestionWhere }, select: { version: true, bank: { select: { name: true } } } });
  if (!question) return { kind: "missing", runId: run.id, position: run.position, total };

  const stored = draftSchema.safeParse(run.draft);
  const pinned = stored.success ? stored.data.versionId : null;
  const version =
    (pinned ? await db.questionVersion.findFirst({ where: { id: pinned, questionId, ...practiceVersionWhere }, select: versionSelect }) : null) ??
    (await db.questionVersion.findUniqueOrThrow({ where: { questionId_version: { questionId, version: question.version } }, select: versionSelect }));
  const draft = reconcile({ ...(stored.success ? stored.data : initialDraft()), versionId: version.id }, contextOf(version));
  return {
    kind: "question",
    runId: run.id,
    position: run.position,
    total,
    question: toQuestionView(version, question.bank.name),
    draft,
    reveal: isRevealed(draft.step) ? toRevealView(version) : null,
  };
}

export async function getQuestionHistory(user: SessionUser, questionId: string, now = new Date()) {
  assertCan(user, "practice:use");
  const attempts = await db.practiceAttempt.findMany({
    where: { userId: user.id, questionId, ...practiceAttemptWhere },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      createdAt: true,
      grade: true,
      durationMs: true,
      answer: true,
      probeAnswers: true,
      wrongAnswersGiven: true,
      questionVersion: { select: { version: true, title: true, level: true, probes: true, wrongAnswers: true } },
      mockQuestion: { select: { notes: true } },
    },
  });
  // Nothing practised here (or someone else's question history): not found, never "forbidden".
  if (!attempts.length) return null;
  const [question, card] = await Promise.all([
    db.question.findFirst({ where: { id: questionId, ...offeredQuestionWhere }, select: { title: true, level: true, bank: { select: { name: true } } } }),
    db.practiceCard.findUnique({ where: { userId_questionId: { userId: user.id, questionId } }, select: { due: true, reps: true, lapses: true } }),
  ]);
  const latest = attempts[0]!.questionVersion;
  return {
    questionId,
    title: question?.title ?? latest.title,
    level: question?.level ?? latest.level,
    bankName: question?.bank.name ?? null,
    canPractise: !!question,
    card: card ? { nextDue: card.due, reps: card.reps, lapses: card.lapses, overdue: card.due.getTime() <= now.getTime() } : null,
    attempts: attempts.map(toHistoryAttempt),
  };
}

export type ShareRow = { id: string; createdAt: Date; revokedAt: Date | null; expiresAt: Date | null; status: "active" | "revoked" | "expired" };

export async function listMyShares(user: SessionUser, now = new Date()): Promise<ShareRow[]> {
  assertCan(user, "practice:use");
  const rows = await db.practiceShare.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, revokedAt: true, expiresAt: true },
  });
  return rows.map((row) => ({ ...row, status: row.revokedAt ? "revoked" : row.expiresAt && row.expiresAt <= now ? "expired" : "active" }));
}

/**
 * The public, read-only view behind a share link; null for an unknown, revoked or expired link. No user:
 * the link's token is the credential (like a candidate's join link), and only aggregates go out.
 */
export async function getSharedProgress(token: string, now = new Date()) {
  const share = await db.practiceShare.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: { revokedAt: true, expiresAt: true, userId: true, user: { select: { name: true, active: true } } },
  });
  if (!share || share.revokedAt || (share.expiresAt && share.expiresAt <= now) || !share.user.active) return null;
  return { name: share.user.name, progress: await loadProgress(share.userId, now) };
}
