// The scorecard JSON API against the real database; only the session lookup is replaced.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { api, buildWorld, completeBody } from "./scorecards-fixture";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

let w: Awaited<ReturnType<typeof buildWorld>>;
let sessionId: string;

beforeEach(async () => {
  await resetDb();
  w = await buildWorld();
  sessionId = (await w.session()).id;
  signInAs(w.ivan);
});

const noteOf = (interviewerId: string, questionId: string) =>
  db.questionNote.findFirstOrThrow({ where: { interviewerId, sessionQuestion: { sessionId, questionVersion: { questionId } } } });

describe("PUT /api/sessions/:id/scorecard (drafts)", () => {
  it("is prefilled from the cockpit's notes before anything is saved", async () => {
    const { status, body } = await api.list(sessionId);
    expect(status).toBe(200);
    const mine = body.find((c: { mine: boolean }) => c.mine);
    expect(mine).toMatchObject({ status: "draft", revision: 0, recommendation: null, interviewer: { email: w.ivan.email, name: w.ivan.name } });
    expect(mine.ratings[0]).toMatchObject({ questionId: w.q1.id, rating: 3, notes: "COCKPIT-NOTE", probesReached: 1, probeCount: 2, reached: true });
    expect(mine.ratings[0].heardWrongAnswers).toEqual([expect.stringContaining("WRONG-ANSWER-1-B")]);
    expect(mine.ratings[0].hintedProbes).toEqual([expect.stringContaining("Probe question 1.1")]);
    expect(mine.ratings[1]).toMatchObject({ questionId: w.q2.id, rating: null });
  });

  it("saves ratings into QuestionNote (one source of truth) and the rest into Scorecard", async () => {
    const before = await noteOf(w.ivan.id, w.q1.id);
    const { status, body } = await api.put(sessionId, {
      ratings: [
        { questionId: w.q1.id, rating: 4 },
        { questionId: w.q2.id, rating: 2, notes: "Reached for a lock" },
      ],
      recommendation: "strong_yes",
      level: "staff",
      summary: "Good",
      revision: 0,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "draft", revision: 1, recommendation: "strong_yes", level: "staff", summary: "Good" });

    const q1 = await noteOf(w.ivan.id, w.q1.id);
    expect([q1.rating, q1.notes, q1.heardWrongAnswers, q1.revision]).toEqual([4, "COCKPIT-NOTE", [1], before.revision + 1]);
    const q2 = await noteOf(w.ivan.id, w.q2.id);
    expect([q2.rating, q2.notes, q2.revision]).toEqual([2, "Reached for a lock", 1]);
    const card = await db.scorecard.findUniqueOrThrow({ where: { sessionId_interviewerId: { sessionId, interviewerId: w.ivan.id } } });
    expect(card).toMatchObject({ status: "DRAFT", recommendation: "STRONG_YES", level: "STAFF", summary: "Good", revision: 1, submittedAt: null });
    // Iris's notes are untouched by Ivan's save.
    expect(await db.questionNote.count({ where: { interviewerId: w.iris.id } })).toBe(0);
  });

  it("refuses a stale revision with 409 and the current scorecard", async () => {
    expect((await api.put(sessionId, { summary: "first tab", revision: 0 })).status).toBe(200);
    const stale = await api.put(sessionId, { summary: "second tab", revision: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("CONFLICT");
    expect(stale.body.current).toMatchObject({ summary: "first tab", revision: 1 });
    expect((await db.scorecard.findFirstOrThrow({ where: { sessionId } })).summary).toBe("first tab");
  });

  it("rejects bad input with field errors, never a stack", async () => {
    const bad = await api.put(sessionId, { ratings: [{ questionId: w.q1.id, rating: 5 }], recommendation: "maybe" });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fieldErrors).sort()).toEqual(["ratings.0.rating", "recommendation"]);
    const unknown = await api.put(sessionId, { ratings: [{ questionId: "not-in-this-session", rating: 2 }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fieldErrors).toEqual({ "ratings.0.questionId": ["That question is not part of this session"] });
    expect((await api.put(sessionId, "{not json")).status).toBe(400);
    expect(await db.scorecard.count()).toBe(0);
  });

  it("lets drafts start while the session is live, but refuses scheduled and cancelled sessions", async () => {
    await db.interviewSession.update({ where: { id: sessionId }, data: { status: "LIVE", endedAt: null } });
    expect((await api.put(sessionId, { summary: "while live" })).status).toBe(200);
    const early = await api.submit(sessionId);
    expect(early.status).toBe(409);
    for (const status of ["SCHEDULED", "CANCELLED"] as const) {
      await db.interviewSession.update({ where: { id: sessionId }, data: { status } });
      expect((await api.put(sessionId, { summary: "no" })).status).toBe(409);
    }
  });
});

describe("POST /api/sessions/:id/scorecard/submit", () => {
  it("refuses an incomplete scorecard with field errors naming the missing questions", async () => {
    await api.put(sessionId, { ratings: [{ questionId: w.q2.id, rating: 2 }] });
    const { status, body } = await api.submit(sessionId);
    expect(status).toBe(400);
    expect(body.error.fieldErrors).toEqual({
      [`ratings.${w.q3.id}`]: [expect.stringContaining("question 3")],
      recommendation: ["Choose a recommendation"],
      level: ["Choose an estimated level"],
    });
    expect(body.error.fieldErrors[`ratings.${w.q3.id}`][0]).toContain("Question 3: what is a race condition?");
    expect((await db.scorecard.findFirstOrThrow({ where: { sessionId } })).status).toBe("DRAFT");
  });

  it("does not ask for ratings of questions the interview never reached", async () => {
    const short = await w.session({ reachedPosition: 1, candidate: { id: w.candidate.id } });
    await api.put(short.id, { ratings: [{ questionId: w.q2.id, rating: 3 }], recommendation: "no", level: "junior" });
    const { status, body } = await api.submit(short.id);
    expect(status).toBe(200);
    expect(body.ratings[2]).toMatchObject({ reached: false, rating: null });
  });

  it("locks a complete scorecard, audits it, and refuses later plain saves", async () => {
    const saved = await api.put(sessionId, completeBody(w, [3, 2, 3]));
    const { status, body } = await api.submit(sessionId, { revision: saved.body.revision });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "submitted", revision: saved.body.revision + 1 });
    expect(body.submittedAt).toEqual(expect.any(String));
    const card = await db.scorecard.findFirstOrThrow({ where: { sessionId } });
    expect(card.status).toBe("SUBMITTED");
    expect(await db.auditEntry.count({ where: { action: "scorecard.submit", actorId: w.ivan.id, targetId: card.id } })).toBe(1);

    const locked = await api.put(sessionId, { summary: "changed my mind", revision: body.revision });
    expect(locked.status).toBe(409);
    expect((await api.submit(sessionId)).status).toBe(409);
    expect((await db.scorecard.findFirstOrThrow({ where: { sessionId } })).summary).toBe("SUMMARY");
  });

  it("amending keeps the submitted version with who and when, and must stay complete", async () => {
    await api.put(sessionId, completeBody(w, [3, 2, 3]));
    const submitted = await api.submit(sessionId);
    const startedAt = Date.now();

    const incomplete = await api.put(sessionId, { amend: true, ratings: [{ questionId: w.q2.id, rating: null }], revision: submitted.body.revision });
    expect(incomplete.status).toBe(400);
    expect(Object.keys(incomplete.body.error.fieldErrors)).toEqual([`ratings.${w.q2.id}`]);
    expect(await db.scorecardRevision.count()).toBe(0);
    expect((await noteOf(w.ivan.id, w.q2.id)).rating).toBe(2);

    const amended = await api.put(sessionId, { amend: true, ratings: [{ questionId: w.q2.id, rating: 4 }], summary: "AMENDED", revision: submitted.body.revision });
    expect(amended.status).toBe(200);
    expect(amended.body).toMatchObject({ status: "submitted", summary: "AMENDED", amendments: [{ amendedBy: w.ivan.name }] });
    expect(amended.body.ratings[1].rating).toBe(4);

    const [history] = await db.scorecardRevision.findMany();
    expect(history!.amendedById).toBe(w.ivan.id);
    expect(history!.createdAt.getTime()).toBeGreaterThanOrEqual(startedAt - 1000);
    expect(history!.snapshot).toMatchObject({ status: "SUBMITTED", summary: "SUMMARY", recommendation: "YES", ratings: [{ rating: 3 }, { rating: 2 }, { rating: 3 }] });
    expect(await db.auditEntry.count({ where: { action: "scorecard.amend", actorId: w.ivan.id } })).toBe(1);
    expect((await db.scorecard.findFirstOrThrow({ where: { sessionId } })).status).toBe("SUBMITTED");
  });

  it("refuses to amend a scorecard that was never submitted", async () => {
    const res = await api.put(sessionId, { amend: true, summary: "x" });
    expect(res.status).toBe(400);
    expect(await db.scorecardRevision.count()).toBe(0);
  });
});

describe("access", () => {
  it("answers 401 to nobody", async () => {
    signInAs(null);
    for (const res of [await api.put(sessionId, {}), await api.submit(sessionId), await api.list(sessionId)]) expect(res.status).toBe(401);
  });

  it("refuses a candidate everything (403), even one listed on the panel by mistake", async () => {
    await db.sessionInterviewer.create({ data: { sessionId, userId: w.candidateUser.id } });
    signInAs(w.candidateUser);
    for (const res of [await api.put(sessionId, { summary: "x" }), await api.submit(sessionId), await api.list(sessionId)]) expect(res.status).toBe(403);
  });

  it("refuses an interviewer who is not on the panel (403), and says 404 for an unknown session", async () => {
    signInAs(w.stranger);
    for (const res of [await api.put(sessionId, { summary: "x" }), await api.submit(sessionId), await api.list(sessionId)]) expect(res.status).toBe(403);
    for (const res of [await api.put("no-such-session", {}), await api.submit("no-such-session"), await api.list("no-such-session")]) expect(res.status).toBe(404);
    expect(await db.scorecard.count()).toBe(0);
  });

  it("lets a hiring manager read every scorecard, drafts included, but write none", async () => {
    await api.put(sessionId, completeBody(w, [3, 2, 3]));
    await api.submit(sessionId);
    signInAs(w.iris);
    await api.put(sessionId, { summary: "IRIS-DRAFT" });

    signInAs(w.manager);
    const { status, body } = await api.list(sessionId);
    expect(status).toBe(200);
    expect(body.map((c: { interviewer: { email: string }; status: string }) => [c.interviewer.email, c.status])).toEqual([
      [w.ivan.email, "submitted"],
      [w.iris.email, "draft"],
    ]);
    expect(body.every((c: { mine: boolean }) => !c.mine)).toBe(true);
    expect((await api.put(sessionId, { summary: "x" })).status).toBe(403);
    expect((await api.submit(sessionId)).status).toBe(403);
  });

  it("lets an admin on the panel score, and an admin off it only read", async () => {
    const own = await w.session({ interviewers: [w.admin, w.ivan] });
    signInAs(w.admin);
    expect((await api.put(own.id, { summary: "ADMIN-CARD" })).status).toBe(200);
    expect((await api.put(sessionId, { summary: "x" })).status).toBe(403);
    expect((await api.list(sessionId)).status).toBe(200);
  });
});
