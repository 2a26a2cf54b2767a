// The LISTEN/NOTIFY fan-out against a real PostgreSQL: a committed change reaches subscribers,
// a rolled-back one does not, and a dropped listener connection comes back and asks for a re-read.
import { afterEach, describe, expect, it } from "vitest";
import { env } from "@/env";
import { db } from "@/server/db";
import { createQuestion } from "~tests/factories/questions";
import { createSession } from "~tests/factories/sessions";
import { createUser } from "~tests/factories/users";
import { createSessionEventHub, notifySessionChange, type SessionChange, type SessionEventHub } from "./events";

let hub: SessionEventHub | null = null;
afterEach(async () => {
  await hub?.close();
  hub = null;
});

/** Resolves with the next change a subscriber hears (the test times out if none comes). */
function nextChange(events: SessionEventHub, sessionId: string, match: (c: SessionChange) => boolean = () => true): Promise<SessionChange> {
  return new Promise((resolve) => {
    const stop = events.subscribe(sessionId, (change) => {
      if (!match(change)) return;
      stop();
      resolve(change);
    });
  });
}

async function makeSession() {
  const user = await createUser(db, { role: "INTERVIEWER" });
  const question = await createQuestion(db);
  return (await createSession(db, { creatorId: user.id, questionIds: [question.id] })).session;
}

async function bump(sessionId: string) {
  await db.$transaction(async (tx) => {
    await tx.interviewSession.update({ where: { id: sessionId }, data: { revision: { increment: 1 } } });
    await notifySessionChange(tx, sessionId);
  });
}

describe("session events", () => {
  it("delivers a committed change, with its revision, to that session's subscribers only", async () => {
    const [one, two] = [await makeSession(), await makeSession()];
    hub = createSessionEventHub(env.DATABASE_URL);
    const heardOther: SessionChange[] = [];
    hub.subscribe(two.id, (change) => heardOther.push(change));
    const heard = nextChange(hub, one.id);
    await hub.listening();

    await bump(one.id);
    expect(await heard).toEqual({ id: one.id, rev: 1, at: expect.any(Number) });
    // A change to the other session proves the first was not also delivered to it.
    const other = nextChange(hub, two.id);
    await bump(two.id);
    expect(await other).toEqual({ id: two.id, rev: 1, at: expect.any(Number) });
    expect(heardOther).toEqual([{ id: two.id, rev: 1, at: expect.any(Number) }]);
  });

  it("sends nothing for a rolled-back transaction", async () => {
    const session = await makeSession();
    hub = createSessionEventHub(env.DATABASE_URL);
    const heard: SessionChange[] = [];
    hub.subscribe(session.id, (change) => heard.push(change));
    await hub.listening();

    await expect(
      db.$transaction(async (tx) => {
        await tx.interviewSession.update({ where: { id: session.id }, data: { revision: { increment: 1 } } });
        await notifySessionChange(tx, session.id);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    // The next committed change arrives first: the rolled-back one was never sent.
    const next = nextChange(hub, session.id);
    await bump(session.id);
    expect(await next).toEqual({ id: session.id, rev: 1, at: expect.any(Number) });
    expect(heard).toEqual([{ id: session.id, rev: 1, at: expect.any(Number) }]);
  });

  it("reconnects after losing its connection, asks subscribers to re-read, and hears later changes", async () => {
    const session = await makeSession();
    hub = createSessionEventHub(env.DATABASE_URL);
    const resync = nextChange(hub, session.id, (c) => c.rev === null);
    await hub.listening();

    // Kill the listener's backend as a failover or a network cut would.
    await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'probe-events' AND datname = current_database() AND pid <> pg_backend_pid()`;
    expect(await resync).toEqual({ id: session.id, rev: null });

    await hub.listening();
    const after = nextChange(hub, session.id, (c) => c.rev !== null);
    await bump(session.id);
    expect(await after).toEqual({ id: session.id, rev: 1, at: expect.any(Number) });
  });

  it("counts and removes subscribers", async () => {
    hub = createSessionEventHub(env.DATABASE_URL);
    const stopA = hub.subscribe("a", () => undefined);
    const stopB = hub.subscribe("a", () => undefined);
    expect(hub.subscriberCount()).toBe(2);
    stopA();
    stopB();
    expect(hub.subscriberCount()).toBe(0);
  });
});
