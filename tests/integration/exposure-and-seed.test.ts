// Question exposure and the demo seed, against the real database.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { checkExposureAction } from "@/features/sessions/actions";
import { questionsSeenByCandidate } from "@/features/sessions/exposure";
import { db } from "@/server/db";
import { loadDemoBank } from "../../prisma/demo/load-demo-bank";
import { DEMO_CANDIDATE, seedDemoSession } from "../../prisma/demo/seed-demo-session";
import { signInAs } from "~tests/setup/auth-stub";
import { createFinishedSession } from "~tests/factories/finished-sessions";
import { createBank, createQuestion } from "~tests/factories/questions";
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
    expect(byEmail.get(a.id)!.asked!.session!.id).toBe(older.id);
    expect(byEmail.get(b.id)!.asked!.session!.id).toBe(newer.id);
    expect(byEmail.get(b.id)!.asked!.session!.date).toEqual(new Date("2026-03-10T11:00:00Z"));

    const byId = await questionsSeenByCandidate(ivan, { id: older.candidateId }, [a.id]);
    expect(byId.get(a.id)!.asked!.session!.id).toBe(older.id);
    expect((await questionsSeenByCandidate(ivan, { email: "someone@else.com" }, [a.id])).size).toBe(0);
    expect((await questionsSeenByCandidate(ivan, {}, [a.id])).size).toBe(0);
  });

  it("names a session and its date only to those who may open it; others learn only that it was asked", async () => {
    const [panelist, outsider] = [await createUser(db, { role: "INTERVIEWER" }), await createUser(db, { role: "INTERVIEWER" })];
    const admin = await createUser(db, { role: "ADMIN" });
    const [a, b] = [await createQuestion(db), await createQuestion(db)];
    const candidate = { name: "Pat", email: "pat@example.com" };
    const mine = await createFinishedSession(db, { candidate, interviewers: [outsider], questions: [a], endedAt: new Date("2026-01-10T12:00:00Z") });
    const theirs = await createFinishedSession(db, { candidate, interviewers: [panelist], questions: [a, b], endedAt: new Date("2026-02-10T12:00:00Z") });

    // The outsider sits on the older session only: a is dated by that one, b is only "asked".
    const forOutsider = await questionsSeenByCandidate(outsider, { email: candidate.email }, [a.id, b.id]);
    expect(forOutsider.get(a.id)!.asked!.session!.id).toBe(mine.id);
    expect(forOutsider.get(b.id)).toEqual({ asked: { session: null }, practised: null });
    // Whoever sees every session (an admin) gets the newest.
    expect((await questionsSeenByCandidate(admin, { email: candidate.email }, [b.id])).get(b.id)!.asked!.session!.id).toBe(theirs.id);

    signInAs(outsider);
    const answer = await checkExposureAction({ candidateEmail: candidate.email, questionIds: [b.id] });
    expect(answer).toEqual({ ok: true, data: [{ questionId: b.id, asked: true, sessionId: null, askedOn: null, practisedOn: null, practisedCopy: false }] });
    expect(JSON.stringify(answer)).not.toContain(theirs.id);
  });

  it("counts the candidate account's practice on the question or on any copy of it, matched by email in any case", async () => {
    const ivan = await createUser(db, { role: "INTERVIEWER" });
    const account = await createUser(db, { role: "CANDIDATE", email: "Robin@Example.com" });
    const interview = await createBank(db, { name: "Interview" });
    const practice = await createBank(db, { name: "Practice", purpose: "PRACTICE" });
    const original = await createQuestion(db, { bankId: interview.id, number: 1 });
    const copy = await createQuestion(db, { bankId: practice.id, number: 1 });
    const copyOfCopy = await createQuestion(db, { bankId: practice.id, number: 2 });
    await db.question.update({ where: { id: copy.id }, data: { copiedFromId: original.id } });
    await db.question.update({ where: { id: copyOfCopy.id }, data: { copiedFromId: copy.id } });
    const unrelated = await createQuestion(db, { bankId: interview.id, number: 2 });
    const itself = await createQuestion(db, { bankId: interview.id, number: 3 });
    const attempt = (question: typeof copy, createdAt: string) =>
      db.practiceAttempt.create({
        data: { userId: account.id, questionId: question.id, questionVersionId: question.versions[0]!.id, answer: "x", grade: 2, durationMs: 1, createdAt: new Date(createdAt) },
      });
    await attempt(copy, "2026-04-01T10:00:00Z");
    await attempt(copyOfCopy, "2026-04-03T10:00:00Z");
    // Practised while its bank was for practice; the bank is for interviews now.
    await attempt(itself, "2026-04-02T10:00:00Z");

    const seen = await questionsSeenByCandidate(ivan, { email: "robin@example.com" }, [original.id, unrelated.id, itself.id]);
    expect(seen.get(original.id)).toEqual({ asked: null, practised: { date: new Date("2026-04-03T10:00:00Z"), copy: true } });
    expect(seen.get(itself.id)).toEqual({ asked: null, practised: { date: new Date("2026-04-02T10:00:00Z"), copy: false } });
    expect(seen.has(unrelated.id)).toBe(false);
    // Picking a copy finds practice on its original's other copies too; no email, no practice.
    expect((await questionsSeenByCandidate(ivan, { email: "ROBIN@example.com" }, [copy.id])).get(copy.id)!.practised!.date).toEqual(new Date("2026-04-03T10:00:00Z"));
    expect((await questionsSeenByCandidate(ivan, { email: "someone@else.com" }, [original.id])).size).toBe(0);

    // A candidate named by id is matched to the account through the candidate's email.
    const session = await createFinishedSession(db, { candidate: { name: "Robin", email: "robin@example.com" }, interviewers: [ivan], questions: [unrelated] });
    const byId = await questionsSeenByCandidate(ivan, { id: session.candidateId }, [original.id, unrelated.id]);
    expect(byId.get(original.id)!.practised).toMatchObject({ copy: true });
    expect(byId.get(unrelated.id)).toMatchObject({ asked: { session: { id: session.id } }, practised: null });

    signInAs(ivan);
    expect(await checkExposureAction({ candidateEmail: "robin@example.com", questionIds: [original.id] })).toEqual({
      ok: true,
      data: [{ questionId: original.id, asked: false, sessionId: null, askedOn: null, practisedOn: "2026-04-03T10:00:00.000Z", practisedCopy: true }],
    });
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
