import "server-only";
import type { SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { authorizeSession } from "./access";
import { interviewerViewSelect, nameIn, overviewSelect, toInterviewerView, toSessionOverview } from "./dto";
import { sessionCan } from "./policy";
import type { InterviewerView, SessionEditView, SessionOverview } from "./types";

/** The cockpit's state for an assigned interviewer (the JSON API, the cockpit page, its event stream). */
export async function getInterviewerView(user: SessionUser, sessionId: string): Promise<InterviewerView> {
  await authorizeSession(user, "run", sessionId);
  const row = await db.interviewSession.findUnique({ where: { id: sessionId }, select: interviewerViewSelect(user.id) });
  if (!row) throw new AppError("NOT_FOUND", "No such session");
  return toInterviewerView(row, user.id, new Date());
}

export async function getSessionOverview(user: SessionUser, sessionId: string): Promise<SessionOverview> {
  await authorizeSession(user, "view", sessionId);
  const row = await db.interviewSession.findUnique({ where: { id: sessionId }, select: overviewSelect });
  if (!row) throw new AppError("NOT_FOUND", "No such session");
  const kit = row.kitId ? await db.kit.findUnique({ where: { id: row.kitId }, select: { name: true } }) : null;
  const canRun = sessionCan(user, "run", { interviewerIds: row.interviewers.map((i) => i.user.id) });
  return toSessionOverview(row, kit?.name ?? null, canRun);
}

/** The edit page's form: a session the viewer may run, as it stands (snapshotted titles, budgets in minutes). */
export async function getSessionForEdit(user: SessionUser, sessionId: string): Promise<SessionEditView> {
  await authorizeSession(user, "run", sessionId);
  const row = await db.interviewSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true, title: true, status: true, scheduledAt: true, durationMinutes: true, videoUrl: true, candidateName: true,
      candidate: { select: { id: true, name: true, email: true } },
      interviewers: { orderBy: { createdAt: "asc" }, select: { user: { select: { id: true, email: true } } } },
      questions: {
        orderBy: { position: "asc" },
        select: { budgetSeconds: true, questionVersion: { select: { title: true, level: true, question: { select: { id: true, number: true, bank: { select: { name: true } } } } } } },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "No such session");
  return {
    id: row.id,
    title: row.title,
    editable: row.status === "SCHEDULED",
    candidate: { id: row.candidate.id, name: nameIn(row), email: row.candidate.email },
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    durationMinutes: row.durationMinutes,
    videoUrl: row.videoUrl,
    otherInterviewerEmails: row.interviewers.map((i) => i.user).filter((u) => u.id !== user.id).map((u) => u.email),
    questions: row.questions.map(({ budgetSeconds, questionVersion: v }) => ({
      id: v.question.id,
      number: v.question.number,
      level: v.level,
      title: v.title,
      bankName: v.question.bank.name,
      budgetMinutes: budgetSeconds / 60,
    })),
  };
}
