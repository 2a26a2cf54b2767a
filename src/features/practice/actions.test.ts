// Practice actions against the real database; only the session lookup is replaced.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { createBank, createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { requireUser, signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { gradeAction, revealAction, saveDraftAction, startRunAction } from "./actions";
import { getPracticeHome, getRunView } from "./queries";
import { initialDraft, transition, type Draft, type RunEvent } from "./run-state";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

// The queries take the signed-in user, as the pages hand it to them (requirePageUser).
const me = () => requireUser();

const ok = <T>(result: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data;
};

async function currentQuestion(runId: string) {
  const view = await getRunView(await me(), runId);
  if (view?.kind !== "question") throw new Error(`expected a question, got ${view?.kind}`);
  return view;
}

/** Answers the current question through every step, the way the browser does, and grades it. */
async function practiseCurrent(runId: string, grade: 1 | 2 | 3 | 4, wrong: number[] = []) {
  const view = await currentQuestion(runId);
  const ctx = { probeCount: view.question.probeCount, wrongCount: view.question.wrongCount };
  const step = (draft: Draft, ...events: RunEvent[]) => events.reduce((d, e) => transition(d, e, ctx), draft);
  let draft = step(view.draft, { type: "type", text: `my answer to ${view.question.title}` }, { type: "tick", elapsedMs: 42_000 }, { type: "advance" });
  const reveal = ok(await revealAction({ runId, position: view.position, draft }));
  draft = step(draft, { type: "advance" });
  for (let i = 0; i < ctx.probeCount; i++) draft = step(draft, { type: "type", text: `probe answer ${i + 1}` }, { type: "advance" }, { type: "advance" });
  draft = step(draft, ...wrong.map((index) => ({ type: "toggleWrong" as const, index })), { type: "grade", grade });
  const graded = ok(await gradeAction({ runId, position: view.position, draft }));
  return { view, reveal, graded, draft };
}

let candidate: Awaited<ReturnType<typeof createUser>>;
beforeEach(async () => {
  await resetDb();
  candidate = await createUser(db, { role: "CANDIDATE" });
  signInAs(candidate);
});

describe("a practice run", () => {
  it("stores each attempt against the question version answered and reschedules its card", async () => {
    const bank = await createBank(db, { purpose: "PRACTICE" });
    const first = await createQuestion(db, { bankId: bank.id, number: 1, level: "JUNIOR" });
    await createQuestion(db, { bankId: bank.id, number: 2, level: "JUNIOR", probes: [] });
    const { runId } = ok(await startRunAction({ mode: "pick", bankId: bank.id, levels: ["JUNIOR"], count: "2", includeToday: "" }));

    const pinned = await currentQuestion(runId);
    expect(pinned.question.questionId).toBe(first.id);
    expect(pinned.reveal).toBeNull();
    // The question is edited while the candidate is answering: the run keeps the version it showed.
    await db.question.update({ where: { id: first.id }, data: { version: 2, modelAnswer: "EDITED-MODEL-ANSWER" } });
    await db.questionVersion.create({ data: { questionId: first.id, version: 2, level: "JUNIOR", title: first.title, prompt: first.prompt, modelAnswer: "EDITED-MODEL-ANSWER", wrongAnswers: [], probes: [], sections: [] } });

    const before = Date.now();
    const one = await practiseCurrent(runId, 1, [1]);
    expect(one.reveal.modelAnswerHtml).toContain("MODEL-ANSWER-1");
    expect(one.reveal.probes).toHaveLength(2);
    expect(one.graded.finished).toBe(false);
    // The next question starts pinned to its version too.
    const second = await db.question.findFirstOrThrow({ where: { bankId: bank.id, number: 2 }, include: { versions: true } });
    expect((await db.practiceRun.findUniqueOrThrow({ where: { id: runId } })).draft).toMatchObject({ versionId: second.versions[0]!.id, answer: "" });
    const two = await practiseCurrent(runId, 4);
    expect(two.graded.finished).toBe(true);

    const attempts = await db.practiceAttempt.findMany({ where: { runId }, orderBy: { createdAt: "asc" }, include: { questionVersion: true } });
    expect(attempts.map((a) => [a.questionVersion.version, a.grade, a.wrongAnswersGiven, a.durationMs])).toEqual([
      [1, 1, [1], 42_000],
      [1, 4, [], 42_000],
    ]);
    expect(attempts[0]!.questionVersionId).toBe(first.versions[0]!.id);
    expect(attempts[0]!.probeAnswers).toEqual(["probe answer 1", "probe answer 2"]);
    expect(attempts[0]!.answer).toBe(`my answer to ${first.title}`);

    const cards = await db.practiceCard.findMany({ where: { userId: candidate.id }, orderBy: { due: "asc" } });
    expect(cards.map((c) => c.questionId)[0]).toBe(first.id);
    for (const card of cards) {
      expect(card.reps).toBe(1);
      expect(card.lastReview!.getTime()).toBeGreaterThanOrEqual(before);
      expect(card.due.getTime()).toBeGreaterThan(card.lastReview!.getTime());
    }
    // Graded 1 comes back sooner than graded 4.
    expect(cards[0]!.due.getTime()).toBeLessThan(cards[1]!.due.getTime());

    const run = await db.practiceRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run.position).toBe(2);
    expect(run.finishedAt).not.toBeNull();
    const finished = await getRunView(await me(), runId);
    expect(finished).toMatchObject({ kind: "finished", results: [{ grade: 1 }, { grade: 4 }] });

    // A new run shows the edited version.
    const again = ok(await startRunAction({ mode: "question", questionId: first.id }));
    const fresh = await practiseCurrent(again.runId, 3);
    expect(fresh.reveal.modelAnswerHtml).toContain("EDITED-MODEL-ANSWER");
    expect((await db.practiceCard.findUniqueOrThrow({ where: { userId_questionId: { userId: candidate.id, questionId: first.id } } })).reps).toBe(2);
  });

  it("keeps the half-finished step and text across a reload, and refuses stale or out-of-order writes", async () => {
    const question = await createQuestion(db, { purpose: "PRACTICE" });
    const { runId } = ok(await startRunAction({ mode: "question", questionId: question.id }));
    const view = await currentQuestion(runId);
    const typed = transition(view.draft, { type: "type", text: "half an answer" }, { probeCount: 2, wrongCount: 2 });
    ok(await saveDraftAction({ runId, position: 0, draft: typed }));
    const reloaded = await currentQuestion(runId);
    expect(reloaded.draft).toMatchObject({ step: { kind: "answer" }, answer: "half an answer", versionId: view.question.versionId });

    const early = await revealAction({ runId, position: 0, draft: typed });
    expect(early).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    const ungraded = await gradeAction({ runId, position: 0, draft: { ...typed, step: { kind: "grade" } } });
    expect(ungraded).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    const wrongPosition = await saveDraftAction({ runId, position: 3, draft: typed });
    expect(wrongPosition).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    const garbage = await saveDraftAction({ runId, position: -1, draft: { step: "nope" } });
    expect(garbage).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    if (!garbage.ok) expect(Object.keys(garbage.error.fieldErrors ?? {})).toEqual(expect.arrayContaining(["position", "draft.step"]));

    const { draft } = await practiseCurrent(runId, 3);
    const twice = await gradeAction({ runId, position: 0, draft });
    expect(twice).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await db.practiceAttempt.count({ where: { runId } })).toBe(1);
  });

  it("saves code written beside the answer with the draft, and stores it with the attempt", async () => {
    const question = await createQuestion(db, { purpose: "PRACTICE", prompt: "Fix this:\n\n```python\nprint(x\n```" });
    const { runId } = ok(await startRunAction({ mode: "question", questionId: question.id }));
    const view = await currentQuestion(runId);
    expect(view.question.codeLanguage).toBe("python");
    const ctx = { probeCount: view.question.probeCount, wrongCount: view.question.wrongCount };
    const coded = [{ type: "type", text: "A missing parenthesis" }, { type: "code", code: "print(x)\n" }] as RunEvent[];
    const typed = coded.reduce((d, e) => transition(d, e, ctx), view.draft);
    ok(await saveDraftAction({ runId, position: 0, draft: typed }));
    expect((await currentQuestion(runId)).draft).toMatchObject({ code: "print(x)\n", codeLanguage: null });
    // A draft saved before the pad existed (no code fields) still loads, with no code.
    await db.practiceRun.update({ where: { id: runId }, data: { draft: { ...typed, code: undefined, codeLanguage: undefined } } });
    expect((await currentQuestion(runId)).draft).toMatchObject({ answer: "A missing parenthesis", code: "" });
    ok(await saveDraftAction({ runId, position: 0, draft: typed }));

    const { draft } = await practiseCurrent(runId, 2);
    expect(draft.code).toBe("print(x)\n");
    const attempt = await db.practiceAttempt.findFirstOrThrow({ where: { runId } });
    expect(attempt).toMatchObject({ code: "print(x)\n", codeLanguage: "python" });
    const tooLong = await saveDraftAction({ runId, position: 1, draft: { ...typed, code: "x".repeat(100_001) } });
    expect(tooLong).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });

  it("rejects an attempt pinned to another question's version", async () => {
    const mine = await createQuestion(db, { purpose: "PRACTICE" });
    const other = await createQuestion(db, { purpose: "PRACTICE" });
    const { runId } = ok(await startRunAction({ mode: "question", questionId: mine.id }));
    const draft: Draft = { ...initialDraft(other.versions[0]!.id), answer: "x", step: { kind: "grade" }, grade: 4 };
    expect(await gradeAction({ runId, position: 0, draft })).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    expect(await revealAction({ runId, position: 0, draft: { ...draft, step: { kind: "reveal" } } })).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
  });
});

describe("choosing questions", () => {
  it("picks from a bank by level and count, skipping today's questions unless asked, and never archived ones", async () => {
    const bank = await createBank(db, { purpose: "PRACTICE" });
    const j1 = await createQuestion(db, { bankId: bank.id, number: 1, level: "JUNIOR" });
    const j2 = await createQuestion(db, { bankId: bank.id, number: 2, level: "JUNIOR" });
    const s1 = await createQuestion(db, { bankId: bank.id, number: 3, level: "SENIOR" });
    const archived = await createQuestion(db, { bankId: bank.id, number: 4, level: "JUNIOR" });
    await db.question.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    const pick = (extra: Record<string, unknown>) => startRunAction({ mode: "pick", bankId: bank.id, levels: ["JUNIOR"], count: 5, ...extra });
    const first = ok(await pick({}));
    expect((await db.practiceRun.findUniqueOrThrow({ where: { id: first.runId } })).questionIds).toEqual([j1.id, j2.id]);
    await practiseCurrent(first.runId, 2);

    const later = ok(await pick({}));
    const laterRun = await db.practiceRun.findUniqueOrThrow({ where: { id: later.runId } });
    expect(laterRun.questionIds).toEqual([j2.id]);
    // Starting a run closes the unfinished one before it.
    expect((await db.practiceRun.findUniqueOrThrow({ where: { id: first.runId } })).finishedAt).not.toBeNull();
    await practiseCurrent(later.runId, 3);

    expect(await pick({})).toMatchObject({ ok: false, error: { code: "VALIDATION", fieldErrors: { includeToday: [expect.any(String)] } } });
    const asked = ok(await pick({ includeToday: "on", count: 1 }));
    expect((await db.practiceRun.findUniqueOrThrow({ where: { id: asked.runId } })).questionIds).toHaveLength(1);

    const senior = ok(await startRunAction({ mode: "pick", bankId: bank.id, levels: ["SENIOR", "STAFF"], count: 5 }));
    expect((await db.practiceRun.findUniqueOrThrow({ where: { id: senior.runId } })).questionIds).toEqual([s1.id]);

    expect(await startRunAction({ mode: "pick", bankId: bank.id, levels: [], count: 0 })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { levels: [expect.any(String)], count: [expect.any(String)] } },
    });
    expect(await startRunAction({ mode: "question", questionId: archived.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("queues what is due today, and a question comes back once its due date has passed", async () => {
    const question = await createQuestion(db, { purpose: "PRACTICE" });
    expect(await startRunAction({ mode: "due" })).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    const { runId } = ok(await startRunAction({ mode: "question", questionId: question.id }));
    await practiseCurrent(runId, 1);
    expect((await getPracticeHome(await me())).dueCount).toBe(0);

    // The clock moves forward, from the card's point of view: its review and due date are in the past.
    const card = await db.practiceCard.findUniqueOrThrow({ where: { userId_questionId: { userId: candidate.id, questionId: question.id } } });
    const shift = 3 * 86_400_000;
    await db.practiceCard.update({ where: { id: card.id }, data: { due: new Date(card.due.getTime() - shift), lastReview: new Date(card.lastReview!.getTime() - shift) } });
    expect((await getPracticeHome(await me())).dueCount).toBe(1);

    const due = ok(await startRunAction({ mode: "due" }));
    expect((await db.practiceRun.findUniqueOrThrow({ where: { id: due.runId } })).questionIds).toEqual([question.id]);
    await practiseCurrent(due.runId, 3);
    expect((await getPracticeHome(await me())).dueCount).toBe(0);
    expect((await db.practiceCard.findUniqueOrThrow({ where: { id: card.id } })).reps).toBe(2);
  });
});
