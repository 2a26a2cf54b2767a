// The records the authorization matrix (and the every-page console check) visit: a live session
// with its link, a finished one, a kit, a practice run and share, and a user for every caller.
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { createFinishedSession } from "../../factories/finished-sessions";
import { createQuestion } from "../../factories/questions";
import { createSession } from "../../factories/sessions";
import { createUser } from "../../factories/users";
import type { Caller, MatrixContext } from "./authorization-matrix";

export type MatrixWorld = {
  ctx: MatrixContext;
  /** The email each signed-in caller signs in with (password DEMO_PASSWORD). */
  emails: Partial<Record<Caller, string>>;
  /** Interviewer-only text no refused caller may ever receive. */
  secret: string;
};

export async function buildMatrixWorld(db: PrismaClient): Promise<MatrixWorld> {
  const assigned = await createUser(db, { role: "INTERVIEWER" });
  const unassigned = await createUser(db, { role: "INTERVIEWER" });
  const candidate = await createUser(db, { role: "CANDIDATE" });
  const question = await createQuestion(db);
  // The candidate practises a practice bank's question; the interview question is never theirs.
  const practised = await createQuestion(db, { purpose: "PRACTICE" });
  const live = await createSession(db, { creatorId: assigned.id, questionIds: [question.id], status: "LIVE" });
  // On its first question, as a started session is: the link holder's pad there is open.
  await db.sessionQuestion.updateMany({ where: { sessionId: live.session.id }, data: { activeSince: new Date() } });
  const linkSession = await createSession(db, { creatorId: assigned.id, questionIds: [question.id] });
  const finished = await createFinishedSession(db, { candidate: { name: "Matrix Candidate" }, interviewers: [assigned], questions: [question] });
  const kit = await db.kit.create({ data: { name: "Matrix kit", createdById: assigned.id, items: { create: [{ questionId: question.id, position: 0 }] } } });
  const run = await db.practiceRun.create({ data: { userId: candidate.id, questionIds: [practised.id] } });
  await db.practiceAttempt.create({
    data: { runId: run.id, userId: candidate.id, questionId: practised.id, questionVersionId: practised.versions[0]!.id, answer: "My answer", grade: 3, durationMs: 1000 },
  });
  const mockToken = randomBytes(32).toString("base64url");
  const mock = await db.mockInterview.create({
    data: {
      userId: candidate.id,
      friendTokenHash: createHash("sha256").update(mockToken).digest("hex"),
      questions: { create: [{ position: 0, questionVersionId: practised.versions[0]!.id }] },
    },
  });
  const shareToken = randomBytes(32).toString("base64url");
  await db.practiceShare.create({ data: { userId: candidate.id, tokenHash: createHash("sha256").update(shareToken).digest("hex") } });
  // A message in the embedded mailbox, with a calendar attachment, for Admin → Mail.
  const mail = await db.mailboxMessage.create({
    data: {
      messageId: `<matrix-${randomBytes(6).toString("hex")}@outbox.probe>`, from: "probe@example.com", to: "someone@example.com", subject: "Matrix mail", text: "Hello", html: "<p>Hello</p>", size: 5,
      attachments: [{ filename: "invite.ics", contentType: "text/calendar", base64: Buffer.from("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").toString("base64"), size: 30 }],
    },
  });
  return {
    ctx: {
      mailId: mail.id,
      questionId: question.id,
      bankId: question.bankId,
      practiceQuestionId: practised.id,
      sessionId: live.session.id,
      sessionToken: live.token,
      linkSessionId: linkSession.session.id,
      candidateId: finished.candidateId,
      kitId: kit.id,
      practiceRunId: run.id,
      shareToken,
      mockId: mock.id,
      mockToken,
    },
    emails: {
      candidate: candidate.email,
      assignedInterviewer: assigned.email,
      unassignedInterviewer: unassigned.email,
      manager: "manager@example.com",
      admin: "admin@example.com",
    },
    secret: question.modelAnswer,
  };
}
