// Who reaches a mock interview, on the real database: its owner by id, the friend by link, while
// the link is open; nobody else, and no interview-bank question ever gets into one. And what the
// end does: the friend's ratings become practice attempts and move the candidate's cards.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { candidateStateByToken } from "@/features/sessions/live/candidate-queries";
import { db } from "@/server/db";
import { createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { requireUser, signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { cancelMockAction, createMockAction } from "../actions";
import { applyFriendAction, saveFriendNote } from "./mutations";
import { NOTES_GRACE_MS } from "./policy";
import { getFriendView, getMockCandidateView, getMockResults, listMyMocks } from "./queries";
import { dueCards, getQuestionHistory } from "../queries";
import { addDays, dueQueue } from "../scheduling";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

type User = Awaited<ReturnType<typeof createUser>>;
let alice: User;
let bob: User;
let practiceIds: string[];
let interviewQuestionId: string;

const ok = <T>(result: { ok: true; data: T } | { ok: false; error: { code: string } }): T => {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.data;
};
// A zod failure is what the route answers as 400 VALIDATION (src/server/errors.ts).
const code = async (promise: Promise<unknown>) =>
  promise.then(() => "ok", (error: { code?: string; name?: string }) => (error.name === "ZodError" ? "VALIDATION" : (error.code ?? String(error))));
const note = (rating: 1 | 2 | 3 | 4 | null, notes: string, revision: number) => ({ rating, notes, heardWrongAnswers: [], hintedProbes: [], revision });

beforeEach(async () => {
  await resetDb();
  alice = await createUser(db, { role: "CANDIDATE", name: "Alice Candidate" });
  bob = await createUser(db, { role: "CANDIDATE", name: "Bob Candidate" });
  const first = await createQuestion(db, { purpose: "PRACTICE" });
  const second = await createQuestion(db, { bankId: first.bankId });
  practiceIds = [first.id, second.id];
  interviewQuestionId = (await createQuestion(db, { purpose: "INTERVIEW" })).id;
  signInAs(alice);
});

async function aliceMock() {
  signInAs(alice);
  return ok(await createMockAction({ mode: "questions", questionIds: practiceIds }));
}

describe("creating a mock", () => {
  it("takes practice-bank questions, by id or by bank and level", async () => {
    const { id, friendToken } = await aliceMock();
    expect(friendToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db.mockInterview.findUniqueOrThrow({ where: { id }, select: { friendTokenHash: true, userId: true, _count: { select: { questions: true } } } });
    expect(stored.friendTokenHash).not.toContain(friendToken);
    expect(stored).toMatchObject({ userId: alice.id, _count: { questions: 2 } });
    const bankId = (await db.question.findUniqueOrThrow({ where: { id: practiceIds[0] } })).bankId;
    const picked = ok(await createMockAction({ mode: "pick", bankId, levels: ["JUNIOR"], count: 1 }));
    expect(await db.mockQuestion.count({ where: { mockId: picked.id } })).toBe(1);
  });

  it("refuses an interview-bank question or bank with 404, and writes nothing", async () => {
    const byId = await createMockAction({ mode: "questions", questionIds: [practiceIds[0]!, interviewQuestionId] });
    expect(byId).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    const interviewBank = (await db.question.findUniqueOrThrow({ where: { id: interviewQuestionId } })).bankId;
    const byBank = await createMockAction({ mode: "pick", bankId: interviewBank, levels: ["JUNIOR"], count: 3 });
    expect(byBank).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await db.mockInterview.count()).toBe(0);
  });

  it("is for candidates only, and validates its input", async () => {
    signInAs(await createUser(db, { role: "INTERVIEWER" }));
    expect(await createMockAction({ mode: "questions", questionIds: practiceIds })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    signInAs(alice);
    expect(await createMockAction({ mode: "questions", questionIds: [] })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });
});

describe("another candidate", () => {
  it("cannot see, list or cancel Alice's mock", async () => {
    const { id } = await aliceMock();
    signInAs(bob);
    expect(await code(getMockCandidateView(await requireUser(), id))).toBe("NOT_FOUND");
    expect(await listMyMocks(await requireUser())).toEqual([]);
    expect(await cancelMockAction({ id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect((await db.mockInterview.findUniqueOrThrow({ where: { id } })).status).toBe("SCHEDULED");
  });
});

describe("the friend's link", () => {
  it("opens the cockpit of that mock only, and no candidate join route", async () => {
    const { id, friendToken } = await aliceMock();
    const view = await getFriendView(friendToken);
    expect(view).toMatchObject({ id, kind: "mock", endpoint: `/api/mock/${friendToken}`, total: 2 });
    expect(view.questions[0]!.modelAnswerHtml).toContain("MODEL-ANSWER");
    expect(await candidateStateByToken(friendToken)).toBeNull();
  });

  it("a malformed or unknown link is 404", async () => {
    await aliceMock();
    expect(await code(getFriendView("nope"))).toBe("NOT_FOUND");
    expect(await code(getFriendView("A".repeat(43)))).toBe("NOT_FOUND");
  });

  it("after the end it still takes notes for a day, then is dead for everything", async () => {
    const { id, friendToken } = await aliceMock();
    await applyFriendAction(friendToken, { type: "start" });
    await applyFriendAction(friendToken, { type: "end" });
    // Within the grace day: notes yes, moves no (the machine says the interview is over).
    expect((await saveFriendNote(friendToken, 0, note(3, "late note", 0))).rating).toBe(3);
    expect(await code(applyFriendAction(friendToken, { type: "start" }))).toBe("CONFLICT");
    const later = new Date(Date.now() + NOTES_GRACE_MS + 60_000);
    expect(await code(getFriendView(friendToken, later))).toBe("NOT_FOUND");
    expect(await code(saveFriendNote(friendToken, 0, note(1, "too late", 1), later))).toBe("NOT_FOUND");
    // The same, with the end moved back in the database.
    await db.mockInterview.update({ where: { id }, data: { endedAt: new Date(Date.now() - NOTES_GRACE_MS - 1000) } });
    expect(await code(getFriendView(friendToken))).toBe("NOT_FOUND");
  });

  it("dies at once when the candidate cancels the mock", async () => {
    const { id, friendToken } = await aliceMock();
    ok(await cancelMockAction({ id }));
    expect(await code(getFriendView(friendToken))).toBe("NOT_FOUND");
  });

  it("a stale note save is a 409 and changes nothing; bad input is a 400", async () => {
    const { friendToken } = await aliceMock();
    await saveFriendNote(friendToken, 0, note(2, "first", 0));
    expect(await code(saveFriendNote(friendToken, 0, note(4, "stale", 0)))).toBe("CONFLICT");
    expect(await code(saveFriendNote(friendToken, 0, { rating: 9 }))).toBe("VALIDATION");
    expect(await code(saveFriendNote(friendToken, 7, note(2, "x", 0)))).toBe("NOT_FOUND");
    expect((await getFriendView(friendToken)).questions[0]!.note).toMatchObject({ rating: 2, notes: "first", revision: 1 });
  });
});

describe("the candidate's side", () => {
  it("shows only the prompt and the revealed probes", async () => {
    const { id, friendToken } = await aliceMock();
    await applyFriendAction(friendToken, { type: "start" });
    await applyFriendAction(friendToken, { type: "reveal-probe" });
    const view = await getMockCandidateView(await requireUser(), id);
    expect(view.question?.revealedProbes).toHaveLength(1);
    const text = JSON.stringify(view);
    for (const secret of ["MODEL-ANSWER", "WRONG-ANSWER", "WHY-", "EXPECTED-PROBE-ANSWER", "SECTION-BODY"]) expect(text).not.toContain(secret);
  });
});

describe("the end feeds practice", () => {
  it("each rated question becomes an attempt graded by the friend and moves its card; unrated ones do not", async () => {
    const { friendToken } = await aliceMock();
    await applyFriendAction(friendToken, { type: "start" });
    await saveFriendNote(friendToken, 0, note(2, "shaky on detection", 0));
    await applyFriendAction(friendToken, { type: "end" });
    const attempts = await db.practiceAttempt.findMany({ where: { userId: alice.id }, select: { questionId: true, grade: true, mockQuestionId: true } });
    expect(attempts).toEqual([{ questionId: practiceIds[0], grade: 2, mockQuestionId: expect.any(String) }]);
    const card = await db.practiceCard.findUniqueOrThrow({ where: { userId_questionId: { userId: alice.id, questionId: practiceIds[0]! } } });
    expect(card.reps).toBe(1);
    expect(await db.practiceCard.count({ where: { questionId: practiceIds[1] } })).toBe(0);

    // Rated after the end: recorded then; re-rated: the grade follows, the card is not reviewed twice.
    await saveFriendNote(friendToken, 1, note(4, "solid", 0));
    await saveFriendNote(friendToken, 0, note(3, "better on reflection", 1));
    const grades = await db.practiceAttempt.findMany({ where: { userId: alice.id }, orderBy: { questionId: "asc" }, select: { questionId: true, grade: true } });
    expect(grades).toEqual([...practiceIds].sort().map((questionId) => ({ questionId, grade: questionId === practiceIds[0] ? 3 : 4 })));
    expect((await db.practiceCard.findUniqueOrThrow({ where: { userId_questionId: { userId: alice.id, questionId: practiceIds[0]! } } })).reps).toBe(1);
  });

  it("a mock cancelled before it started records nothing", async () => {
    const { id, friendToken } = await aliceMock();
    await saveFriendNote(friendToken, 0, note(4, "never asked", 0));
    ok(await cancelMockAction({ id }));
    expect(await db.practiceAttempt.count()).toBe(0);
  });

  it("the history shows the friend's rating, notes and the wrong answers they heard; a 'Wrong' brings the question back soon", async () => {
    const { id, friendToken } = await aliceMock();
    await applyFriendAction(friendToken, { type: "start" });
    await saveFriendNote(friendToken, 0, { rating: 1, notes: "FRIEND-NOTE: said a mutex always fixes it", heardWrongAnswers: [1], hintedProbes: [], revision: 0 });
    expect(await getMockResults(await requireUser(), id)).toBeNull();
    await applyFriendAction(friendToken, { type: "end" });

    const history = await getQuestionHistory(await requireUser(), practiceIds[0]!);
    expect(history?.attempts).toHaveLength(1);
    expect(history!.attempts[0]).toMatchObject({ grade: 1, mock: { notes: "FRIEND-NOTE: said a mutex always fixes it" } });
    expect(history!.attempts[0]!.wrongAnswersGiven[0]).toContain("WRONG-ANSWER");
    expect(history!.attempts[0]!.wrongAnswersGiven[0]).toContain("-B:");
    expect(await getMockResults(await requireUser(), id)).toEqual([
      { questionId: practiceIds[0], title: expect.any(String), rating: 1, notes: "FRIEND-NOTE: said a mutex always fixes it" },
      { questionId: practiceIds[1], title: expect.any(String), rating: null, notes: "" },
    ]);
    expect(dueQueue(await dueCards(await requireUser()), addDays(new Date(), 1))).toContain(practiceIds[0]);

    signInAs(bob);
    expect(await getQuestionHistory(await requireUser(), practiceIds[0]!)).toBeNull();
    expect(await code(getMockResults(await requireUser(), id))).toBe("NOT_FOUND");
  });
});
