import "server-only";
import type { SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { authorizeSession } from "./access";
import { interviewerViewSelect, overviewSelect, toInterviewerView, toSessionOverview } from "./dto";
import { sessionCan } from "./policy";
import type { InterviewerView, SessionOverview } from "./types";

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
