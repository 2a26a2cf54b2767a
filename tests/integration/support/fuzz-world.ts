// The records the route-handler fuzz test aims at: one user per role, an interviewer assigned to a
// live and to a finished session, their questions and the finished session's candidate. Generated
// inputs mix these real ids with unknown and malformed ones, so both the refusals and the good
// paths of every handler are reached.
import { db } from "@/server/db";
import type { Role } from "@/lib/policy";
import { createFinishedSession } from "~tests/factories/finished-sessions";
import { createBank, createQuestion } from "~tests/factories/questions";
import { createSession } from "~tests/factories/sessions";
import { createUser } from "~tests/factories/users";
import { createMock } from "@/features/practice/mock/mutations";

export type FuzzUser = Awaited<ReturnType<typeof createUser>>;

export async function buildFuzzWorld() {
  const [admin, interviewer, manager, candidate] = await Promise.all([
    createUser(db, { role: "ADMIN" }),
    createUser(db, { role: "INTERVIEWER" }),
    createUser(db, { role: "HIRING_MANAGER" }),
    createUser(db, { role: "CANDIDATE" }),
  ]);
  const bank = await createBank(db);
  const q1 = await createQuestion(db, { bankId: bank.id, number: 1, level: "JUNIOR" });
  const q2 = await createQuestion(db, { bankId: bank.id, number: 2, level: "SENIOR" });
  const practice = await createQuestion(db, { purpose: "PRACTICE" });
  const live = await createSession(db, { creatorId: interviewer.id, questionIds: [q1.id, q2.id], status: "LIVE" });
  // The live session is on its first question, as a started one is (the candidate's pad is open there).
  await db.sessionQuestion.updateMany({ where: { sessionId: live.session.id, position: 0 }, data: { activeSince: new Date() } });
  // A mock interview of the candidate's, with its friend's link.
  const mock = await createMock(candidate, { mode: "questions", questionIds: [practice.id] });
  const finished = await createFinishedSession(db, { candidate: { name: "Fuzz Candidate" }, interviewers: [interviewer], questions: [q1, q2] });

  /** The five kinds of caller the issue names; the interviewer is on both sessions' panels. */
  const callers: Array<{ label: string; user: FuzzUser | null }> = [
    { label: "anonymous", user: null },
    { label: "candidate", user: candidate },
    { label: "assigned interviewer", user: interviewer },
    { label: "hiring manager", user: manager },
    { label: "admin", user: admin },
  ];
  const users: Record<Role, FuzzUser> = { ADMIN: admin, INTERVIEWER: interviewer, HIRING_MANAGER: manager, CANDIDATE: candidate };

  const mail = await db.mailboxMessage.create({
    data: { messageId: "<fuzz@outbox.probe>", from: "p@example.com", to: "c@example.com", subject: "Fuzz", text: "t", html: "", size: 1, attachments: [{ filename: "a.ics", contentType: "text/calendar", base64: "QkVHSU4=", size: 5 }] },
  });

  return {
    callers,
    mailIds: [mail.id],
    users,
    bank,
    questionIds: [q1.id, q2.id],
    /** A practice bank's question (and its version), for practice routes. */
    practiceQuestionIds: [practice.id],
    practiceVersionIds: [practice.versions[0]!.id],
    sessionIds: [live.session.id, finished.id],
    candidateIds: [finished.candidateId],
    tokens: [live.token],
    mockIds: [mock.id],
    mockTokens: [mock.friendToken],
  };
}

export type FuzzWorld = Awaited<ReturnType<typeof buildFuzzWorld>>;
