// Practice reaches practice banks only (scope.ts), on the real database: an interview bank is
// never offered, and rows made while a bank was for practice (attempts, cards, runs, drafts)
// vanish from every practice read and write once the bank is for interviews, and come back if it
// is made a practice bank again: hidden, never deleted.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { createBank, createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { requireUser, signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { createShareAction, gradeAction, revealAction, startRunAction } from "./actions";
import { getMyProgress, getPracticeHome, getQuestionHistory, getRunView, getSharedProgress } from "./queries";
import type { Draft } from "./run-state";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

const me = () => requireUser();

const ok = <T>(result: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data;
};

type Question = Awaited<ReturnType<typeof createQuestion>>;

/** Every piece of text of a question that must never reach a candidate while its bank is for interviews. */
const textOf = (q: Question) => [
  q.title,
  q.prompt,
  q.modelAnswer,
  ...(q.wrongAnswers as Array<{ answer: string; why: string }>).flatMap((w) => [w.answer, w.why]),
  ...(q.probes as Array<{ question: string; answer: string }>).flatMap((p) => [p.question, p.answer]),
];

function expectNoneOf(value: unknown, q: Question) {
  const json = JSON.stringify(value);
  for (const text of textOf(q)) expect(json, `leaked: ${text}`).not.toContain(text);
}

/** Answers and grades the run's current question, the way the browser does. */
async function practise(runId: string, grade: 1 | 2 | 3 | 4) {
  const view = await getRunView(await me(), runId);
  if (view?.kind !== "question") throw new Error(`expected a question, got ${view?.kind}`);
  const base: Draft = { ...view.draft, answer: "my answer", probeAnswers: ["a", "b"], step: { kind: "reveal" } };
  ok(await revealAction({ runId, position: view.position, draft: base }));
  ok(await gradeAction({ runId, position: view.position, draft: { ...base, step: { kind: "grade" }, grade } }));
}

let candidate: Awaited<ReturnType<typeof createUser>>;
beforeEach(async () => {
  await resetDb();
  candidate = await createUser(db, { role: "CANDIDATE", name: "Casey Candidate" });
  signInAs(candidate);
});

describe("an interview bank", () => {
  it("is never offered: not on the home page, not by bank, not by question, not as due", async () => {
    const interview = await createBank(db, { purpose: "INTERVIEW", name: "Interview bank" });
    const secret = await createQuestion(db, { bankId: interview.id, number: 1 });
    const practice = await createBank(db, { purpose: "PRACTICE", name: "Practice bank" });
    await createQuestion(db, { bankId: practice.id, number: 1 });

    const home = await getPracticeHome(await me());
    expect(home.banks.map((b) => b.name)).toEqual(["Practice bank"]);
    expectNoneOf(home, secret);
    expect(await startRunAction({ mode: "pick", bankId: interview.id, levels: ["JUNIOR"], count: 1 })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { bankId: [expect.any(String)] } },
    });
    expect(await startRunAction({ mode: "question", questionId: secret.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });

    // Even a card due today on an interview question (left by hand here) is not queued.
    await db.practiceCard.create({
      data: { userId: candidate.id, questionId: secret.id, due: new Date(Date.now() - 86_400_000), stability: 1, difficulty: 5, elapsedDays: 1, scheduledDays: 1, reps: 1, lapses: 0, state: 2 },
    });
    expect((await getPracticeHome(await me())).dueCount).toBe(0);
    expect(await startRunAction({ mode: "due" })).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
  });

  it("cannot be revealed or graded through a run that names its version", async () => {
    const mine = await createQuestion(db, { purpose: "PRACTICE" });
    const secret = await createQuestion(db, { purpose: "INTERVIEW" });
    const { runId } = ok(await startRunAction({ mode: "question", questionId: mine.id }));
    // A run edited to hold the interview question, with a draft pinned to its version.
    await db.practiceRun.update({ where: { id: runId }, data: { questionIds: [secret.id] } });
    const draft: Draft = { versionId: secret.versions[0]!.id, step: { kind: "reveal" }, answer: "x", probeAnswers: [], wrongAnswersGiven: [], grade: null, elapsedMs: 0, code: "", codeLanguage: null };
    const revealed = await revealAction({ runId, position: 0, draft });
    expect(revealed).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    expectNoneOf(revealed, secret);
    expect(await gradeAction({ runId, position: 0, draft: { ...draft, step: { kind: "grade" }, grade: 3 } })).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    expect(await getRunView(await me(), runId)).toMatchObject({ kind: "missing" });
    expect(await db.practiceAttempt.count()).toBe(0);
  });
});

describe("a practice bank that becomes an interview bank", () => {
  it("takes everything practised on it out of the candidate's reach, and gives it back if made a practice bank again", async () => {
    const bank = await createBank(db, { purpose: "PRACTICE", name: "Soon for interviews" });
    const q1 = await createQuestion(db, { bankId: bank.id, number: 1 });
    const q2 = await createQuestion(db, { bankId: bank.id, number: 2 });
    const other = await createQuestion(db, { purpose: "PRACTICE", number: 3, title: "A question that stays offered" });

    // Practised before the change: q1 (due again), a finished run; an unfinished run now on q2.
    const first = ok(await startRunAction({ mode: "pick", bankId: bank.id, levels: ["JUNIOR"], count: 1 }));
    await practise(first.runId, 1);
    const card = await db.practiceCard.findUniqueOrThrow({ where: { userId_questionId: { userId: candidate.id, questionId: q1.id } } });
    await db.practiceCard.update({ where: { id: card.id }, data: { due: new Date(Date.now() - 3 * 86_400_000), lastReview: new Date(Date.now() - 4 * 86_400_000) } });
    const otherRun = ok(await startRunAction({ mode: "question", questionId: other.id }));
    await practise(otherRun.runId, 2);
    const unfinished = ok(await startRunAction({ mode: "question", questionId: q2.id }));
    const { token } = ok(await createShareAction());

    expect((await getPracticeHome(await me())).dueCount).toBe(1);
    expect((await getMyProgress(await me())).totals.attempts).toBe(2);

    await db.bank.update({ where: { id: bank.id }, data: { purpose: "INTERVIEW" } });

    const home = await getPracticeHome(await me());
    expect(home.banks.map((b) => b.name)).not.toContain("Soon for interviews");
    expect(home.dueCount).toBe(0);
    expect(home.totals.attempts).toBe(1);
    const progress = await getMyProgress(await me());
    expect(progress.questions.map((q) => q.questionId)).toEqual([other.id]);
    expect(progress.byBank.map((b) => b.label)).not.toContain("Soon for interviews");
    const shared = await getSharedProgress(token);
    expect(shared?.progress.totals.attempts).toBe(1);
    expect(await getQuestionHistory(await me(), q1.id)).toBeNull();
    const finished = await getRunView(await me(), first.runId);
    expect(finished).toMatchObject({ kind: "finished", results: [] });
    expect(await getRunView(await me(), unfinished.runId)).toMatchObject({ kind: "missing" });
    for (const seen of [home, progress, shared, finished]) {
      expectNoneOf(seen, q1);
      expectNoneOf(seen, q2);
    }
    expect(await startRunAction({ mode: "due" })).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    expect(await startRunAction({ mode: "question", questionId: q1.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    // The draft still pinned to q2's version cannot reveal it either.
    const pinned = (await db.practiceRun.findUniqueOrThrow({ where: { id: unfinished.runId } })).draft as Draft;
    const revealed = await revealAction({ runId: unfinished.runId, position: 0, draft: { ...pinned, answer: "late", step: { kind: "reveal" } } });
    expect(revealed).toMatchObject({ ok: false });
    expectNoneOf(revealed, q2);

    // Hidden, not deleted: a practice bank again, and all of it is back.
    await db.bank.update({ where: { id: bank.id }, data: { purpose: "PRACTICE" } });
    expect((await getMyProgress(await me())).totals.attempts).toBe(2);
    expect((await getQuestionHistory(await me(), q1.id))?.attempts).toHaveLength(1);
    expect((await getPracticeHome(await me())).dueCount).toBe(1);
  });
});
