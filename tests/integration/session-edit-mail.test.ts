// Editing a scheduled session through the JSON API, with its mail delivered by the outbox worker
// to a real SMTP receiver: a panel member added is invited (cockpit link), one removed gets
// METHOD:CANCEL, a question change mails nobody, a regenerated join link reaches the candidate in
// a fresh invitation (same UID, SEQUENCE raised), and once started the session cannot be edited.
// Every candidate message is scanned for interviewer-only text.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as postAction } from "@/app/api/sessions/[id]/actions/route";
import { POST as postLink } from "@/app/api/sessions/[id]/link/route";
import { PATCH as patchSession } from "@/app/api/sessions/[id]/route";
import { POST as postSessions } from "@/app/api/sessions/route";
import { hashJoinToken } from "@/features/sessions/live/token";
import { db } from "@/server/db";
import { createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { signInAs } from "~tests/setup/auth-stub";
import { mailInboxPerTest, recipientOf as to } from "~tests/setup/mail-inbox";
import { resetDb } from "~tests/setup/reset-db";
import { calendar, interviewerOnlyText, tokenIn, wholeMessage } from "./support/mail-capture";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

const { deliver } = mailInboxPerTest();
let interviewer: Awaited<ReturnType<typeof createUser>>;
let colleague: Awaited<ReturnType<typeof createUser>>;
let newcomer: Awaited<ReturnType<typeof createUser>>;
let questions: Array<Awaited<ReturnType<typeof createQuestion>>>;

beforeEach(async () => {
  await resetDb();
  [interviewer, colleague, newcomer] = [await createUser(db, { role: "INTERVIEWER" }), await createUser(db, { role: "INTERVIEWER" }), await createUser(db, { role: "ADMIN" })];
  questions = [await createQuestion(db), await createQuestion(db), await createQuestion(db)];
  signInAs(interviewer);
});

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const future = (days: number) => new Date(Date.now() + days * 86_400_000);
const uid = (id: string) => `session-${id}@probe`;

async function create(body: Record<string, unknown> = {}) {
  const response = await postSessions(
    new Request("http://probe.test/api/sessions", {
      method: "POST",
      body: JSON.stringify({
        candidateName: "Ana Candidate",
        candidateEmail: "ana@example.com",
        title: "Secret kit: Senior Go",
        questionIds: [questions[0]!.id, questions[1]!.id],
        interviewerEmails: [colleague.email],
        scheduledAt: future(3).toISOString(),
        durationMinutes: 45,
        ...body,
      }),
    }),
  );
  expect(response.status).toBe(201);
  const created = (await response.json()) as { id: string; joinUrl: string };
  await deliver();
  return created;
}

const patch = async (id: string, body: object) => {
  const response = await patchSession(new Request(`http://probe.test/api/sessions/${id}`, { method: "PATCH", body: JSON.stringify(body) }), ctx(id));
  return { status: response.status, body: (await response.json()) as { joinUrl?: string | null; error?: { fieldErrors?: Record<string, string[]> } } };
};

const panelOf = async (id: string) => (await db.sessionInterviewer.findMany({ where: { sessionId: id }, select: { userId: true } })).map((r) => r.userId).sort();

describe("editing a scheduled session", () => {
  it("invites a panel member added and sends METHOD:CANCEL to one removed, nobody else, and keeps the join link", async () => {
    const { id } = await create();
    const before = await db.interviewSession.findUniqueOrThrow({ where: { id } });

    const { status, body } = await patch(id, { interviewerEmails: [newcomer.email] });
    expect(status).toBe(200);
    expect(body.joinUrl).toBeNull();
    expect(await panelOf(id)).toEqual([interviewer.id, newcomer.id].sort());

    const mails = await deliver();
    expect(mails.map(to).sort()).toEqual([colleague.email, newcomer.email].sort());
    const removed = mails.find((m) => to(m) === colleague.email)!;
    expect(calendar(removed)).toMatchObject({ method: "CANCEL", uid: uid(id), sequence: 1 });
    // Taken off the panel, not told the interview is off: it still runs without them.
    expect(removed.parsed.subject).toBe("You are no longer on the panel: Secret kit: Senior Go");
    expect(removed.parsed.text).toContain("The interview still takes place without you");
    const added = mails.find((m) => to(m) === newcomer.email)!;
    expect(calendar(added)).toMatchObject({ method: "REQUEST", uid: uid(id), sequence: 1 });
    expect(added.parsed.text).toContain(`/sessions/${id}/run`);
    expect(tokenIn(added.parsed.text ?? "")).toBeUndefined();
    // The candidate's link was not touched: nothing changed for them.
    expect((await db.interviewSession.findUniqueOrThrow({ where: { id } })).tokenHash).toBe(before.tokenHash);

    // A reschedule with a panel change: one SEQUENCE step; the remover is not re-invited, the
    // stayer and the candidate get the update, the newcomer the invitation at the new time.
    const later = future(5);
    const second = await patch(id, { scheduledAt: later.toISOString(), interviewerEmails: [newcomer.email, colleague.email] });
    expect(second.status).toBe(200);
    const round = await deliver();
    expect(round.map(to).sort()).toEqual(["ana@example.com", colleague.email, interviewer.email, newcomer.email].sort());
    for (const message of round) expect(calendar(message)).toMatchObject({ method: "REQUEST", uid: uid(id), sequence: 2 });
    expect(round.find((m) => to(m) === colleague.email)!.parsed.subject).toMatch(/^Interview invitation/);
    expect(round.find((m) => to(m) === newcomer.email)!.parsed.subject).toMatch(/^Interview rescheduled/);
    const candidate = round.find((m) => to(m) === "ana@example.com")!;
    expect(second.body.joinUrl).toContain(`/join/${tokenIn(candidate.parsed.text ?? "")}`);
    for (const secret of [...(await interviewerOnlyText(questions)), "Secret kit", "cockpit"]) expect(wholeMessage(candidate), secret).not.toContain(secret);
  });

  it("replaces the questions in the given order, keeps the snapshot of those it holds, and mails nobody", async () => {
    const { id } = await create();
    const held = await db.sessionQuestion.findFirstOrThrow({ where: { sessionId: id, position: 1 } });
    // The bank moves on after the session was made: the held question keeps its snapshot, a new one is taken as it is now.
    await db.question.update({ where: { id: questions[1]!.id }, data: { version: { increment: 1 } } });

    const { status } = await patch(id, { questionIds: [questions[2]!.id, questions[1]!.id], budgets: [300, 900] });
    expect(status).toBe(200);
    const items = await db.sessionQuestion.findMany({ where: { sessionId: id }, orderBy: { position: "asc" }, select: { id: true, position: true, budgetSeconds: true, questionVersion: { select: { questionId: true } } } });
    expect(items.map((i) => [i.position, i.questionVersion.questionId, i.budgetSeconds])).toEqual([
      [0, questions[2]!.id, 300],
      [1, questions[1]!.id, 900],
    ]);
    expect(items[1]!.id).toBe(held.id);
    expect(await deliver()).toHaveLength(0);
    expect(await db.outboxMessage.count({ where: { status: "PENDING" } })).toBe(0);
  });

  it("refuses an unknown or archived question, a stranger on the panel and a budget count that does not match, with field errors and no change", async () => {
    const { id } = await create();
    const archived = await createQuestion(db);
    await db.question.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const cases: Array<[object, string]> = [
      [{ questionIds: [questions[0]!.id, "cl0000000000000000000000"] }, "questionIds.1"],
      [{ questionIds: [archived.id] }, "questionIds.0"],
      [{ questionIds: [questions[0]!.id, questions[0]!.id] }, "questionIds"],
      [{ questionIds: [] }, "questionIds"],
      [{ questionIds: [questions[0]!.id], budgets: [300, 300] }, "budgets"],
      [{ interviewerEmails: ["nobody@example.com"] }, "interviewerEmails.0"],
      [{ interviewerEmails: ["not an email"] }, "interviewerEmails.0"],
    ];
    for (const [body, field] of cases) {
      const { status, body: answer } = await patch(id, body);
      expect(status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(answer.error?.fieldErrors ?? {}), JSON.stringify(body)).toContain(field);
    }
    expect(await db.sessionQuestion.count({ where: { sessionId: id } })).toBe(2);
    expect(await panelOf(id)).toEqual([interviewer.id, colleague.id].sort());
    expect(await deliver()).toHaveLength(0);
  });

  it("refuses every edit once the session has started: title, panel and questions alike", async () => {
    const { id } = await create();
    const start = await postAction(new Request(`http://probe.test/api/sessions/${id}/actions`, { method: "POST", body: JSON.stringify({ type: "start" }) }), ctx(id));
    expect(start.status).toBe(200);
    for (const body of [{ questionIds: [questions[2]!.id] }, { interviewerEmails: [newcomer.email] }, { title: "Renamed" }]) {
      expect((await patch(id, body)).status, JSON.stringify(body)).toBe(409);
    }
    expect(await panelOf(id)).toEqual([interviewer.id, colleague.id].sort());
    expect((await db.sessionQuestion.findMany({ where: { sessionId: id }, select: { questionVersion: { select: { questionId: true } } }, orderBy: { position: "asc" } })).map((q) => q.questionVersion.questionId)).toEqual([questions[0]!.id, questions[1]!.id]);
    expect((await db.interviewSession.findUniqueOrThrow({ where: { id } })).title).toBe("Secret kit: Senior Go");
    expect(await deliver()).toHaveLength(0);
  });
});

describe("regenerating the join link", () => {
  const regenerate = async (id: string) => {
    const response = await postLink(new Request(`http://probe.test/api/sessions/${id}/link`, { method: "POST" }), ctx(id));
    expect(response.status).toBe(200);
    return ((await response.json()) as { joinUrl: string }).joinUrl;
  };

  it("mails the scheduled candidate a fresh invitation with the new link, same UID, SEQUENCE raised, and nothing interviewer-only", async () => {
    const { id, joinUrl: first } = await create();
    const renewed = await regenerate(id);
    const mails = await deliver();
    expect(mails.map(to)).toEqual(["ana@example.com"]);
    const [candidate] = mails;
    expect(calendar(candidate!)).toMatchObject({ method: "REQUEST", uid: uid(id), sequence: 1 });
    const token = tokenIn(candidate!.parsed.text ?? "");
    expect(renewed).toContain(`/join/${token}`);
    expect(first).not.toContain(`/join/${token}`);
    expect((await db.interviewSession.findUniqueOrThrow({ where: { id } })).tokenHash).toBe(hashJoinToken(token!));
    expect(candidate!.parsed.text).toContain("This link replaces the one sent before.");
    for (const secret of [...(await interviewerOnlyText(questions)), "Secret kit", "cockpit", `/sessions/${id}`]) expect(wholeMessage(candidate!), secret).not.toContain(secret);
  });

  it("mails nobody when the session has no time or no candidate email", async () => {
    const unscheduled = await create({ scheduledAt: undefined });
    const anonymous = await create({ candidateEmail: "" });
    await regenerate(unscheduled.id);
    await regenerate(anonymous.id);
    expect(await deliver()).toHaveLength(0);
  });
});
