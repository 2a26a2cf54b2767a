// A candidate's personal data on the real database: correcting it, merging two records of one
// person, erasing everything about them (and their account's practice), each one transaction,
// audited without the personal data itself.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createFinishedSession } from "~tests/factories/finished-sessions";
import { createQuestion } from "~tests/factories/questions";
import { createSession } from "~tests/factories/sessions";
import { createUser } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";
import { editCandidate, eraseCandidate, findOtherRecords, mergeCandidates } from "./personal-data";

type User = Awaited<ReturnType<typeof createUser>>;
let manager: User;
let ivan: User;
let question: Awaited<ReturnType<typeof createQuestion>>;

beforeEach(async () => {
  await resetDb();
  manager = await createUser(db, { role: "HIRING_MANAGER" });
  ivan = await createUser(db, { role: "INTERVIEWER" });
  question = await createQuestion(db);
});

/** A finished interview with a note, a submitted scorecard (amended once), a code pad and a decision. */
async function interviewed(candidate: { name: string; email?: string | null } | { id: string }, title = "Backend loop") {
  const session = await createFinishedSession(db, {
    candidate,
    title,
    interviewers: [ivan],
    questions: [question],
    notes: [{ interviewerId: ivan.id, position: 0, rating: 3, notes: "Talked about her time at Acme." }],
    scorecards: [{ interviewerId: ivan.id, recommendation: "YES", level: "SENIOR", summary: "Strong; knows Acme's stack." }],
  });
  const card = await db.scorecard.findFirstOrThrow({ where: { sessionId: session.id } });
  await db.scorecardRevision.create({ data: { scorecardId: card.id, snapshot: { summary: "Earlier words about her." }, amendedById: ivan.id } });
  await db.codePad.create({
    data: { sessionQuestionId: session.questions[0]!.id, headSeq: 1, updates: { create: [{ seq: 1, data: Buffer.from([1, 2, 3]), author: "CANDIDATE" }] } },
  });
  await db.decision.create({ data: { candidateId: session.candidateId, decidedById: manager.id, outcome: "HIRE", reason: "Great at Acme-scale systems." } });
  return session;
}

describe("editing a candidate", () => {
  it("corrects the name and email, and removes an email left empty; the audit names the fields, not the values", async () => {
    const { candidateId } = await interviewed({ name: "Ana Lmia", email: "ana@old.example" });
    await editCandidate(manager, { candidateId, name: "Ana Lima", email: "Ana@New.example" });
    expect(await db.candidate.findUniqueOrThrow({ where: { id: candidateId } })).toMatchObject({ name: "Ana Lima", email: "ana@new.example" });
    // Each session's own copy of the name is corrected too.
    expect(await db.interviewSession.findMany({ where: { candidateId }, select: { candidateName: true } })).toEqual([{ candidateName: "Ana Lima" }]);
    await editCandidate(manager, { candidateId, name: "Ana Lima", email: "" });
    expect(await db.candidate.findUniqueOrThrow({ where: { id: candidateId } })).toMatchObject({ email: null });
    const entries = await db.auditEntry.findMany({ where: { action: "candidate.edit" }, orderBy: { createdAt: "asc" } });
    expect(entries.map((e) => e.details)).toEqual([{ changed: ["name", "email"] }, { changed: ["email"] }]);
    expect(JSON.stringify(entries)).not.toMatch(/ana@|Lima|Lmia/i);
  });

  it("refuses another candidate's email (suggesting a merge), bad input, and interviewers", async () => {
    const { candidateId } = await interviewed({ name: "Ana", email: "ana@example.test" });
    await db.candidate.create({ data: { name: "Bo", email: "bo@example.test" } });
    await expect(editCandidate(manager, { candidateId, name: "Ana", email: "bo@example.test" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { email: [expect.stringMatching(/merge/)] },
    });
    for (const bad of [{ email: "not an email" }, { name: "" }, { name: "x".repeat(121) }, { email: `${"x".repeat(250)}@example.test` }]) {
      await expect(editCandidate(manager, { candidateId, name: "Ana", email: "ana@example.test", ...bad })).rejects.toMatchObject({ name: "ZodError" });
    }
    await expect(editCandidate(ivan, { candidateId, name: "X", email: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.candidate.findUniqueOrThrow({ where: { id: candidateId } })).toMatchObject({ name: "Ana", email: "ana@example.test" });
  });
});

describe("merging two records of one person", () => {
  it("moves the other's sessions and decisions here, takes its email when this one has none, removes it, audited", async () => {
    const kept = await interviewed({ name: "Ana Lima" }, "First loop");
    const other = await interviewed({ name: "Ana  Lima", email: "ana@example.test" }, "Second loop");
    expect((await findOtherRecords(manager, kept.candidateId, "ana lima")).map((r) => r.id)).toEqual([]);
    expect((await findOtherRecords(manager, kept.candidateId, "ana@")).map((r) => r.id)).toEqual([other.candidateId]);

    expect(await mergeCandidates(manager, { keepId: kept.candidateId, mergeId: other.candidateId })).toEqual({ keptId: kept.candidateId, sessions: 1, decisions: 1 });
    const row = await db.candidate.findUniqueOrThrow({ where: { id: kept.candidateId }, include: { sessions: true, decisions: true } });
    expect(row).toMatchObject({ name: "Ana Lima", email: "ana@example.test" });
    expect(row.sessions.map((s) => s.title).sort()).toEqual(["First loop", "Second loop"]);
    expect(row.decisions).toHaveLength(2);
    expect(row.lastSessionAt).not.toBeNull();
    expect(await db.candidate.findUnique({ where: { id: other.candidateId } })).toBeNull();
    expect(await db.auditEntry.findFirstOrThrow({ where: { action: "candidate.merge" } })).toMatchObject({
      targetId: kept.candidateId,
      details: { mergedId: other.candidateId, sessions: 1, decisions: 1 },
    });
  });

  it("keeps this record's own email; refuses a record merged into itself, a missing one, and interviewers", async () => {
    const kept = await interviewed({ name: "Ana", email: "ana@one.example" });
    const other = await interviewed({ name: "Ana", email: "ana@two.example" });
    await expect(mergeCandidates(manager, { keepId: kept.candidateId, mergeId: kept.candidateId })).rejects.toMatchObject({ name: "ZodError" });
    await expect(mergeCandidates(ivan, { keepId: kept.candidateId, mergeId: other.candidateId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await mergeCandidates(manager, { keepId: kept.candidateId, mergeId: other.candidateId });
    expect(await db.candidate.findUniqueOrThrow({ where: { id: kept.candidateId } })).toMatchObject({ email: "ana@one.example" });
    await expect(mergeCandidates(manager, { keepId: kept.candidateId, mergeId: other.candidateId })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("erasing a candidate", () => {
  it("erases their sessions, notes, scorecards, pads and decisions, and their account's practice; keeps everyone else's; audits counts only", async () => {
    const erased = await interviewed({ name: "Cara Candidate", email: "cara@example.test" });
    await interviewed({ name: "Cara Candidate", email: "cara@example.test" }, "Second loop");
    const bystander = await interviewed({ name: "Bo Bystander" });
    const account = await createUser(db, { role: "CANDIDATE", email: "cara@example.test" });
    const practised = await createQuestion(db, { purpose: "PRACTICE" });
    const run = await db.practiceRun.create({ data: { userId: account.id, questionIds: [practised.id] } });
    await db.practiceAttempt.create({ data: { runId: run.id, userId: account.id, questionId: practised.id, questionVersionId: practised.versions[0]!.id, answer: "mine", grade: 3, durationMs: 5 } });
    await db.practiceCard.create({ data: { userId: account.id, questionId: practised.id, due: new Date(), stability: 1, difficulty: 1, elapsedDays: 0, scheduledDays: 1, reps: 1, lapses: 0, state: 1 } });
    await db.practiceShare.create({ data: { userId: account.id, tokenHash: "a".repeat(64) } });
    const friendNote = "Friend: mixed up parallelism and concurrency";
    await db.mockInterview.create({ data: { userId: account.id, friendTokenHash: "b".repeat(64), questions: { create: { position: 0, questionVersionId: practised.versions[0]!.id, rating: 2, notes: friendNote } } } });

    await expect(eraseCandidate(manager, { candidateId: erased.candidateId, confirmName: "Cara" })).rejects.toMatchObject({ fieldErrors: { confirmName: [expect.any(String)] } });
    const counts = await eraseCandidate(manager, { candidateId: erased.candidateId, confirmName: "  cara candidate " });
    expect(counts).toEqual({ sessions: 2, notes: 2, scorecards: 2, codePads: 2, decisions: 2, practiceAttempts: 1, practiceRuns: 1, practiceCards: 1, practiceShares: 1, mockInterviews: 1 });

    expect(await db.candidate.findUnique({ where: { id: erased.candidateId } })).toBeNull();
    expect(await db.interviewSession.count({ where: { candidateId: erased.candidateId } })).toBe(0);
    for (const count of [db.questionNote.count(), db.scorecard.count(), db.codePad.count(), db.decision.count(), db.scorecardRevision.count()]) expect(await count).toBe(1);
    for (const count of [db.practiceAttempt.count(), db.practiceRun.count(), db.practiceCard.count(), db.practiceShare.count(), db.mockInterview.count(), db.mockQuestion.count()]) expect(await count).toBe(0);
    // The account stays; the bystander is untouched.
    expect(await db.user.findUnique({ where: { id: account.id } })).not.toBeNull();
    expect(await db.interviewSession.count({ where: { candidateId: bystander.candidateId } })).toBe(1);

    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "candidate.erase" } });
    expect(entry).toMatchObject({ actorId: manager.id, targetType: "candidate", targetId: null, details: counts });
    expect(JSON.stringify(await db.auditEntry.findMany())).not.toMatch(/cara|Acme/i);
  });

  it("refuses while an interview with them is live, and refuses interviewers; nothing is erased", async () => {
    const { session } = await createSession(db, { creatorId: ivan.id, questionIds: [question.id], status: "LIVE", candidateName: "Dan Live" });
    await expect(eraseCandidate(ivan, { candidateId: session.candidateId, confirmName: "Dan Live" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(eraseCandidate(manager, { candidateId: session.candidateId, confirmName: "Dan Live" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.interviewSession.count()).toBe(1);
    await expect(eraseCandidate(manager, { candidateId: "cmissingcand0000000000000", confirmName: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
