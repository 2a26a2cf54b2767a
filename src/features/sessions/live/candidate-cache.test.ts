// The per-instance candidate cache against a real database and real LISTEN/NOTIFY. A change made
// the way ANOTHER instance makes it (a transaction that notifies, with no call into this process's
// cache) must reach this instance's readers; the cache must really cache; ending must 404 at once.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as candidateState } from "@/app/api/live/[token]/route";
import { db } from "@/server/db";
import { closeSessionEvents, notifySessionChange } from "@/server/events";
import { createQuestion } from "~tests/factories/questions";
import { createSession } from "~tests/factories/sessions";
import { createUser } from "~tests/factories/users";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { applySessionAction } from "../mutations";
import { cachedCandidateStateByToken, candidateCacheSize, clearCandidateCache } from "./candidate-cache";
import type { CandidateView } from "./candidate-types";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

afterAll(closeSessionEvents);

type User = Awaited<ReturnType<typeof createUser>>;
let interviewer: User;
let sessionId: string;
let token: string;

const revision = async () => (await cachedCandidateStateByToken(token))?.view.revision;

/** What another instance does when it reveals a probe: bump the row and notify, in one transaction. */
async function changeElsewhere({ notify }: { notify: boolean }) {
  await db.$transaction(async (tx) => {
    await tx.interviewSession.update({ where: { id: sessionId }, data: { revision: { increment: 1 } } });
    await tx.sessionQuestion.updateMany({ where: { sessionId, position: 0 }, data: { revealedProbes: { increment: 1 } } });
    if (notify) await notifySessionChange(tx, sessionId);
  });
}

beforeEach(async () => {
  await resetDb();
  clearCandidateCache();
  interviewer = await createUser(db, { role: "INTERVIEWER" });
  const created = await createSession(db, { creatorId: interviewer.id, questionIds: [(await createQuestion(db)).id], status: "LIVE" });
  sessionId = created.session.id;
  token = created.token;
  await db.sessionQuestion.updateMany({ where: { sessionId }, data: { activeSince: new Date() } });
  signInAs(interviewer);
});

describe("the candidate state cache", () => {
  it("serves repeated reads from memory: a change that notifies no one is not seen", async () => {
    expect(await revision()).toBe(0);
    expect(candidateCacheSize()).toBe(1);
    await changeElsewhere({ notify: false });
    expect(await revision()).toBe(0);
  });

  it("drops a session's entry when another instance's change notifies", async () => {
    expect(await revision()).toBe(0);
    await changeElsewhere({ notify: true });
    await vi.waitFor(async () => expect(await revision()).toBe(1));
    const state = await cachedCandidateStateByToken(token);
    expect(state?.view.question?.revealedProbes).toHaveLength(1);
  });

  it("stamps serverNow at send time, not at caching time", async () => {
    const first = await cachedCandidateStateByToken(token);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await cachedCandidateStateByToken(token);
    expect(candidateCacheSize()).toBe(1);
    expect(Date.parse(second!.view.timing!.serverNow)).toBeGreaterThan(Date.parse(first!.view.timing!.serverNow));
    expect(second!.view.timing!.activeSince).toBe(first!.view.timing!.activeSince);
  });

  it("makes the token 404 as soon as the session ends on this instance", async () => {
    const url = `http://probe.test/api/live/${token}`;
    const read = () => candidateState(new Request(url), { params: Promise.resolve({ token }) });
    expect((await read()).status).toBe(200);
    await applySessionAction(interviewer, sessionId, { type: "end" });
    const response = await read();
    expect(response.status).toBe(404);
    expect(candidateCacheSize()).toBe(0);
  });

  it("sets the security headers itself, since the proxy skips /api/live", async () => {
    const response = await candidateState(new Request(`http://probe.test/api/live/${token}`), { params: Promise.resolve({ token }) });
    const body = (await response.json()) as CandidateView;
    expect(body.status).toBe("LIVE");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    const missing = await candidateState(new Request("http://probe.test/api/live/x"), { params: Promise.resolve({ token: "y".repeat(43) }) });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
