// One candidate's practice is invisible to everyone else: other candidates get "not found",
// other roles get "forbidden", and a share link shows it read-only until it is revoked.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { requireUser, signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { createShareAction, gradeAction, revealAction, revokeShareAction, saveDraftAction, skipQuestionAction, startRunAction } from "./actions";
import { getMyProgress, getPracticeHome, getQuestionHistory, getRunView, getSharedProgress, listMyShares } from "./queries";
import { hashShareToken } from "./share-token";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

// The queries take the signed-in user, as the pages hand it to them (requirePageUser).
const me = () => requireUser();

type User = Awaited<ReturnType<typeof createUser>>;
let alice: User;
let bob: User;
let questionId: string;
let runId: string;

const ok = <T>(result: { ok: true; data: T } | { ok: false; error: { code: string } }): T => {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.data;
};

beforeEach(async () => {
  await resetDb();
  alice = await createUser(db, { role: "CANDIDATE", name: "Alice Candidate" });
  bob = await createUser(db, { role: "CANDIDATE", name: "Bob Candidate" });
  const question = await createQuestion(db, { probes: [], purpose: "PRACTICE" });
  questionId = question.id;
  signInAs(alice);
  runId = ok(await startRunAction({ mode: "question", questionId })).runId;
  const versionId = question.versions[0]!.id;
  const base = { versionId, answer: "ALICE-PRIVATE-ANSWER", probeAnswers: [], wrongAnswersGiven: [], grade: null, elapsedMs: 1000 };
  ok(await revealAction({ runId, position: 0, draft: { ...base, step: { kind: "reveal" } } }));
  ok(await gradeAction({ runId, position: 0, draft: { ...base, step: { kind: "grade" }, grade: 2 } }));
  runId = ok(await startRunAction({ mode: "question", questionId })).runId;
});

describe("another candidate", () => {
  beforeEach(() => signInAs(bob));

  it("cannot read Alice's run, history or progress", async () => {
    expect(await getRunView(await me(), runId)).toBeNull();
    expect(await getQuestionHistory(await me(), questionId)).toBeNull();
    const progress = await getMyProgress(await me());
    expect(progress.totals.attempts).toBe(0);
    expect((await getPracticeHome(await me())).unfinished).toBeNull();
    expect(await listMyShares(await me())).toEqual([]);
  });

  it("cannot write to Alice's run: every action says not found and nothing changes", async () => {
    const draft = { versionId: null, step: { kind: "answer" }, answer: "BOB", probeAnswers: [], wrongAnswersGiven: [], grade: null, elapsedMs: 0 };
    for (const result of [
      await saveDraftAction({ runId, position: 0, draft }),
      await revealAction({ runId, position: 0, draft: { ...draft, step: { kind: "reveal" } } }),
      await gradeAction({ runId, position: 0, draft: { ...draft, step: { kind: "grade" }, grade: 4 } }),
      await skipQuestionAction({ runId, position: 0 }),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    }
    const run = await db.practiceRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run.position).toBe(0);
    expect(JSON.stringify(run.draft)).not.toContain("BOB");
    expect(await db.practiceAttempt.count({ where: { userId: bob.id } })).toBe(0);
  });

  it("cannot revoke Alice's share link", async () => {
    signInAs(alice);
    ok(await createShareAction());
    const [share] = await listMyShares(await me());
    signInAs(bob);
    expect(await revokeShareAction({ shareId: share!.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect((await db.practiceShare.findUniqueOrThrow({ where: { id: share!.id } })).revokedAt).toBeNull();
  });
});

describe("other roles", () => {
  it.each(["INTERVIEWER", "HIRING_MANAGER", "ADMIN"] as const)("%s is forbidden from every practice query and action", async (role) => {
    signInAs(await createUser(db, { role }));
    await expect(getRunView(await me(), runId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getQuestionHistory(await me(), questionId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getMyProgress(await me())).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await startRunAction({ mode: "due" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await saveDraftAction({ runId, position: 0, draft: {} })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await createShareAction()).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("refuses anyone signed out", async () => {
    signInAs(null);
    await expect(me().then((user) => getPracticeHome(user))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await gradeAction({})).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
  });
});

describe("the owner", () => {
  it("sees their own run and history", async () => {
    expect(await getRunView(await me(), runId)).toMatchObject({ kind: "question", position: 0 });
    const history = await getQuestionHistory(await me(), questionId);
    expect(history?.attempts.map((a) => [a.answer, a.grade])).toEqual([["ALICE-PRIVATE-ANSWER", 2]]);
  });

  it("shares progress read-only through a link stored only as a hash, until revoked", async () => {
    const { token } = ok(await createShareAction());
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db.practiceShare.findFirstOrThrow({ where: { userId: alice.id } });
    expect(stored.tokenHash).toBe(hashShareToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const shared = await getSharedProgress(token);
    expect(shared?.name).toBe("Alice Candidate");
    expect(shared?.progress.totals).toMatchObject({ attempted: 1, attempts: 1, averageGrade: 2 });
    // Aggregates only: the candidate's answers never go out through the link.
    expect(JSON.stringify(shared)).not.toContain("ALICE-PRIVATE-ANSWER");

    expect(await getSharedProgress(token.replace(/.$/, (c) => (c === "A" ? "B" : "A")))).toBeNull();
    ok(await revokeShareAction({ shareId: stored.id }));
    expect(await getSharedProgress(token)).toBeNull();
    expect(await revokeShareAction({ shareId: stored.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await db.auditEntry.count({ where: { actorId: alice.id, action: { in: ["practice.share-create", "practice.share-revoke"] } } })).toBe(2);
  });

  it("takes an optional expiry, after which the link answers like a revoked one", async () => {
    const { token } = ok(await createShareAction({ lifetime: "7" }));
    const day = 24 * 3_600_000;
    expect(await getSharedProgress(token, new Date(Date.now() + 6 * day))).not.toBeNull();
    expect(await getSharedProgress(token, new Date(Date.now() + 7 * day + 60_000))).toBeNull();
    const [share] = await listMyShares(await me(), new Date(Date.now() + 8 * day));
    expect(share).toMatchObject({ status: "expired" });
    expect(await createShareAction({ lifetime: "forever" })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });

  it("stops sharing when the account is deactivated", async () => {
    const { token } = ok(await createShareAction());
    await db.user.update({ where: { id: alice.id }, data: { active: false } });
    expect(await getSharedProgress(token)).toBeNull();
  });
});
