import "server-only";
import { activeQuestionWhere } from "@/features/questions/queries";
import { idParamsSchema } from "@/lib/ids";
import { audit } from "@/server/audit";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { notifySessionChange } from "@/server/events";
import { authorizeSession } from "./access";
import { forgetCandidateSession } from "./live/candidate-cache";
import { queueSessionMail } from "./invitations";
import { appOrigin, generateJoinToken } from "./live/token";
import { getInterviewerView } from "./queries";
import { checkPicks, currentVersions, minutesOf, panelFrom, pickedChanged, refusePast, type MailContext, type Pick } from "./inputs";
import { createSessionSchema, DEFAULT_BUDGET_SECONDS, sessionActionSchema, toSessionAction } from "./schemas";
import { isFinished, transition } from "./state";
import { lockSessionState, saveTransition } from "./transition-sql";
import type { InterviewerView } from "./types";

// Writes of the sessions feature, shared by the JSON API and the server actions. Each one
// authorizes first, validates with the feature's schemas, and changes state in one transaction.

async function picksFrom(user: SessionUser, data: ReturnType<typeof createSessionSchema.parse>): Promise<{ picks: Pick[]; kitName: string | null }> {
  if (data.kitId) {
    const kit = await db.kit.findUnique({
      where: { id: data.kitId },
      select: { name: true, items: { where: { question: activeQuestionWhere }, orderBy: { position: "asc" }, select: { questionId: true, budgetSeconds: true } } },
    });
    if (!kit) throw new AppError("VALIDATION", "Some fields are invalid", { kitId: ["No such kit"] });
    if (!kit.items.length) throw new AppError("VALIDATION", "Some fields are invalid", { kitId: ["This kit has no questions"] });
    return { picks: kit.items, kitName: kit.name };
  }
  const ids = data.questionIds ?? [];
  await checkPicks(user, ids);
  return { picks: ids.map((questionId, index) => ({ questionId, budgetSeconds: data.budgets?.[index] ?? DEFAULT_BUDGET_SECONDS })), kitName: null };
}

/**
 * Creates a session, snapshotting each question's current version. Returns the join token once.
 * With a scheduled time, the invitations (candidate and panel) are queued in the same transaction.
 */
export async function createSession(user: SessionUser, input: unknown, context: MailContext = {}): Promise<{ id: string; token: string }> {
  assertCan(user, "sessions:create");
  const data = createSessionSchema.parse(input);
  const now = context.now ?? new Date();
  refusePast(data.scheduledAt, now);
  const { picks, kitName } = await picksFrom(user, data);
  const panel = await panelFrom(user, data.interviewerEmails ?? []);
  const { token, tokenHash } = generateJoinToken();

  const id = await db.$transaction(async (tx) => {
    // The snapshot: each question's CURRENT version, read inside the transaction that uses it.
    const versionOf = await currentVersions(tx, picks.map((p) => p.questionId));
    const items = picks.map((pick, position) => {
      const questionVersionId = versionOf.get(pick.questionId);
      if (!questionVersionId) throw pickedChanged();
      return { position, questionVersionId, budgetSeconds: pick.budgetSeconds };
    });
    // A candidate is matched by email; the name given here belongs to this session only (and to
    // the candidate, only when this creates them), so another panel's session is never renamed.
    const candidate = data.candidateEmail
      ? await tx.candidate.upsert({ where: { email: data.candidateEmail }, create: { name: data.candidateName, email: data.candidateEmail }, update: {} })
      : await tx.candidate.create({ data: { name: data.candidateName } });
    const session = await tx.interviewSession.create({
      data: {
        candidateId: candidate.id,
        candidateName: data.candidateName,
        kitId: data.kitId ?? null,
        title: data.title || kitName || `Interview with ${data.candidateName}`,
        tokenHash,
        scheduledAt: data.scheduledAt ?? null,
        durationMinutes: data.durationMinutes ?? minutesOf(picks),
        videoUrl: data.videoUrl ?? null,
        createdById: user.id,
        questions: { create: items },
        interviewers: { create: panel.map((userId) => ({ userId })) },
      },
      select: { id: true },
    });
    await audit({ actorId: user.id, action: "session.create", targetType: "session", targetId: session.id, details: { questions: items.length, panel: panel.length } }, tx);
    await queueSessionMail(tx, session.id, "invite", { origin: context.origin ?? appOrigin(), now, token });
    return session.id;
  });
  return { id, token };
}

/**
 * Loads the state under a row lock, runs the pure transition and persists the result with
 * revision + 1 and a change notification, all in one transaction. With `expectedRevision` the
 * action is a compare-and-set: a click based on an outdated screen is refused, not applied twice
 * (an undo always carries it, so it never takes back an action its sender had not seen).
 */
export async function applySessionAction(user: SessionUser, sessionId: string, input: unknown): Promise<InterviewerView> {
  await authorizeSession(user, "run", sessionId);
  const request = sessionActionSchema.parse(input);
  const { expectedRevision } = request;
  const now = new Date();

  // Two statements under the lock (transition-sql.ts): read the state, write it with the notification.
  await db.$transaction(async (tx) => {
    const locked = await lockSessionState(tx, sessionId);
    if (!locked) throw new AppError("NOT_FOUND", "No such session");
    if (expectedRevision !== undefined && expectedRevision !== locked.revision) {
      throw new AppError("CONFLICT", "The session moved on in the meantime; showing its latest state");
    }
    const result = transition(locked.state, toSessionAction(request), now, user.id);
    if (!result.ok) throw new AppError("CONFLICT", result.message);
    await saveTransition(tx, sessionId, locked, result.state, now);
    if (request.type === "cancel") {
      // The calendar entries go too, with the same UID and a higher SEQUENCE.
      await tx.interviewSession.update({ where: { id: sessionId }, data: { inviteSequence: { increment: 1 } } });
      await queueSessionMail(tx, sessionId, "cancel", { origin: appOrigin(), now });
    }
  });
  // This instance's candidate cache forgets the session now; others do on the notification.
  forgetCandidateSession(sessionId);
  return getInterviewerView(user, sessionId);
}

/** Cancels a scheduled or live session. `input` is `{ id }`, read after the role check. */
export async function cancelSession(user: SessionUser, input: unknown): Promise<{ id: string }> {
  assertCan(user, "sessions:run");
  const { id } = idParamsSchema.parse(input);
  await applySessionAction(user, id, { type: "cancel" });
  return { id };
}

/**
 * A new join link; the old one stops working at once (its open streams are closed). `input` is
 * `{ id }`, read after the role check, so a caller who may never run a session learns nothing.
 * A scheduled session with a candidate email mails the candidate the new link in a fresh
 * invitation (same UID, SEQUENCE raised): the link in their calendar would be dead otherwise.
 */
export async function regenerateJoinLink(user: SessionUser, input: unknown, context: MailContext = {}): Promise<{ token: string }> {
  assertCan(user, "sessions:run");
  const { id: sessionId } = idParamsSchema.parse(input);
  await authorizeSession(user, "run", sessionId);
  const { token, tokenHash } = generateJoinToken();
  await db.$transaction(async (tx) => {
    const session = await tx.interviewSession.findUnique({ where: { id: sessionId }, select: { status: true, scheduledAt: true, candidate: { select: { email: true } } } });
    if (!session) throw new AppError("NOT_FOUND", "No such session");
    if (isFinished(session.status)) throw new AppError("CONFLICT", "The session is over; its link cannot be renewed");
    const mailed = Boolean(session.scheduledAt && session.candidate.email);
    await tx.interviewSession.update({ where: { id: sessionId }, data: { tokenHash, ...(mailed ? { inviteSequence: { increment: 1 } } : {}) } });
    await audit({ actorId: user.id, action: "session.regenerate-link", targetType: "session", targetId: sessionId, details: { mailed } }, tx);
    if (mailed) await queueSessionMail(tx, sessionId, "link", { origin: context.origin ?? appOrigin(), now: context.now ?? new Date(), token, to: { candidate: true, panelUserIds: [] } });
    await notifySessionChange(tx, sessionId);
  });
  forgetCandidateSession(sessionId);
  return { token };
}
