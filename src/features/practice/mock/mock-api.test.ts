// The mock's routes and streams, through the real route handlers, on the real database and
// LISTEN/NOTIFY: the friend's link opens its three routes and its stream and nothing of anyone
// else's; the candidate's side answers its owner only, with the candidate view; both streams
// follow the friend's moves and close when they may no longer be open.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { PUT as putNote } from "@/app/api/mock/[token]/questions/[position]/note/route";
import { POST as postAction } from "@/app/api/mock/[token]/actions/route";
import { GET as friendEventsRoute } from "@/app/api/mock/[token]/events/route";
import { GET as friendRoute } from "@/app/api/mock/[token]/route";
import { GET as candidateEventsRoute } from "@/app/api/practice/mocks/[id]/events/route";
import { GET as candidateRoute } from "@/app/api/practice/mocks/[id]/route";
import { GET as liveRoute } from "@/app/api/live/[token]/route";
import { eventReader } from "@/features/sessions/testing/event-reader";
import type { CandidateView } from "@/features/sessions/live/candidate-types";
import type { InterviewerView } from "@/features/sessions/types";
import { db } from "@/server/db";
import { closeSessionEvents } from "@/server/events";
import { createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { requireUser, signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { createMock } from "./mutations";
import { NOTES_GRACE_MS } from "./policy";
import { friendEvents } from "./streams";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));
afterAll(closeSessionEvents);

type User = Awaited<ReturnType<typeof createUser>>;
let alice: User;
let mockId: string;
let token: string;
const SECRETS = ["MODEL-ANSWER", "WRONG-ANSWER", "WHY-", "EXPECTED-PROBE-ANSWER", "SECTION-BODY"];

const ctx = <T>(params: T) => ({ params: Promise.resolve(params) });
const url = (path: string) => `http://probe.test${path}`;
const act = (type: string, extra: object = {}) =>
  postAction(new Request(url(`/api/mock/${token}/actions`), { method: "POST", body: JSON.stringify({ type, ...extra }) }), ctx({ token }));

beforeEach(async () => {
  await resetDb();
  alice = await createUser(db, { role: "CANDIDATE", name: "Alice Candidate" });
  const question = await createQuestion(db, { purpose: "PRACTICE" });
  signInAs(alice);
  ({ id: mockId, friendToken: token } = await createMock(await requireUser(), { mode: "questions", questionIds: [question.id] }));
  signInAs(null);
});

describe("the friend's routes", () => {
  it("read, act and save notes with the link alone", async () => {
    const view = (await (await friendRoute(new Request(url(`/api/mock/${token}`)), ctx({ token }))).json()) as InterviewerView;
    expect(view).toMatchObject({ kind: "mock", status: "SCHEDULED", total: 1 });
    expect((await act("start")).status).toBe(200);
    const revealed = (await (await act("reveal-probe")).json()) as InterviewerView;
    expect(revealed.questions[0]!.revealedProbes).toBe(1);
    const note = { rating: 3, notes: "clear", heardWrongAnswers: [0], hintedProbes: [], revision: 0 };
    const saved = await putNote(new Request(url(`/api/mock/${token}/questions/0/note`), { method: "PUT", body: JSON.stringify(note) }), ctx({ token, position: "0" }));
    expect(saved.status).toBe(200);
    expect((await act("reveal-probe", { expectedRevision: 0 })).status).toBe(409);
    expect((await act("cancel")).status).toBe(400);
    expect((await act("dance")).status).toBe(400);
  });

  it("answer 404 to a malformed, unknown or expired link, and the link is no join link", async () => {
    for (const bad of ["x", "A".repeat(43)]) {
      expect((await friendRoute(new Request(url(`/api/mock/${bad}`)), ctx({ token: bad }))).status).toBe(404);
      expect((await friendEventsRoute(new Request(url(`/api/mock/${bad}/events`)), ctx({ token: bad }))).status).toBe(404);
    }
    expect((await liveRoute(new Request(url(`/api/live/${token}`)), ctx({ token }))).status).toBe(404);
    await act("start");
    await act("end");
    await db.mockInterview.update({ where: { id: mockId }, data: { endedAt: new Date(Date.now() - NOTES_GRACE_MS - 1000) } });
    expect((await friendRoute(new Request(url(`/api/mock/${token}`)), ctx({ token }))).status).toBe(404);
    expect((await act("start")).status).toBe(404);
    const note = { rating: 1, notes: "", heardWrongAnswers: [], hintedProbes: [], revision: 0 };
    expect((await putNote(new Request(url(`/api/mock/${token}/questions/0/note`), { method: "PUT", body: JSON.stringify(note) }), ctx({ token, position: "0" }))).status).toBe(404);
  });

  it("the friend's stream follows the mock and closes when the link expires", async () => {
    const controller = new AbortController();
    const events = eventReader(friendEvents(controller.signal, token, mockId, { recheckMs: 200 }));
    expect((JSON.parse((await events.next())!) as InterviewerView).status).toBe("SCHEDULED");
    await act("start");
    expect((JSON.parse((await events.next())!) as InterviewerView).status).toBe("LIVE");
    await db.mockInterview.update({ where: { id: mockId }, data: { createdAt: new Date(Date.now() - 8 * 24 * 3_600_000) } });
    const ended = await Promise.race([events.next(), new Promise<"open">((resolve) => setTimeout(() => resolve("open"), 5_000))]);
    expect(ended).toBeNull();
  });
});

describe("the candidate's routes", () => {
  it("answer the owner with the candidate view, and follow the friend's moves without interviewer text", async () => {
    signInAs(alice);
    const response = await candidateRoute(new Request(url(`/api/practice/mocks/${mockId}`)), ctx({ id: mockId }));
    expect(response.status).toBe(200);
    const stream = await candidateEventsRoute(new Request(url(`/api/practice/mocks/${mockId}/events`)), ctx({ id: mockId }));
    const events = eventReader(stream);
    expect((JSON.parse((await events.next())!) as CandidateView).status).toBe("SCHEDULED");
    await act("start");
    await act("reveal-probe");
    let view = JSON.parse((await events.next())!) as CandidateView;
    while (!view.question?.revealedProbes.length) view = JSON.parse((await events.next())!) as CandidateView;
    expect(view.question.revealedProbes).toHaveLength(1);
    for (const secret of SECRETS) expect(events.raw.join("\n")).not.toContain(secret);
    await events.cancel();
  });

  it("refuse another candidate (404), other roles (403) and nobody (401)", async () => {
    const request = () => candidateRoute(new Request(url(`/api/practice/mocks/${mockId}`)), ctx({ id: mockId }));
    const streamRequest = () => candidateEventsRoute(new Request(url(`/api/practice/mocks/${mockId}/events`)), ctx({ id: mockId }));
    signInAs(await createUser(db, { role: "CANDIDATE" }));
    expect((await request()).status).toBe(404);
    expect((await streamRequest()).status).toBe(404);
    signInAs(await createUser(db, { role: "INTERVIEWER" }));
    expect((await request()).status).toBe(403);
    signInAs(null);
    expect((await request()).status).toBe(401);
    expect((await streamRequest()).status).toBe(401);
  });
});
