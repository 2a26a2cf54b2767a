// Scheduling mail end to end: the JSON API creates, reschedules and cancels a session; the outbox
// worker delivers to a real SMTP receiver (smtp-server, started here); the .ics attachments are
// parsed back with ical.js. The candidate's message is scanned for every interviewer-only string.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { PATCH as patchSession } from "@/app/api/sessions/[id]/route";
import { POST as postAction } from "@/app/api/sessions/[id]/actions/route";
import { POST as postSessions } from "@/app/api/sessions/route";
import { env } from "@/env";
import { hashJoinToken } from "@/features/sessions/live/token";
import { db } from "@/server/db";
import { createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { signInAs } from "~tests/setup/auth-stub";
import { mailInboxPerTest, recipientOf as to } from "~tests/setup/mail-inbox";
import { resetDb } from "~tests/setup/reset-db";
import { calendar, interviewerOnlyText, tokenIn } from "./support/mail-capture";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

const { deliver } = mailInboxPerTest();
let interviewer: Awaited<ReturnType<typeof createUser>>;
let colleague: Awaited<ReturnType<typeof createUser>>;
let questions: Array<Awaited<ReturnType<typeof createQuestion>>>;

beforeEach(async () => {
  await resetDb();
  interviewer = await createUser(db, { role: "INTERVIEWER" });
  colleague = await createUser(db, { role: "INTERVIEWER" });
  questions = [await createQuestion(db), await createQuestion(db)];
  signInAs(interviewer);
});

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const future = (days: number) => new Date(Date.now() + days * 86_400_000);
/** "2027-…T14:00:00+02:00": the same instant written with an offset, as a browser in that zone sends it. */
function withOffset(at: Date, offsetMinutes: number): string {
  const local = new Date(at.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes >= 0 ? "+" : "-";
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

async function schedule(at: Date) {
  const response = await postSessions(
    new Request("http://probe.test/api/sessions", {
      method: "POST",
      body: JSON.stringify({
        candidateName: "Ana Candidate",
        candidateEmail: "ana@example.com",
        title: "Secret kit: Senior Go",
        questionIds: questions.map((q) => q.id),
        interviewerEmails: [colleague.email],
        scheduledAt: withOffset(at, 120),
        durationMinutes: 45,
        videoUrl: "https://meet.example.com/abc-def",
      }),
    }),
  );
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; joinUrl: string };
}

describe("scheduling mail", () => {
  it("invites the candidate and the panel with a calendar entry, and the candidate's mail holds only time, video and join link", async () => {
    const at = future(3);
    at.setUTCMilliseconds(0);
    at.setUTCSeconds(0);
    const { id, joinUrl } = await schedule(at);
    const mails = await deliver();
    expect(mails.map(to).sort()).toEqual(["ana@example.com", colleague.email, interviewer.email].sort());

    const candidate = mails.find((m) => to(m) === "ana@example.com")!;
    const ics = calendar(candidate);
    expect(ics).toMatchObject({ method: "REQUEST", uid: `session-${id}@probe`, sequence: 0, location: "https://meet.example.com/abc-def", url: "https://meet.example.com/abc-def" });
    expect(ics.start.getTime()).toBe(at.getTime());
    expect(ics.end.getTime()).toBe(at.getTime() + 45 * 60_000);
    expect(ics.organizer.toLowerCase()).toBe(`mailto:${env.MAIL_FROM}`);
    expect(ics.text).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    // The join link in the mail is the one the API returned, and it is the session's.
    const token = tokenIn(candidate.parsed.text ?? "");
    expect(joinUrl).toContain(`/join/${token}`);
    expect((await db.interviewSession.findUniqueOrThrow({ where: { id } })).tokenHash).toBe(hashJoinToken(token!));

    // Nothing interviewer-only anywhere in the candidate's message: body, HTML, calendar.
    const whole = [candidate.parsed.subject, candidate.parsed.text, candidate.parsed.html, ics.text].join("\n");
    for (const secret of [...(await interviewerOnlyText(questions)), "Secret kit", "cockpit", `/sessions/${id}`]) expect(whole, secret).not.toContain(secret);

    // The panel's mail has the title and the cockpit link, never the join link.
    const panel = mails.find((m) => to(m) === colleague.email)!;
    expect(panel.parsed.text).toContain("Secret kit: Senior Go");
    expect(panel.parsed.text).toContain(`/sessions/${id}/run`);
    expect(tokenIn(panel.parsed.text ?? "")).toBeUndefined();
    expect(calendar(panel)).toMatchObject({ method: "REQUEST", uid: `session-${id}@probe`, sequence: 0 });
  });

  it("a reschedule raises SEQUENCE under the same UID and mails a renewed join link; a cancellation sends METHOD:CANCEL", async () => {
    const { id, joinUrl: first } = await schedule(future(3));
    await deliver();
    const later = future(5);
    const response = await patchSession(new Request(`http://probe.test/api/sessions/${id}`, { method: "PATCH", body: JSON.stringify({ scheduledAt: later.toISOString() }) }), ctx(id));
    expect(response.status).toBe(200);
    const { joinUrl: renewed } = (await response.json()) as { joinUrl: string };
    expect(renewed).not.toBe(first);
    const updates = await deliver();
    expect(updates).toHaveLength(3);
    const candidate = updates.find((m) => to(m) === "ana@example.com")!;
    expect(calendar(candidate)).toMatchObject({ method: "REQUEST", uid: `session-${id}@probe`, sequence: 1 });
    expect(renewed).toContain(`/join/${tokenIn(candidate.parsed.text ?? "")}`);
    // Only the new link works.
    const row = await db.interviewSession.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashJoinToken(tokenIn(renewed)!));
    expect(row.tokenHash).not.toBe(hashJoinToken(tokenIn(first)!));

    const cancel = await postAction(new Request(`http://probe.test/api/sessions/${id}/actions`, { method: "POST", body: JSON.stringify({ type: "cancel" }) }), ctx(id));
    expect(cancel.status).toBe(200);
    const cancellations = await deliver();
    expect(cancellations).toHaveLength(3);
    for (const mail of cancellations) expect(calendar(mail)).toMatchObject({ method: "CANCEL", uid: `session-${id}@probe`, sequence: 2 });
    expect(tokenIn(cancellations.map((m) => m.parsed.text).join("\n"))).toBeUndefined();
  });

  it("refuses a past time, a time without offset, a non-https video link and an edit after the start, with field errors and nothing queued", async () => {
    const base = { candidateName: "Ana", candidateEmail: "ana@example.com", questionIds: questions.map((q) => q.id) };
    const post = (body: object) => postSessions(new Request("http://probe.test/api/sessions", { method: "POST", body: JSON.stringify({ ...base, ...body }) }));
    const cases: Array<[object, string]> = [
      [{ scheduledAt: new Date(Date.now() - 60_000).toISOString() }, "scheduledAt"],
      [{ scheduledAt: "2031-03-05T14:00:00" }, "scheduledAt"],
      [{ scheduledAt: future(1).toISOString(), videoUrl: "http://meet.example.com/x" }, "videoUrl"],
      [{ scheduledAt: future(1).toISOString(), videoUrl: "javascript:alert(1)" }, "videoUrl"],
      [{ scheduledAt: future(1).toISOString(), durationMinutes: 0 }, "durationMinutes"],
    ];
    for (const [body, field] of cases) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const { error } = (await response.json()) as { error: { fieldErrors?: Record<string, string[]> } };
      expect(Object.keys(error.fieldErrors ?? {}), JSON.stringify(body)).toContain(field);
    }
    expect(await db.interviewSession.count()).toBe(0);
    expect(await db.outboxMessage.count()).toBe(0);

    const { id } = await schedule(future(2));
    await postAction(new Request(`http://probe.test/api/sessions/${id}/actions`, { method: "POST", body: JSON.stringify({ type: "start" }) }), ctx(id));
    const late = await patchSession(new Request(`http://probe.test/api/sessions/${id}`, { method: "PATCH", body: JSON.stringify({ scheduledAt: future(4).toISOString() }) }), ctx(id));
    expect(late.status).toBe(409);
    const past = await patchSession(new Request(`http://probe.test/api/sessions/${id}`, { method: "PATCH", body: JSON.stringify({ unknown: 1 }) }), ctx(id));
    expect(past.status).toBe(400);
  });
});
