// Jumping to any question and undoing a reveal, through the real route handlers on the real
// database: the server's clock decides the 10 seconds, the revision decides whose action it is.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getLive } from "@/app/api/live/[token]/route";
import { POST as postSessions } from "@/app/api/sessions/route";
import { POST as postAction } from "@/app/api/sessions/[id]/actions/route";
import { db } from "@/server/db";
import { createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import type { InterviewerView } from "./types";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

type User = Awaited<ReturnType<typeof createUser>>;
let ivan: User;
let iris: User;
let session: { id: string; token: string };

const ctx = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });
const act = (as: User, body: unknown) => {
  signInAs(as);
  return postAction(new Request(`http://probe.test/api/sessions/${session.id}/actions`, { method: "POST", body: JSON.stringify(body) }), ctx({ id: session.id }));
};
async function ok(as: User, body: unknown): Promise<InterviewerView> {
  const response = await act(as, body);
  expect(response.status, JSON.stringify(await response.clone().json())).toBe(200);
  return (await response.json()) as InterviewerView;
}
async function refused(as: User, body: unknown, status: number, message: RegExp) {
  const response = await act(as, body);
  expect(response.status).toBe(status);
  expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(message);
}
const candidateProbes = async () => {
  const response = await getLive(new Request(`http://probe.test/api/live/${session.token}`), ctx({ token: session.token }));
  return ((await response.json()) as { question: { revealedProbes: Array<{ question: string }> } }).question.revealedProbes.map((p) => p.question);
};

beforeEach(async () => {
  await resetDb();
  ivan = await createUser(db, { role: "INTERVIEWER" });
  iris = await createUser(db, { role: "INTERVIEWER" });
  const probes = [
    { question: "First probe?", answer: "EXPECTED-1" },
    { question: "Second probe?", answer: "EXPECTED-2" },
  ];
  const questions = await Promise.all([createQuestion(db, { probes }), createQuestion(db), createQuestion(db), createQuestion(db)]);
  signInAs(ivan);
  const created = await postSessions(
    new Request("http://probe.test/api/sessions", {
      method: "POST",
      body: JSON.stringify({ candidateName: "Ana", questionIds: questions.map((q) => q.id), interviewerEmails: [iris.email] }),
    }),
  );
  const body = (await created.json()) as { id: string; joinUrl: string };
  session = { id: body.id, token: new URL(body.joinUrl).pathname.split("/").pop()! };
  await ok(ivan, { type: "start" });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("goto", () => {
  it("jumps to any question and back; time spent stays with each question", async () => {
    let view = await ok(ivan, { type: "goto", position: 3, expectedRevision: 1 });
    expect(view).toMatchObject({ currentIndex: 3, revision: 2 });
    expect(view.questions[0]!.activeSince).toBeNull();
    expect(view.questions[3]!.activeSince).not.toBeNull();
    view = await ok(iris, { type: "goto", position: 1 });
    expect(view.currentIndex).toBe(1);
    expect(view.questions[3]!.activeSince).toBeNull();
  });

  it("refuses the current question (409), and a missing or impossible position (400 with a field error)", async () => {
    await refused(ivan, { type: "goto", position: 0 }, 409, /current question already/);
    await refused(ivan, { type: "goto", position: 4 }, 409, /no question at that position/);
    for (const body of [{ type: "goto" }, { type: "goto", position: -1 }, { type: "goto", position: 1.5 }, { type: "goto", position: "2" }, { type: "next-question", position: 2 }]) {
      const response = await act(ivan, body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors.position).toBeDefined();
    }
    expect((await db.interviewSession.findUniqueOrThrow({ where: { id: session.id } })).currentIndex).toBe(0);
  });
});

describe("undo of the last reveal", () => {
  it("takes the probe back from the candidate's view within 10 s, and only once", async () => {
    const revealed = await ok(ivan, { type: "reveal-probe", expectedRevision: 1 });
    expect(revealed.lastReveal).toMatchObject({ by: ivan.id });
    expect(await candidateProbes()).toEqual(["First probe?"]);

    const undone = await ok(ivan, { type: "undo-reveal", expectedRevision: revealed.revision });
    expect(undone.questions[0]!.revealedProbes).toBe(0);
    expect(undone.lastReveal).toBeNull();
    expect(await candidateProbes()).toEqual([]);
    await refused(ivan, { type: "undo-reveal", expectedRevision: undone.revision }, 409, /no reveal of yours/);
  });

  it("needs the revision it undoes (400 without it)", async () => {
    await ok(ivan, { type: "reveal-probe" });
    const response = await act(ivan, { type: "undo-reveal" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors.expectedRevision).toBeDefined();
  });

  it("is refused after 10 s by the server's clock", async () => {
    const revealed = await ok(ivan, { type: "reveal-probe" });
    vi.useFakeTimers({ toFake: ["Date"], now: Date.parse(revealed.lastReveal!.at) + 10_000 });
    await refused(ivan, { type: "undo-reveal", expectedRevision: revealed.revision }, 409, /10 seconds/);
    vi.setSystemTime(Date.parse(revealed.lastReveal!.at) + 9_000);
    expect((await ok(ivan, { type: "undo-reveal", expectedRevision: revealed.revision })).questions[0]!.revealedProbes).toBe(0);
  });

  it("never takes back another panelist's later action", async () => {
    const mine = await ok(ivan, { type: "reveal-probe" });
    const theirs = await ok(iris, { type: "reveal-probe", expectedRevision: mine.revision });
    // Ivan's undo names the revision he saw: Iris acted since, so it is refused and both probes stay.
    await refused(ivan, { type: "undo-reveal", expectedRevision: mine.revision }, 409, /moved on/);
    // Even at the latest revision, the last reveal is Iris's, not his.
    await refused(ivan, { type: "undo-reveal", expectedRevision: theirs.revision }, 409, /no reveal of yours/);
    expect(await candidateProbes()).toEqual(["First probe?", "Second probe?"]);
    // Iris may take back her own.
    expect((await ok(iris, { type: "undo-reveal", expectedRevision: theirs.revision })).questions[0]!.revealedProbes).toBe(1);
    expect(await candidateProbes()).toEqual(["First probe?"]);
  });

  it("ends with any later action: a move makes the reveal final", async () => {
    const revealed = await ok(ivan, { type: "reveal-probe" });
    const moved = await ok(iris, { type: "next-question", expectedRevision: revealed.revision });
    const back = await ok(iris, { type: "previous-question", expectedRevision: moved.revision });
    await refused(ivan, { type: "undo-reveal", expectedRevision: back.revision }, 409, /no reveal of yours/);
    expect(back.questions[0]!.revealedProbes).toBe(1);
  });
});
