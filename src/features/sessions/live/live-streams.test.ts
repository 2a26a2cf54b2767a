// The server-sent-event routes end to end inside one process: real route handlers, real
// LISTEN/NOTIFY, real database. Only the signed-in user is stood in for.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as candidateEvents } from "@/app/api/live/[token]/events/route";
import { POST as postAction } from "@/app/api/sessions/[id]/actions/route";
import { GET as cockpitEvents } from "@/app/api/sessions/[id]/events/route";
import { POST as regenerate } from "@/app/api/sessions/[id]/link/route";
import { db } from "@/server/db";
import { closeSessionEvents, sessionEvents } from "@/server/events";
import { metrics } from "@/server/metrics";
import { createQuestion } from "~tests/factories/questions";
import { createSession } from "~tests/factories/sessions";
import { createUser } from "~tests/factories/users";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { eventReader } from "../testing/event-reader";
import { feedStats } from "./candidate-feed";
import type { CandidateView } from "./candidate-types";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

// Counts the candidate-state reads the feed makes, calling through to the real query.
const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock("./candidate-queries", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./candidate-queries")>();
  return {
    ...actual,
    candidateStateById: (id: string) => {
      reads.count += 1;
      return actual.candidateStateById(id);
    },
  };
});

afterAll(closeSessionEvents);

type User = Awaited<ReturnType<typeof createUser>>;
let interviewer: User;
let sessionId: string;
let token: string;

const ctx = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });

const openCandidate = (controller = new AbortController()) =>
  candidateEvents(new Request(`http://probe.test/api/live/${token}/events`, { signal: controller.signal }), ctx({ token }));
const act = (type: string) =>
  postAction(new Request(`http://probe.test/api/sessions/${sessionId}/actions`, { method: "POST", body: JSON.stringify({ type }) }), ctx({ id: sessionId }));
const view = (data: string | null) => JSON.parse(data!) as CandidateView;

beforeEach(async () => {
  await resetDb();
  reads.count = 0;
  interviewer = await createUser(db, { role: "INTERVIEWER" });
  const question = await createQuestion(db);
  const created = await createSession(db, { creatorId: interviewer.id, questionIds: [question.id, (await createQuestion(db)).id] });
  sessionId = created.session.id;
  token = created.token;
  signInAs(interviewer);
});

describe("the candidate's event stream", () => {
  it("starts with the current state, follows every action and closes after the closing state", async () => {
    const response = await openCandidate();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(response.headers.get("x-accel-buffering")).toBe("no");
    const events = eventReader(response);

    expect(view(await events.next())).toMatchObject({ status: "SCHEDULED", revision: 0, question: null });
    await act("start");
    expect(view(await events.next())).toMatchObject({ status: "LIVE", revision: 1, question: { revealedProbes: [] } });
    await act("reveal-probe");
    const revealed = view(await events.next());
    expect(revealed.question?.revealedProbes).toEqual([{ question: expect.stringContaining("Probe question") }]);
    await act("next-question");
    expect(view(await events.next())).toMatchObject({ revision: 3, position: { index: 1, total: 2 } });
    await act("end");
    expect(view(await events.next())).toMatchObject({ status: "COMPLETED", revision: 4, question: null });
    expect(await events.next()).toBeNull();
    expect(events.raw.some((block) => block.startsWith("id: 4"))).toBe(true);
    expect(feedStats()).toEqual({ sessions: 0, streams: 0 });

    // The link is dead now.
    expect((await openCandidate()).status).toBe(404);
  });

  it("reads the state once per change for all of a session's streams and sends each the same text", async () => {
    const streams = await Promise.all(Array.from({ length: 5 }, () => openCandidate().then(eventReader)));
    for (const stream of streams) expect(view(await stream.next()).revision).toBe(0);
    expect(feedStats()).toEqual({ sessions: 1, streams: 5 });

    reads.count = 0;
    await act("start");
    const payloads = await Promise.all(streams.map((stream) => stream.next()));
    expect(new Set(payloads).size).toBe(1);
    expect(view(payloads[0]!).status).toBe("LIVE");
    expect(reads.count).toBe(1);
    await Promise.all(streams.map((stream) => stream.cancel()));
  });

  it("is counted in the open-streams gauge while open, and a change's fan-out lag is observed once per read", async () => {
    const open = async () => (await metrics().openStreams.get()).values.find((v) => v.labels.kind === "candidate")?.value ?? 0;
    const lag = async () => {
      const values = (await metrics().fanoutLag.get()).values.filter((v) => v.labels.kind === "candidate");
      return { count: values.find((v) => v.metricName?.endsWith("_count"))?.value ?? 0, sum: values.find((v) => v.metricName?.endsWith("_sum"))?.value ?? 0 };
    };
    const before = { open: await open(), lag: await lag() };
    const streams = await Promise.all(Array.from({ length: 3 }, () => openCandidate().then(eventReader)));
    for (const stream of streams) await stream.next();
    expect(await open()).toBe(before.open + 3);
    // Opening reads the state but follows no change: no lag yet.
    expect((await lag()).count).toBe(before.lag.count);

    const acted = Date.now();
    await act("start");
    await Promise.all(streams.map((stream) => stream.next()));
    const after = await lag();
    expect(after.count).toBe(before.lag.count + 1);
    // Measured from the notification in the committing transaction: after it began, and not longer than the whole wait.
    expect(after.sum - before.lag.sum).toBeGreaterThanOrEqual(0);
    expect(after.sum - before.lag.sum).toBeLessThanOrEqual((Date.now() - acted) / 1000 + 0.05);

    await Promise.all(streams.map((stream) => stream.cancel()));
    await expect.poll(open).toBe(before.open);
  });

  it("lets go of everything when the candidate disconnects", async () => {
    const controller = new AbortController();
    const events = eventReader(await openCandidate(controller));
    await events.next();
    expect(feedStats().streams).toBe(1);
    const subscribers = sessionEvents().subscriberCount();
    controller.abort();
    await expect.poll(() => feedStats()).toEqual({ sessions: 0, streams: 0 });
    expect(sessionEvents().subscriberCount()).toBe(subscribers - 1);
  });

  it("closes streams opened with a link that was regenerated", async () => {
    const events = eventReader(await openCandidate());
    await events.next();
    const response = await regenerate(new Request(`http://probe.test/api/sessions/${sessionId}/link`, { method: "POST" }), ctx({ id: sessionId }));
    expect(response.status).toBe(200);
    const { joinUrl } = (await response.json()) as { joinUrl: string };
    expect(joinUrl).not.toContain(token);
    expect(await events.next()).toBeNull();
    expect((await openCandidate()).status).toBe(404);
  });

  it("answers 404 for an unknown token", async () => {
    const response = await candidateEvents(new Request("http://probe.test/api/live/x/events"), ctx({ token: "x".repeat(43) }));
    expect(response.status).toBe(404);
  });
});

describe("the cockpit's event stream", () => {
  it("sends the interviewer's own state, then each change", async () => {
    const response = await cockpitEvents(new Request(`http://probe.test/api/sessions/${sessionId}/events`), ctx({ id: sessionId }));
    expect(response.status).toBe(200);
    const events = eventReader(response);
    const first = JSON.parse((await events.next())!) as { status: string; me: { id: string }; questions: Array<{ modelAnswerHtml: string }> };
    expect(first).toMatchObject({ status: "SCHEDULED", me: { id: interviewer.id } });
    expect(first.questions[0]!.modelAnswerHtml).toContain("MODEL-ANSWER");
    await act("start");
    expect(JSON.parse((await events.next())!)).toMatchObject({ status: "LIVE", revision: 1 });
    await events.cancel();
  });

  it("refuses strangers, other interviewers and candidates", async () => {
    const open = () => cockpitEvents(new Request(`http://probe.test/api/sessions/${sessionId}/events`), ctx({ id: sessionId }));
    signInAs(null);
    expect((await open()).status).toBe(401);
    signInAs(await createUser(db, { role: "INTERVIEWER" }));
    expect((await open()).status).toBe(403);
    signInAs(await createUser(db, { role: "CANDIDATE" }));
    expect((await open()).status).toBe(403);
  });
});
