// The home page's reads on the real database: the viewer's own panel (today in their zone,
// later, live first), the scorecards they owe (draft or not begun), candidates ready for a
// decision, mail failures; other people's rows never appear, and each read is a bounded,
// indexed walk.
import { beforeEach, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { createQuestion } from "~tests/factories/questions";
import { createFinishedSession } from "~tests/factories/finished-sessions";
import { createSession } from "~tests/factories/sessions";
import { createUser } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";
import { owedScorecardsSql, panelSessionsSql } from "./home-sql";
import { getMailFailures, getOwedScorecards, getPanelDay, getReadyCandidates, HOME_LIMIT } from "./queries";

type User = Awaited<ReturnType<typeof createUser>>;
let ivan: User;
let iris: User;
let question: { id: string };
const NOW = new Date("2027-06-10T10:00:00Z");
const at = (iso: string) => new Date(iso);

beforeEach(async () => {
  await resetDb();
  ivan = await createUser(db, { role: "INTERVIEWER", name: "Ivan" });
  iris = await createUser(db, { role: "INTERVIEWER", name: "Iris" });
  question = await createQuestion(db);
});

async function scheduled(creator: User, scheduledAt: Date | null, extra: { status?: "SCHEDULED" | "LIVE" | "CANCELLED"; panel?: User[] } = {}) {
  const { session } = await createSession(db, { creatorId: creator.id, questionIds: [question.id], interviewerIds: extra.panel?.map((u) => u.id), status: extra.status });
  return db.interviewSession.update({ where: { id: session.id }, data: { scheduledAt, durationMinutes: 45 } });
}

describe("the panel's day", () => {
  it("shows the viewer's live, today's, later and untimed sessions, in their zone, and nobody else's", async () => {
    const live = await scheduled(ivan, null, { status: "LIVE" });
    const morning = await scheduled(ivan, at("2027-06-10T07:00:00Z"));
    // 23:30 UTC is still the 10th in New York (19:30), but the 11th in Berlin (01:30).
    const late = await scheduled(ivan, at("2027-06-10T23:30:00Z"));
    const nextWeek = await scheduled(ivan, at("2027-06-17T09:00:00Z"));
    const untimed = await scheduled(ivan, null);
    await scheduled(ivan, at("2027-06-09T09:00:00Z")); // yesterday: not shown
    await scheduled(ivan, at("2027-06-10T12:00:00Z"), { status: "CANCELLED" });
    await scheduled(iris, at("2027-06-10T12:00:00Z")); // Iris's panel only
    const shared = await scheduled(iris, at("2027-06-10T15:00:00Z"), { panel: [ivan] });

    const berlin = await getPanelDay(ivan, "Europe/Berlin", NOW);
    expect(berlin.today.map((s) => s.id)).toEqual([live.id, morning.id, shared.id]);
    expect(berlin.today[0]!.live).toBe(true);
    expect(berlin.upcoming.map((s) => s.id)).toEqual([late.id, nextWeek.id]);
    expect(berlin.unscheduled.map((s) => s.id)).toEqual([untimed.id]);
    expect(berlin.more).toBe(false);

    const newYork = await getPanelDay(ivan, "America/New_York", NOW);
    expect(newYork.today.map((s) => s.id)).toEqual([live.id, morning.id, shared.id, late.id]);

    const forIris = await getPanelDay(iris, "UTC", NOW);
    expect([...forIris.today, ...forIris.upcoming, ...forIris.unscheduled].map((s) => s.title).sort()).toHaveLength(2);
  });

  it("shows at most HOME_LIMIT sessions and says there are more", async () => {
    for (let i = 0; i < HOME_LIMIT + 2; i++) await scheduled(ivan, new Date(NOW.getTime() + (i + 1) * 3_600_000));
    const day = await getPanelDay(ivan, "UTC", NOW);
    expect(day.today.length + day.upcoming.length).toBe(HOME_LIMIT);
    expect(day.more).toBe(true);
  });

  it("is for people who sit on panels only", async () => {
    const manager = await createUser(db, { role: "HIRING_MANAGER" });
    await expect(getPanelDay(manager, "UTC", NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getOwedScorecards(manager)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("owed scorecards", () => {
  it("lists the viewer's completed sessions whose card is a draft or not begun, longest owed first", async () => {
    const notBegun = await createFinishedSession(db, { candidate: { name: "Nora" }, interviewers: [ivan, iris], questions: [question], endedAt: at("2027-06-01T10:00:00Z"), scorecards: [{ interviewerId: iris.id, status: "SUBMITTED", recommendation: "YES" }] });
    const draft = await createFinishedSession(db, { candidate: { name: "Dora" }, interviewers: [ivan], questions: [question], endedAt: at("2027-06-05T10:00:00Z"), scorecards: [{ interviewerId: ivan.id, status: "DRAFT" }] });
    // Submitted by Ivan: not owed; a draft of Iris's: hers, not his.
    await createFinishedSession(db, { candidate: { name: "Sam" }, interviewers: [ivan, iris], questions: [question], scorecards: [{ interviewerId: ivan.id, status: "SUBMITTED", recommendation: "NO" }, { interviewerId: iris.id, status: "DRAFT" }] });
    // Live, not finished yet: nothing owed.
    await scheduled(ivan, null, { status: "LIVE" });

    const owed = await getOwedScorecards(ivan);
    expect(owed.items.map((o) => [o.sessionId, o.begun])).toEqual([[notBegun.id, false], [draft.id, true]]);
    expect(owed.more).toBe(false);

    const irisOwes = await getOwedScorecards(iris);
    expect(irisOwes.items.map((o) => o.candidateName)).toEqual(["Sam"]);
  });
});

describe("candidates ready for a decision", () => {
  it("are those with every scorecard in and no decision, for reviewers only", async () => {
    const manager = await createUser(db, { role: "HIRING_MANAGER" });
    await createFinishedSession(db, { candidate: { name: "Ready Rita" }, interviewers: [ivan, iris], questions: [question], scorecards: [{ interviewerId: ivan.id, status: "SUBMITTED", recommendation: "YES" }, { interviewerId: iris.id, status: "SUBMITTED", recommendation: "NO" }] });
    await createFinishedSession(db, { candidate: { name: "Waiting Walt" }, interviewers: [ivan, iris], questions: [question], scorecards: [{ interviewerId: ivan.id, status: "SUBMITTED", recommendation: "YES" }] });
    const decided = await createFinishedSession(db, { candidate: { name: "Decided Dan" }, interviewers: [ivan], questions: [question], scorecards: [{ interviewerId: ivan.id, status: "SUBMITTED", recommendation: "YES" }] });
    await db.decision.create({ data: { candidateId: decided.candidateId, decidedById: manager.id, outcome: "HIRE", reason: "Strong" } });

    const ready = await getReadyCandidates(manager);
    expect(ready.items.map((c) => c.name)).toEqual(["Ready Rita"]);
    await expect(getReadyCandidates(ivan)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("mail failures", () => {
  it("lists the outbox's given-up messages for admins only", async () => {
    const admin = await createUser(db, { role: "ADMIN" });
    await db.outboxMessage.create({ data: { to: "gone@example.com", subject: "Bounced", text: "t", html: "h", reason: "r", status: "FAILED", attempts: 8, lastError: "550 no such user" } });
    await db.outboxMessage.create({ data: { to: "ok@example.com", subject: "Fine", text: "t", html: "h", reason: "r", status: "SENT" } });
    const failures = await getMailFailures(admin);
    expect(failures.total).toBe(1);
    expect(failures.items).toMatchObject([{ to: "gone@example.com", subject: "Bounced", lastError: "550 no such user" }]);
    await expect(getMailFailures(ivan)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the home statements", () => {
  it("have an index path through the viewer's panel seats, never a scan of the session table, and a LIMIT", async () => {
    // The test database is small, so the planner would scan anyway; with sequential scans priced
    // out it shows the path it has for a big one.
    for (const statement of [panelSessionsSql(ivan.id, NOW, HOME_LIMIT + 1), owedScorecardsSql(ivan.id, HOME_LIMIT + 1)]) {
      const plan = await db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        const rows = await tx.$queryRaw<Array<{ "QUERY PLAN": string }>>(Prisma.sql`EXPLAIN ${statement}`);
        return rows.map((row) => row["QUERY PLAN"]).join("\n");
      });
      expect(plan).toMatch(/SessionInterviewer_userId_idx|SessionInterviewer_pkey/);
      expect(plan).not.toMatch(/Seq Scan on "InterviewSession"/);
      expect(plan).toMatch(/^Limit/);
    }
  });
});
