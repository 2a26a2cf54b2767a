import "server-only";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { CAPABILITY_PERMISSION, sessionCan, type SessionCapability } from "./policy";

/**
 * The one authorization gate for a session: the role first (a candidate is refused before we
 * look anything up), then the session must exist (404), then the per-session rule (403).
 */
export async function authorizeSession(user: SessionUser, capability: SessionCapability, sessionId: string): Promise<void> {
  assertCan(user, CAPABILITY_PERMISSION[capability]);
  const session = await db.interviewSession.findUnique({
    where: { id: sessionId },
    select: { interviewers: { select: { userId: true } } },
  });
  if (!session) throw new AppError("NOT_FOUND", "No such session");
  const interviewerIds = session.interviewers.map((i) => i.userId);
  if (!sessionCan(user, capability, { interviewerIds })) {
    throw new AppError("FORBIDDEN", capability === "run" ? "Only the session's interviewers can do this" : "You do not have access to this session");
  }
}
