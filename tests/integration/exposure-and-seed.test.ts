// Question exposure and the demo seed, against the real database.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { checkExposureAction } from "@/features/scorecards/actions";
import { questionsSeenByCandidate } from "@/features/scorecards/exposure";
import { db } from "@/server/db";
import { loadDemoBank } from "../../prisma/demo/load-demo-bank";
import { DEMO_CANDIDATE, seedDemoSession } from "../../prisma/demo/seed-demo-session";
import { signInAs } from "~tests/setup/auth-stub";
import { createFinishedSession } from "~tests/factories/finished-sessions";
import { createQuestion } from "~tests/factories/questions";
import { createUser, ensureDemoUsers } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

beforeEach(async () => {
  await resetDb();
});

describe("questionsSeenByCandidate", () => {
  it("finds questions from started sessions, by candidate id or by email in any case, newest first", async () => {
    const ivan = await createUser(db, { role: "INTERVIEWER" });
    const [a, b, c] = await Promise.all([createQuestion(db), createQuestion(db), createQuestion(db)]);
    const older = await createFinishedSession(db, { candidate: { name: "Sam", email: "sam@example.com" }, interviewers: [ivan], questions: [a, b], endedAt: new Date("2026-01-10T12:00:00Z") });
    const newer = await createFinishedSession(db, { candidate: { name: "Sam", email: "sam@example.com" }, interviewers: [ivan], questions: [b], endedAt: new Date("2026-03-10T12:00:00Z") });
    // A scheduled session has shown the candidate nothing yet.
    const scheduled = await createFinishedSession(db, { candidate: { name: "Sam", email: "sam@example.com" }, interviewers: [ivan], questions: [c] });
    await db.interviewSession.update({ where: { id: scheduled.id }, data: { status: "SCHEDULED", startedAt: null, endedAt: null } });

    const byEmail = await questionsSeenByCandidate(ivan, { email: "SAM@Example.com" }, [a.id, b.id, c.id]);
    expect([...byEmail.keys()].sort()).toEqual([a.id, b.id].sort());
    expect(byEmail.get(a.id)!.sessionId).toBe(older.id);
    expect(byEmail.get(b.id)!.sessionId).toBe(newer.id);
    expect(byEmail.get(b.id)!.date).toEqual(new Date("2026-03-10T11:00:00Z"));

    const byId = await questionsSeenByCandidate(ivan, { id: older.candidateId }, [a.id]);
    expect(byId.get(a.id)!.sessionId).toBe(older.id);
    expect((await questionsSeenByCandidate(ivan, { email: "someone@else.com" }, [a.id])).size).toBe(0);
    expect((await questionsSeenByCandidate(ivan, {}, [a.id])).size).toBe(0);
  });

  it("is offered to session builders only", async () => {
    const q = await createQuestion(db);
    for (const role of ["HIRING_MANAGER", "CANDIDATE"] as const) {
      signInAs(await createUser(db, { role }));
      expect(await checkExposureAction({ candidateEmail: "sam@example.com", questionIds: [q.id] })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    signInAs(await createUser(db, { role: "INTERVIEWER" }));
    expect(await checkExposureAction({ candidateEmail: "sam@example.com", questionIds: [q.id] })).toEqual({ ok: true, data: [] });
    expect(await checkExposureAction({ candidateEmail: "not an email", questionIds: [] })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });
});

describe("seedDemoSession", () => {
  it("builds Riley's finished interview from the demo bank once, with two submitted scorecards that disagree", async () => {
    await ensureDemoUsers(db);
    await loadDemoBank();
    const first = await seedDemoSession(db);
    expect(first).not.toBeNull();
    expect(await seedDemoSession(db)).toBeNull();

    const sessions = await db.interviewSession.findMany({
      where: { candidate: { email: DEMO_CANDIDATE.email } },
      include: {
        scorecards: true,
        questions: { orderBy: { position: "asc" }, include: { notes: true, questionVersion: { include: { question: { include: { bank: true } } } } } },
      },
    });
    expect(sessions).toHaveLength(1);
    const [s] = sessions;
    expect(s!.status).toBe("COMPLETED");
    expect(s!.scorecards.map((c) => c.status)).toEqual(["SUBMITTED", "SUBMITTED"]);
    expect(s!.questions.map((q) => q.questionVersion.level)).toEqual(["JUNIOR", "MIDDLE", "SENIOR", "STAFF"]);
    expect(new Set(s!.questions.map((q) => q.questionVersion.question.bank.source))).toEqual(new Set(["prisma/demo/concurrency-questions.md"]));
    const gaps = s!.questions.map((q) => {
      const ratings = q.notes.map((n) => n.rating!);
      return Math.max(...ratings) - Math.min(...ratings);
    });
    expect(gaps.filter((g) => g >= 2)).toHaveLength(1);
  });

  it("falls back to factory questions when the demo bank is not loaded", async () => {
    await ensureDemoUsers(db);
    expect(await seedDemoSession(db)).not.toBeNull();
    expect(await db.sessionQuestion.count()).toBe(4);
  });
});
