// Retention on the real database, with the clock in the test's hands: the job decides from the
// `now` it is given, so "seven months later" is an argument, not a wait.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createFinishedSession } from "~tests/factories/finished-sessions";
import { createQuestion } from "~tests/factories/questions";
import { createSession } from "~tests/factories/sessions";
import { createUser } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";
import { ANONYMISED_NAME, ANONYMISED_REASON, ANONYMISED_SESSION_TITLE, getRetentionMonths, retentionCutoff, runRetention, setRetention } from "./retention";

type User = Awaited<ReturnType<typeof createUser>>;
let admin: User;
let ivan: User;
let question: Awaited<ReturnType<typeof createQuestion>>;
const T0 = new Date();
const monthsLater = (months: number) => new Date(T0.getTime() + months * 31 * 24 * 3600 * 1000);

beforeEach(async () => {
  await resetDb();
  admin = await createUser(db, { role: "ADMIN" });
  ivan = await createUser(db, { role: "INTERVIEWER" });
  question = await createQuestion(db);
});

async function interviewed(name: string, email: string | null = null) {
  const session = await createFinishedSession(db, {
    candidate: { name, email },
    title: `Interview with ${name}`,
    interviewers: [ivan],
    questions: [question],
    endedAt: T0,
    notes: [{ interviewerId: ivan.id, position: 0, rating: 4, notes: `${name} explained it well.` }],
    scorecards: [{ interviewerId: ivan.id, recommendation: "STRONG_YES", level: "STAFF", summary: `${name} is strong.` }],
  });
  const card = await db.scorecard.findFirstOrThrow({ where: { sessionId: session.id } });
  await db.scorecardRevision.create({ data: { scorecardId: card.id, snapshot: { summary: `${name}, earlier` }, amendedById: ivan.id } });
  await db.codePad.create({ data: { sessionQuestionId: session.questions[0]!.id } });
  await db.decision.create({ data: { candidateId: session.candidateId, decidedById: admin.id, outcome: "HIRE", reason: `Hire ${name}.` } });
  return session;
}

describe("the retention setting", () => {
  it("is off by default: nothing is anonymised however old", async () => {
    await interviewed("Old Timer");
    expect(await getRetentionMonths()).toBeNull();
    expect(await runRetention(monthsLater(120))).toEqual({ months: null, anonymised: 0 });
    expect(await db.candidate.count({ where: { anonymisedAt: { not: null } } })).toBe(0);
  });

  it("is set and turned off by admins only, audited; bad values are field errors", async () => {
    expect(await setRetention(admin, { months: "6" })).toEqual({ months: 6 });
    expect(await getRetentionMonths()).toBe(6);
    expect(await setRetention(admin, { months: "" })).toEqual({ months: null });
    expect(await getRetentionMonths()).toBeNull();
    for (const months of ["0", "121", "2.5", "soon", undefined]) {
      await expect(setRetention(admin, { months })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["months"] })] });
    }
    await expect(setRetention(await createUser(db, { role: "HIRING_MANAGER" }), { months: "6" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.auditEntry.findMany({ where: { action: "settings.update", targetId: "candidateRetention" }, orderBy: { createdAt: "asc" } })).map((e) => e.details)).toEqual([
      { from: null, to: 6 },
      { from: 6, to: null },
    ]);
  });
});

describe("anonymising inactive candidates", () => {
  it("after N months without activity: the name, email and every free text go, the numbers stay, once", async () => {
    await setRetention(admin, { months: 6 });
    const ana = await interviewed("Ana Lima", "ana@example.test");

    expect(await runRetention(monthsLater(5))).toEqual({ months: 6, anonymised: 0 });
    expect(await runRetention(monthsLater(7))).toEqual({ months: 6, anonymised: 1 });

    const row = await db.candidate.findUniqueOrThrow({ where: { id: ana.candidateId }, include: { sessions: { include: { scorecards: { include: { history: true } }, questions: { include: { notes: true, pad: true } } } }, decisions: true } });
    expect(row).toMatchObject({ name: ANONYMISED_NAME, email: null, anonymisedAt: monthsLater(7) });
    const [session] = row.sessions;
    expect(session).toMatchObject({ title: ANONYMISED_SESSION_TITLE, candidateName: ANONYMISED_NAME, status: "COMPLETED" });
    expect(session!.questions[0]!.notes).toMatchObject([{ notes: "", rating: 4 }]);
    expect(session!.questions[0]!.pad).toBeNull();
    expect(session!.scorecards).toMatchObject([{ summary: "", recommendation: "STRONG_YES", level: "STAFF", history: [] }]);
    expect(row.decisions).toMatchObject([{ outcome: "HIRE", reason: ANONYMISED_REASON }]);

    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "candidate.anonymise" } });
    expect(entry).toMatchObject({ actorId: null, targetId: ana.candidateId, details: { months: 6, sessions: 1, notes: 1, scorecards: 1, revisions: 1, codePads: 1, decisions: 1 } });
    expect(JSON.stringify(await db.auditEntry.findMany())).not.toMatch(/Ana|ana@/);
    // Once anonymised, never again.
    expect(await runRetention(monthsLater(30))).toMatchObject({ anonymised: 0 });
  });

  it("counts the newest activity (a later decision) and spares anyone with a scheduled or live interview", async () => {
    await setRetention(admin, { months: 6 });
    const decidedLater = await interviewed("Decided Later");
    await db.decision.create({ data: { candidateId: decidedLater.candidateId, decidedById: admin.id, outcome: "HOLD", reason: "Wait.", createdAt: monthsLater(3) } });
    const booked = await interviewed("Booked Again");
    await createSession(db, { creatorId: ivan.id, questionIds: [question.id] });
    await db.interviewSession.updateMany({ where: { title: { startsWith: "Test session" } }, data: { candidateId: booked.candidateId } });
    // The factory's own candidate for that session, left with nothing: not part of this story.
    await db.candidate.deleteMany({ where: { name: { startsWith: "Test candidate" } } });
    const quiet = await interviewed("Quiet One");

    expect(await runRetention(monthsLater(8))).toMatchObject({ anonymised: 1 });
    expect((await db.candidate.findUniqueOrThrow({ where: { id: quiet.candidateId } })).name).toBe(ANONYMISED_NAME);
    expect((await db.candidate.findUniqueOrThrow({ where: { id: decidedLater.candidateId } })).name).toBe("Decided Later");
    expect((await db.candidate.findUniqueOrThrow({ where: { id: booked.candidateId } })).name).toBe("Booked Again");
    // Nine months after the decision, that candidate is due too; the booked one never is.
    expect(await runRetention(monthsLater(10))).toMatchObject({ anonymised: 1 });
    expect(await runRetention(monthsLater(100))).toMatchObject({ anonymised: 0 });
  });

  it("handles each candidate once when two instances run the job at the same moment", async () => {
    await setRetention(admin, { months: 1 });
    for (const name of ["One", "Two", "Three", "Four"]) await interviewed(name);
    const results = await Promise.all([runRetention(monthsLater(2)), runRetention(monthsLater(2))]);
    expect(results[0]!.anonymised + results[1]!.anonymised).toBe(4);
    expect(await db.auditEntry.count({ where: { action: "candidate.anonymise" } })).toBe(4);
  });
});

describe("retentionCutoff", () => {
  it.each([
    { now: "2026-09-15T10:00:00.000Z", months: 6, cutoff: "2026-03-15T10:00:00.000Z" },
    { now: "2026-03-31T00:00:00.000Z", months: 1, cutoff: "2026-02-28T00:00:00.000Z" },
    { now: "2028-03-31T12:00:00.000Z", months: 1, cutoff: "2028-02-29T12:00:00.000Z" },
    { now: "2026-01-10T00:00:00.000Z", months: 24, cutoff: "2024-01-10T00:00:00.000Z" },
  ])("$months months before $now is $cutoff", ({ now, months, cutoff }) => {
    expect(retentionCutoff(new Date(now), months).toISOString()).toBe(cutoff);
  });
});
