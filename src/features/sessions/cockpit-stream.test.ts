// An open cockpit stream keeps checking that its interviewer may still receive it (issue 14: it
// was authorised once and kept sending model answers after the interviewer was deactivated).
// Real route handler, real LISTEN/NOTIFY, real database; only "who is signed in" is stood in for.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as cockpitRoute } from "@/app/api/sessions/[id]/events/route";
import { changeRole, setActive } from "@/features/users/mutations";
import { db } from "@/server/db";
import { closeSessionEvents } from "@/server/events";
import { STREAM_RECHECK_MS } from "@/server/stream-guard";
import { createQuestion } from "~tests/factories/questions";
import { createSession } from "~tests/factories/sessions";
import { createUser } from "~tests/factories/users";
import { currentSignIn, signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { cockpitEvents } from "./cockpit-stream";
import { eventReader } from "./testing/event-reader";
import type { InterviewerView } from "./types";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

afterAll(closeSessionEvents);

type User = Awaited<ReturnType<typeof createUser>>;
let interviewer: User;
let admin: User;
let sessionId: string;
let secret: string;

beforeEach(async () => {
  await resetDb();
  interviewer = await createUser(db, { role: "INTERVIEWER" });
  admin = await createUser(db, { role: "ADMIN" });
  const question = await createQuestion(db);
  secret = question.modelAnswer;
  sessionId = (await createSession(db, { creatorId: interviewer.id, questionIds: [question.id], status: "LIVE" })).session.id;
  signInAs(interviewer);
});

const openRoute = () => cockpitRoute(new Request(`http://probe.test/api/sessions/${sessionId}/events`), { params: Promise.resolve({ id: sessionId }) });

/** Resolves with how long the stream took to end after `start`, or rejects if it sends anything meanwhile. */
async function endsWithin(events: ReturnType<typeof eventReader>, ms: number): Promise<number> {
  const started = Date.now();
  const ended = await Promise.race([events.next(), new Promise<"open">((resolve) => setTimeout(() => resolve("open"), ms))]);
  expect(ended, "the stream is still open").toBeNull();
  return Date.now() - started;
}

describe("the cockpit stream re-checks its interviewer", () => {
  it("closes at once when the interviewer is deactivated, long before the periodic re-check", async () => {
    const events = eventReader(await openRoute());
    const first = JSON.parse((await events.next())!) as InterviewerView;
    expect(first.questions[0]!.modelAnswerHtml).toContain(secret.slice(0, 20));

    await setActive(admin, { userId: interviewer.id, active: "false" });
    const took = await endsWithin(events, 10_000);
    expect(took).toBeLessThan(STREAM_RECHECK_MS);
  });

  it("closes at once when the interviewer loses the role that runs sessions", async () => {
    const events = eventReader(await openRoute());
    await events.next();
    await changeRole(admin, { userId: interviewer.id, role: "HIRING_MANAGER" });
    expect(await endsWithin(events, 10_000)).toBeLessThan(STREAM_RECHECK_MS);
  });

  it("closes at the next periodic re-check when taken off the panel, which notifies no one", async () => {
    const signedIn = (await currentSignIn())!;
    const events = eventReader(cockpitEvents(new AbortController().signal, signedIn, sessionId, { recheckMs: 200 }));
    await events.next();
    await db.sessionInterviewer.delete({ where: { sessionId_userId: { sessionId, userId: interviewer.id } } });
    expect(await endsWithin(events, 5_000)).toBeLessThan(5_000);
  });

  it("stays open for an interviewer who may still run the session", async () => {
    const signedIn = (await currentSignIn())!;
    const controller = new AbortController();
    const events = eventReader(cockpitEvents(controller.signal, signedIn, sessionId, { recheckMs: 100 }));
    await events.next();
    const outcome = await Promise.race([events.next().then(() => "ended or sent"), new Promise((resolve) => setTimeout(() => resolve("open"), 800))]);
    expect(outcome).toBe("open");
    controller.abort();
  });
});
