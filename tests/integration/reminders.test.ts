// Reminders on a controllable clock, delivered through the outbox to a real SMTP receiver: a
// draft scorecard 24 h after the session ended (once per card), and "every card is in" to the
// hiring managers (once per session), however often and by however many instances the job runs.
import { beforeEach, describe, expect, it } from "vitest";
import { runReminders } from "@/features/scorecards/reminders";
import { db } from "@/server/db";
import { createFinishedSession } from "~tests/factories/finished-sessions";
import { createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { recipientOf as to, mailInboxPerTest } from "~tests/setup/mail-inbox";
import { resetDb } from "~tests/setup/reset-db";

const { deliver } = mailInboxPerTest();
const HOUR = 60 * 60 * 1000;

beforeEach(async () => {
  await resetDb();
});


describe("reminders", () => {
  it("reminds an interviewer of a draft scorecard 24 h after the end, once, and not one who submitted", async () => {
    const [drafting, done, absent] = [await createUser(db, { role: "INTERVIEWER" }), await createUser(db, { role: "INTERVIEWER" }), await createUser(db, { role: "INTERVIEWER" })];
    const endedAt = new Date("2027-02-01T10:00:00Z");
    const session = await createFinishedSession(db, {
      candidate: { name: "Rita Remind" },
      interviewers: [drafting, done, absent],
      questions: [await createQuestion(db)],
      endedAt,
      scorecards: [{ interviewerId: drafting.id, status: "DRAFT" }, { interviewerId: done.id, status: "SUBMITTED" }],
    });

    expect(await runReminders(new Date(endedAt.getTime() + 23 * HOUR), db)).toBe(0);
    expect(await deliver()).toHaveLength(0);

    const dayLater = new Date(endedAt.getTime() + 24 * HOUR);
    // Two instances running the job at the same moment queue each reminder once.
    const [a, b] = await Promise.all([runReminders(dayLater, db), runReminders(dayLater, db)]);
    expect(a + b).toBe(2);
    const mails = await deliver();
    expect(mails.map(to).sort()).toEqual([drafting.email, absent.email].sort());
    expect(mails[0]?.parsed.text).toContain(`/sessions/${session.id}/scorecard`);
    expect(mails[0]?.parsed.text).toContain("You receive this because");

    expect(await runReminders(new Date(endedAt.getTime() + 72 * HOUR), db)).toBe(0);
    expect(await deliver()).toHaveLength(0);
  });

  it("tells every active hiring manager once when a session's scorecards are all in", async () => {
    const interviewer = await createUser(db, { role: "INTERVIEWER" });
    const managers = [await createUser(db, { role: "HIRING_MANAGER" }), await createUser(db, { role: "HIRING_MANAGER" })];
    await createUser(db, { role: "HIRING_MANAGER", active: false });
    const session = await createFinishedSession(db, {
      candidate: { name: "Dora Decide" },
      interviewers: [interviewer],
      questions: [await createQuestion(db)],
      scorecards: [{ interviewerId: interviewer.id, status: "DRAFT" }],
    });
    const now = new Date();
    await runReminders(now, db);
    expect((await deliver()).filter((m) => m.parsed.subject?.startsWith("Ready for a decision"))).toHaveLength(0);

    await db.scorecard.updateMany({ where: { sessionId: session.id }, data: { status: "SUBMITTED", submittedAt: now } });
    expect(await runReminders(now, db)).toBe(2);
    const mails = await deliver();
    expect(mails.map(to).sort()).toEqual(managers.map((m) => m.email).sort());
    expect(mails[0]?.parsed.subject).toBe("Ready for a decision: Dora Decide");
    expect(await runReminders(new Date(now.getTime() + HOUR), db)).toBe(0);
  });

  it("the first run after deploy reminds only of what became due in the last 7 days, not of sessions that ended long before", async () => {
    const interviewer = await createUser(db, { role: "INTERVIEWER" });
    await createUser(db, { role: "HIRING_MANAGER" });
    const now = new Date("2027-03-01T12:00:00Z");
    const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * HOUR);
    const question = await createQuestion(db);
    const make = (name: string, endedAt: Date, status: "DRAFT" | "SUBMITTED", submittedAt?: Date) =>
      createFinishedSession(db, { candidate: { name }, title: name, interviewers: [interviewer], questions: [question], endedAt, scorecards: [{ interviewerId: interviewer.id, status, ...(submittedAt ? { submittedAt } : {}) }] });
    await make("Old Draft", daysAgo(90), "DRAFT");
    await make("Just Past Draft", daysAgo(7.5), "DRAFT");
    await make("Old Complete", daysAgo(60), "SUBMITTED", daysAgo(59));
    await make("Recent Draft", daysAgo(6), "DRAFT");
    // Ended long ago, but its last card came in yesterday: the managers hear of it now.
    const lateComplete = await make("Late Complete", daysAgo(30), "SUBMITTED", daysAgo(1));
    const { candidateId } = await db.interviewSession.findUniqueOrThrow({ where: { id: lateComplete.id }, select: { candidateId: true } });

    expect(await runReminders(now, db)).toBe(2);
    const mails = await deliver();
    expect(mails.map((m) => m.parsed.subject).sort()).toEqual(["Ready for a decision: Late Complete", "Your scorecard is still a draft: Recent Draft"].sort());
    expect(mails.find((m) => m.parsed.subject?.startsWith("Ready"))?.parsed.text).toContain(`/candidates/${candidateId}`);
  });
});
