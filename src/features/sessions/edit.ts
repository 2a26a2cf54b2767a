import "server-only";
import { audit } from "@/server/audit";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { notifySessionChange } from "@/server/events";
import { authorizeSession } from "./access";
import { checkPicks, currentVersions, panelFrom, pickedChanged, refusePast, type MailContext } from "./inputs";
import { queueSessionMail } from "./invitations";
import { forgetCandidateSession } from "./live/candidate-cache";
import { appOrigin, generateJoinToken } from "./live/token";
import { DEFAULT_BUDGET_SECONDS, editSessionActionSchema, updateSessionSchema, type UpdateSessionInput } from "./schemas";

// Editing a session before it starts (PATCH /api/sessions/:id and the edit page): its title,
// schedule, panel and questions, in one transaction under the session's row lock, with the mail
// the change causes queued in it (docs/decisions/scheduling-mail.md):
// - a change of time, length or video link: an update to everyone, SEQUENCE raised; the
//   candidate's mail needs a working join link and only a hash is stored, so the link is renewed
//   and the new one returned. Clearing the time cancels for everyone.
// - a panel member added gets the invitation (cockpit link), one removed a cancellation that says
//   they were taken off the panel, not that the interview is off (sent before they leave the row,
//   with the time they were invited to). Nobody else is mailed.
// - questions mail nothing: the candidate's mail never names them.
// Once the session has started (or is over) every edit is refused with a 409.

type Current = { status: string; scheduledAt: Date | null; durationMinutes: number | null; videoUrl: string | null; title: string };
type Item = { id: string; budgetSeconds: number; questionVersion: { questionId: string } };

async function lockForEdit(tx: Tx, sessionId: string): Promise<Current> {
  const [current] = await tx.$queryRaw<Current[]>`
    SELECT "status"::text AS "status", "scheduledAt", "durationMinutes", "videoUrl", "title" FROM "InterviewSession" WHERE "id" = ${sessionId} FOR UPDATE`;
  if (!current) throw new AppError("NOT_FOUND", "No such session");
  if (current.status !== "SCHEDULED") throw new AppError("CONFLICT", "The session has started or is over; it can no longer be edited");
  return current;
}

const sessionItems = (client: Tx | typeof db, sessionId: string): Promise<Item[]> =>
  client.sessionQuestion.findMany({ where: { sessionId }, orderBy: { position: "asc" }, select: { id: true, budgetSeconds: true, questionVersion: { select: { questionId: true } } } });

/**
 * Replaces the session's questions with `ids`, in that order. A question it already holds keeps
 * its snapshot (and its budget unless one is given); a new one is snapshotted at its current version.
 */
async function replaceQuestions(tx: Tx, sessionId: string, ids: string[], budgets: number[] | undefined): Promise<void> {
  const items = await sessionItems(tx, sessionId);
  const held = new Map(items.map((item) => [item.questionVersion.questionId, item]));
  const versionOf = await currentVersions(tx, ids.filter((id) => !held.has(id)));
  const wanted = new Set(ids);
  await tx.sessionQuestion.deleteMany({ where: { id: { in: items.filter((item) => !wanted.has(item.questionVersion.questionId)).map((item) => item.id) } } });
  // Out of the way of the unique (sessionId, position) while the kept ones move.
  await tx.sessionQuestion.updateMany({ where: { sessionId }, data: { position: { increment: 1000 } } });
  for (const [position, questionId] of ids.entries()) {
    const kept = held.get(questionId);
    const budgetSeconds = budgets?.[position] ?? kept?.budgetSeconds ?? DEFAULT_BUDGET_SECONDS;
    if (kept) {
      await tx.sessionQuestion.update({ where: { id: kept.id }, data: { position, budgetSeconds } });
    } else {
      const questionVersionId = versionOf.get(questionId);
      if (!questionVersionId) throw pickedChanged();
      await tx.sessionQuestion.create({ data: { sessionId, position, questionVersionId, budgetSeconds } });
    }
  }
}

function scheduleOf(data: UpdateSessionInput, current: Current) {
  const timeChanged = data.scheduledAt !== undefined && (data.scheduledAt?.getTime() ?? null) !== (current.scheduledAt?.getTime() ?? null);
  const changed =
    timeChanged ||
    (data.durationMinutes !== undefined && data.durationMinutes !== current.durationMinutes) ||
    (data.videoUrl !== undefined && data.videoUrl !== current.videoUrl);
  const next = {
    title: data.title ?? current.title,
    scheduledAt: data.scheduledAt === undefined ? current.scheduledAt : data.scheduledAt,
    durationMinutes: data.durationMinutes ?? current.durationMinutes,
    videoUrl: data.videoUrl === undefined ? current.videoUrl : data.videoUrl,
  };
  return { timeChanged, changed, next };
}

/** Edits a session that has not started. Returns the renewed join token when the schedule change renewed it. */
export async function updateSession(user: SessionUser, sessionId: string, input: unknown, context: MailContext = {}): Promise<{ id: string; token: string | null }> {
  assertCan(user, "sessions:run");
  await authorizeSession(user, "run", sessionId);
  const data = updateSessionSchema.parse(input);
  const now = context.now ?? new Date();
  const origin = context.origin ?? appOrigin();
  // Checked before the lock: who the emails name, and that new picks are live questions (a
  // question the session already holds stays usable even if archived since).
  const panel = data.interviewerEmails ? await panelFrom(user, data.interviewerEmails) : null;
  if (data.questionIds) await checkPicks(user, data.questionIds, new Set((await sessionItems(db, sessionId)).map((i) => i.questionVersion.questionId)));

  let renewed: string | null = null;
  await db.$transaction(async (tx) => {
    const current = await lockForEdit(tx, sessionId);
    const { timeChanged, changed, next } = scheduleOf(data, current);
    if (timeChanged) refusePast(data.scheduledAt, now);
    const before = (await tx.sessionInterviewer.findMany({ where: { sessionId }, select: { userId: true } })).map((row) => row.userId);
    const added = panel ? panel.filter((id) => !before.includes(id)) : [];
    const removed = panel ? before.filter((id) => !panel.includes(id)) : [];

    const scheduleMailed = changed && Boolean(current.scheduledAt || next.scheduledAt);
    const cancelRemoved = removed.length > 0 && current.scheduledAt !== null;
    const inviteAdded = added.length > 0 && next.scheduledAt !== null;
    const mailed = scheduleMailed || cancelRemoved || inviteAdded;
    let tokenHash: string | undefined;
    if (scheduleMailed && next.scheduledAt) ({ token: renewed, tokenHash } = generateJoinToken());

    if (mailed) await tx.interviewSession.update({ where: { id: sessionId }, data: { inviteSequence: { increment: 1 } } });
    // Cancellations first, while the row still holds the old time and the old panel.
    if (scheduleMailed && !next.scheduledAt) await queueSessionMail(tx, sessionId, "cancel", { origin, now });
    else if (cancelRemoved) await queueSessionMail(tx, sessionId, "removed", { origin, now, to: { candidate: false, panelUserIds: removed } });

    const structural = Boolean(panel || data.questionIds);
    await tx.interviewSession.update({
      where: { id: sessionId },
      // A changed panel or question list moves the revision: a cockpit click based on the old one is refused.
      data: { ...next, ...(tokenHash ? { tokenHash } : {}), ...(structural ? { revision: { increment: 1 } } : {}) },
    });
    if (removed.length) await tx.sessionInterviewer.deleteMany({ where: { sessionId, userId: { in: removed } } });
    if (added.length) await tx.sessionInterviewer.createMany({ data: added.map((userId) => ({ sessionId, userId })) });
    if (data.questionIds) await replaceQuestions(tx, sessionId, data.questionIds, data.budgets);

    if (scheduleMailed && next.scheduledAt) {
      const stayed = (panel ?? before).filter((id) => !added.includes(id));
      await queueSessionMail(tx, sessionId, current.scheduledAt ? "update" : "invite", { origin, now, token: renewed ?? undefined, to: { candidate: true, panelUserIds: stayed } });
    }
    if (inviteAdded) await queueSessionMail(tx, sessionId, "invite", { origin, now, to: { candidate: false, panelUserIds: added } });

    await audit(
      {
        actorId: user.id,
        action: "session.update",
        targetType: "session",
        targetId: sessionId,
        details: { fields: Object.keys(data), renewedLink: Boolean(tokenHash), panelAdded: added.length, panelRemoved: removed.length },
      },
      tx,
    );
    await notifySessionChange(tx, sessionId);
  });
  forgetCandidateSession(sessionId);
  return { id: sessionId, token: renewed };
}

/** The edit page's entry: `input` is `{ id, changes }`, read after the role check. */
export async function editSession(user: SessionUser, input: unknown, context: MailContext = {}): Promise<{ id: string; token: string | null }> {
  assertCan(user, "sessions:run");
  const { id, changes } = editSessionActionSchema.parse(input);
  return updateSession(user, id, changes, context);
}
