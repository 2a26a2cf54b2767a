// Join links expire (issue 14): a link dies when its session ends (as before), and also
// JOIN_LINK_TTL_HOURS after the session was due to end (its start plus every question's budget),
// so a session nobody ended does not keep showing its questions. Answered as a dead token: 404.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as candidateEvents } from "@/app/api/live/[token]/events/route";
import { GET as candidateState } from "@/app/api/live/[token]/route";
import { env } from "@/env";
import { db } from "@/server/db";
import { closeSessionEvents } from "@/server/events";
import { createQuestion } from "~tests/factories/questions";
import { createSession } from "~tests/factories/sessions";
import { createUser } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";
import { clearCandidateCache } from "./candidate-cache";
import { candidateStateByToken } from "./candidate-queries";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

afterAll(closeSessionEvents);

const HOUR = 3_600_000;
const BUDGET_SECONDS = 600;
let sessionId: string;
let token: string;

beforeEach(async () => {
  await resetDb();
  clearCandidateCache();
  const interviewer = await createUser(db, { role: "INTERVIEWER" });
  const questions = [(await createQuestion(db)).id, (await createQuestion(db)).id];
  ({ session: { id: sessionId }, token } = await createSession(db, { creatorId: interviewer.id, questionIds: questions, status: "LIVE", budgetSeconds: BUDGET_SECONDS }));
});

const read = () => candidateState(new Request(`http://probe.test/api/live/${token}`), { params: Promise.resolve({ token }) });
const open = () => candidateEvents(new Request(`http://probe.test/api/live/${token}/events`), { params: Promise.resolve({ token }) });
/** Started this long before the session was due to end plus the link's time to live. */
const startedAgo = (ms: number) => db.interviewSession.update({ where: { id: sessionId }, data: { startedAt: new Date(Date.now() - ms) } });
const plannedMs = 2 * BUDGET_SECONDS * 1000;

describe("join links", () => {
  it("work until the session's planned end plus the configured time, then answer 404", async () => {
    await startedAgo(plannedMs + env.JOIN_LINK_TTL_HOURS * HOUR - 60_000);
    expect((await read()).status).toBe(200);
    clearCandidateCache();
    await startedAgo(plannedMs + env.JOIN_LINK_TTL_HOURS * HOUR + 60_000);
    expect((await read()).status).toBe(404);
    expect((await open()).status).toBe(404);
    expect(await candidateStateByToken(token)).toBeNull();
  });

  it("stop when their time comes for a cached entry too, with no change to notify anyone", async () => {
    await startedAgo(plannedMs);
    expect((await read()).status).toBe(200);
    // The same read a day later: the entry the cache holds is past its link's expiry.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + env.JOIN_LINK_TTL_HOURS * HOUR + 60_000 });
    try {
      expect((await read()).status).toBe(404);
    } finally {
      vi.useRealTimers();
    }
  });

  it("wait with a session that has not started, whose page shows nothing but 'waiting'", async () => {
    await db.interviewSession.update({ where: { id: sessionId }, data: { status: "SCHEDULED", startedAt: null, createdAt: new Date(Date.now() - 30 * 24 * HOUR) } });
    const response = await read();
    expect(response.status).toBe(200);
    expect(((await response.json()) as { status: string }).status).toBe("SCHEDULED");
  });
});
