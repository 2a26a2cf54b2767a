// The sessions JSON API through its real route handlers, on the real database; only the session
// lookup (who is signed in) is stood in for.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getLive } from "@/app/api/live/[token]/route";
import { GET as getSessions, POST as postSessions } from "@/app/api/sessions/route";
import { GET as getSession } from "@/app/api/sessions/[id]/route";
import { POST as postAction } from "@/app/api/sessions/[id]/actions/route";
import { db } from "@/server/db";
import { createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { hashJoinToken } from "./live/token";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

type User = Awaited<ReturnType<typeof createUser>>;
let interviewer: User;
let colleague: User;
let questionIds: string[];

const json = (body: unknown) =>
  new Request("http://probe.test/api/sessions", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
const ctx = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });
const act = (id: string, body: unknown) =>
  postAction(new Request(`http://probe.test/api/sessions/${id}/actions`, { method: "POST", body: JSON.stringify(body) }), ctx({ id }));

async function create(body: Record<string, unknown> = {}) {
  const response = await postSessions(json({ candidateName: "Ana Candidate", questionIds, ...body }));
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; joinUrl: string };
}

beforeEach(async () => {
  await resetDb();
  interviewer = await createUser(db, { role: "INTERVIEWER" });
  colleague = await createUser(db, { role: "INTERVIEWER" });
  const first = await createQuestion(db);
  const second = await createQuestion(db, { probes: [] });
  questionIds = [first.id, second.id];
  signInAs(interviewer);
});

describe("GET /api/sessions", () => {
  const list = (query = "") => getSessions(new Request(`http://probe.test/api/sessions${query}`));

  it("pages newest first, the next page's URL in the Link header; the body stays an array", async () => {
    for (const name of ["Ada", "Bo", "Cy"]) await create({ candidateName: name });
    // Another interviewer's session stays out of this interviewer's list.
    signInAs(colleague);
    await create({ candidateName: "Not mine" });
    signInAs(interviewer);

    const first = await list("?limit=2");
    expect(first.status).toBe(200);
    expect((await first.json()).map((s: { candidateName: string }) => s.candidateName)).toEqual(["Cy", "Bo"]);
    const link = first.headers.get("link");
    expect(link).toMatch(/^<\/api\/sessions\?limit=2&cursor=[\w-]+>; rel="next"$/);
    const second = await list(new URL(link!.slice(1, link!.indexOf(">")), "http://probe.test").search);
    expect((await second.json()).map((s: { candidateName: string }) => s.candidateName)).toEqual(["Ada"]);
    expect(second.headers.get("link")).toMatch(/rel="prev"$/);

    expect((await (await list("?q=bo")).json()).map((s: { candidateName: string }) => s.candidateName)).toEqual(["Bo"]);
    expect(await (await list("?status=LIVE")).json()).toEqual([]);
  });

  it.each([
    ["a cursor that is not one", "?cursor=garbage", "cursor"],
    ["a limit out of range", "?limit=500", "limit"],
    ["an unknown status", "?status=DONE", "status"],
  ])("refuses %s with 400 and a field error", async (_case, query, field) => {
    const response = await list(query);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: "VALIDATION", fieldErrors: { [field]: [expect.any(String)] } });
  });
});

describe("POST /api/sessions", () => {
  it("never renames a candidate matched by email: the name given is the session's own", async () => {
    // Issue 14: a second panel's session for the same email renamed the candidate everywhere.
    const first = await create({ candidateEmail: "sam@example.com", candidateName: "Sam Jones" });
    signInAs(colleague);
    const second = await create({ candidateEmail: "SAM@example.com", candidateName: "Samantha J." });

    const candidates = await db.candidate.findMany({ where: { email: "sam@example.com" } });
    expect(candidates.map((c) => c.name)).toEqual(["Sam Jones"]);
    const sessions = await db.interviewSession.findMany({ where: { id: { in: [first.id, second.id] } }, select: { id: true, candidateId: true, candidateName: true } });
    expect(new Set(sessions.map((s) => s.candidateId))).toEqual(new Set([candidates[0]!.id]));

    const view = async (id: string) => ((await (await getSession(new Request("http://probe.test"), ctx({ id }))).json()) as { candidate: { name: string } }).candidate.name;
    expect(await view(second.id)).toBe("Samantha J.");
    signInAs(interviewer);
    expect(await view(first.id)).toBe("Sam Jones");
  });

  it("snapshots each question's current version and stores only the token's hash", async () => {
    // Edit the first question to version 2 before the session is made: the session must use v2.
    const v2 = await db.questionVersion.create({
      data: { questionId: questionIds[0]!, version: 2, level: "JUNIOR", title: "Edited title", prompt: "Edited prompt", modelAnswer: "m", wrongAnswers: [], probes: [], sections: [] },
    });
    await db.question.update({ where: { id: questionIds[0]! }, data: { version: 2, title: "Edited title" } });

    const { id, joinUrl } = await create({ interviewerEmails: [colleague.email.toUpperCase()], candidateEmail: "ana@example.com" });
    const token = new URL(joinUrl).pathname.replace("/join/", "");
    expect(new URL(joinUrl).origin).toBe("http://probe.test");
    expect(Buffer.from(token, "base64url").length * 8).toBeGreaterThanOrEqual(128);

    const session = await db.interviewSession.findUniqueOrThrow({
      where: { id },
      include: { questions: { orderBy: { position: "asc" } }, interviewers: true, candidate: true },
    });
    expect(session.tokenHash).toBe(hashJoinToken(token));
    expect(JSON.stringify(session)).not.toContain(token);
    expect(session.questions.map((q) => q.questionVersionId)).toEqual([v2.id, (await db.questionVersion.findFirstOrThrow({ where: { questionId: questionIds[1]! } })).id]);
    expect(session.interviewers.map((i) => i.userId).sort()).toEqual([interviewer.id, colleague.id].sort());
    expect(session).toMatchObject({ status: "SCHEDULED", currentIndex: 0, revision: 0, createdById: interviewer.id });
    expect(session.candidate).toMatchObject({ name: "Ana Candidate", email: "ana@example.com" });
    expect(await db.auditEntry.count({ where: { action: "session.create", targetId: id } })).toBe(1);
  });

  it("builds a session from a kit, in the kit's order with its budgets", async () => {
    const kit = await db.kit.create({
      data: { name: "Backend loop", createdById: interviewer.id, items: { create: [{ questionId: questionIds[1]!, position: 0, budgetSeconds: 300 }, { questionId: questionIds[0]!, position: 1, budgetSeconds: 900 }] } },
    });
    const response = await postSessions(json({ candidateName: "Bo", kitId: kit.id }));
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const session = await db.interviewSession.findUniqueOrThrow({ where: { id }, include: { questions: { orderBy: { position: "asc" }, include: { questionVersion: true } } } });
    expect(session.title).toBe("Backend loop");
    expect(session.kitId).toBe(kit.id);
    expect(session.questions.map((q) => [q.questionVersion.questionId, q.budgetSeconds])).toEqual([[questionIds[1], 300], [questionIds[0], 900]]);
  });

  it.each([
    { name: "no candidate name", body: { candidateName: "" }, field: "candidateName" },
    { name: "a bad email", body: { candidateEmail: "not-an-email" }, field: "candidateEmail" },
    { name: "neither kit nor questions", body: { questionIds: undefined }, field: "questionIds" },
    { name: "a question twice", body: { questionIds: ["a", "a"] }, field: "questionIds" },
    { name: "an unknown question", body: { questionIds: ["no-such-question"] }, field: "questionIds.0" },
    { name: "an unknown kit", body: { questionIds: undefined, kitId: "no-such-kit" }, field: "kitId" },
    { name: "a budget per question missing", body: { budgets: [600] }, field: "budgets" },
    { name: "an unknown interviewer", body: { interviewerEmails: ["ghost@example.com"] }, field: "interviewerEmails.0" },
  ])("refuses $name with 400 and field errors", async ({ body, field }) => {
    const response = await postSessions(json({ candidateName: "Ana", questionIds, ...body }));
    expect(response.status).toBe(400);
    const payload = (await response.json()) as { error: { code: string; fieldErrors: Record<string, string[]> } };
    expect(payload.error.code).toBe("VALIDATION");
    expect(Object.keys(payload.error.fieldErrors)).toContain(field);
  });

  it("refuses a hiring manager as a panelist, a body that is not JSON, strangers and the wrong roles", async () => {
    const manager = await createUser(db, { role: "HIRING_MANAGER" });
    expect((await postSessions(json({ candidateName: "A", questionIds, interviewerEmails: [manager.email] }))).status).toBe(400);
    const broken = new Request("http://probe.test/api/sessions", { method: "POST", body: "{not json" });
    expect((await postSessions(broken)).status).toBe(400);
    signInAs(null);
    expect((await postSessions(json({ candidateName: "A", questionIds }))).status).toBe(401);
    signInAs(manager);
    expect((await postSessions(json({ candidateName: "A", questionIds }))).status).toBe(403);
    signInAs(await createUser(db, { role: "CANDIDATE" }));
    expect((await postSessions(json({ candidateName: "A", questionIds }))).status).toBe(403);
    expect(await db.interviewSession.count()).toBe(0);
  });
});

describe("GET /api/sessions/:id and POST /api/sessions/:id/actions", () => {
  it("walks a whole session: start, reveal, next, previous, end", async () => {
    const { id } = await create();
    const step = async (type: string, expectedRevision?: number) => {
      const response = await act(id, { type, expectedRevision });
      expect(response.status).toBe(200);
      return (await response.json()) as { status: string; revision: number; currentIndex: number; questions: Array<{ revealedProbes: number; elapsedMs: number; activeSince: string | null }> };
    };
    let view = await step("start", 0);
    expect(view).toMatchObject({ status: "LIVE", revision: 1, currentIndex: 0 });
    expect(view.questions[0]!.activeSince).not.toBeNull();
    view = await step("reveal-probe", 1);
    view = await step("reveal-probe", 2);
    expect(view.questions[0]!.revealedProbes).toBe(2);
    // Every probe is out: a third reveal is refused with the reason.
    const refused = await act(id, { type: "reveal-probe" });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/already revealed/);
    view = await step("next-question");
    expect(view).toMatchObject({ currentIndex: 1, revision: 4 });
    expect(view.questions[0]!.activeSince).toBeNull();
    expect((await act(id, { type: "next-question" })).status).toBe(409);
    view = await step("previous-question");
    expect(view.currentIndex).toBe(0);
    view = await step("end");
    expect(view).toMatchObject({ status: "COMPLETED", revision: 6 });
    expect(view.questions.every((q) => q.activeSince === null)).toBe(true);
    expect((await act(id, { type: "start" })).status).toBe(409);

    const got = await getSession(new Request(`http://probe.test/api/sessions/${id}`), ctx({ id }));
    expect(got.status).toBe(200);
    expect(await got.json()).toMatchObject({ id, status: "COMPLETED", revision: 6, total: 2 });
  });

  it("reveals exactly one probe when two interviewers press Reveal at once", async () => {
    const { id } = await postSessions(json({ candidateName: "Ana", questionIds, interviewerEmails: [colleague.email] })).then((r) => r.json() as Promise<{ id: string }>);
    expect((await act(id, { type: "start" })).status).toBe(200);
    const press = async (user: User) => {
      signInAs(user);
      return act(id, { type: "reveal-probe", expectedRevision: 1 });
    };
    // Both requests are built from the same screen (revision 1) and race on the database.
    const responses = await Promise.all([press(interviewer), press(colleague)]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const row = await db.sessionQuestion.findFirstOrThrow({ where: { sessionId: id, position: 0 } });
    expect(row.revealedProbes).toBe(1);
    expect((await db.interviewSession.findUniqueOrThrow({ where: { id } })).revision).toBe(2);
  });

  it("refuses strangers (401), the wrong role or an unassigned interviewer (403), unknown sessions (404) and bad actions (400)", async () => {
    const { id } = await create();
    const stranger = await createUser(db, { role: "INTERVIEWER" });
    const admin = await createUser(db, { role: "ADMIN" });
    const manager = await createUser(db, { role: "HIRING_MANAGER" });
    const candidate = await createUser(db, { role: "CANDIDATE" });
    const read = () => getSession(new Request(`http://probe.test/api/sessions/${id}`), ctx({ id }));

    signInAs(null);
    expect((await read()).status).toBe(401);
    expect((await act(id, { type: "start" })).status).toBe(401);
    for (const user of [stranger, admin, manager, candidate]) {
      signInAs(user);
      expect((await read()).status).toBe(403);
      expect((await act(id, { type: "start" })).status).toBe(403);
    }
    signInAs(candidate);
    expect((await act("no-such-session", { type: "start" })).status).toBe(403);
    signInAs(interviewer);
    expect((await act("no-such-session", { type: "start" })).status).toBe(404);
    expect((await getSession(new Request("http://probe.test/api/sessions/x"), ctx({ id: "x" }))).status).toBe(404);
    const bad = await act(id, { type: "teleport" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors.type).toBeDefined();
    expect((await act(id, { type: "start", expectedRevision: -1 })).status).toBe(400);
    expect((await db.interviewSession.findUniqueOrThrow({ where: { id } })).status).toBe("SCHEDULED");
  });
});

describe("malformed ids", () => {
  it("answers 404 for a path id that cannot exist, like an unknown one, and 400 with a field error for one in the body", async () => {
    for (const id of ["not an id", "x".repeat(65), "a\u0000b"]) {
      const response = await getSession(new Request("http://probe.test/api/sessions/x"), ctx({ id }));
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
      expect((await act(id, { type: "start" })).status).toBe(404);
    }
    signInAs(null);
    expect((await getSession(new Request("http://probe.test/api/sessions/x"), ctx({ id: "not an id" }))).status).toBe(401);
    signInAs(interviewer);
    const response = await postSessions(json({ candidateName: "Ana", questionIds: ["not an id"] }));
    expect(response.status).toBe(400);
    expect(Object.keys(((await response.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors)).toContain("questionIds.0");
  });
});

describe("GET /api/live/:token", () => {
  it("serves the candidate's state while the session runs, and 404 once it ended", async () => {
    const { id, joinUrl } = await create();
    const token = new URL(joinUrl).pathname.split("/").pop()!;
    const live = () => getLive(new Request(`http://probe.test/api/live/${token}`), ctx({ token }));

    const waiting = await live();
    expect(waiting.status).toBe(200);
    expect(await waiting.json()).toMatchObject({ status: "SCHEDULED", question: null, position: { index: 0, total: 2 } });

    await act(id, { type: "start" });
    await act(id, { type: "reveal-probe" });
    const running = (await (await live()).json()) as { status: string; question: { revealedProbes: unknown[] } };
    expect(running.status).toBe("LIVE");
    expect(running.question.revealedProbes).toHaveLength(1);

    await act(id, { type: "end" });
    const dead = await live();
    expect(dead.status).toBe(404);
    expect(((await dead.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  });

  it("answers 404 to unknown, malformed and near-miss tokens", async () => {
    const fetchToken = (token: string) => getLive(new Request(`http://probe.test/api/live/${token}`), ctx({ token }));
    expect((await fetchToken("A".repeat(43))).status).toBe(404);
    expect((await fetchToken("short")).status).toBe(404);
    const { joinUrl } = await create();
    const token = new URL(joinUrl).pathname.split("/").pop()!;
    expect((await fetchToken(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"))).status).toBe(404);
  });
});
