import "server-only";
import { activeQuestionWhere, findActiveQuestions } from "@/features/questions/queries";
import type { FieldErrors } from "@/lib/app-error";
import { idParamsSchema } from "@/lib/ids";
import { rolesWith } from "@/lib/policy";
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
import { createSessionSchema, DEFAULT_BUDGET_SECONDS, sessionActionSchema, toSessionAction, updateSessionSchema } from "./schemas";
import { isFinished, transition } from "./state";
import { lockSessionState, saveTransition } from "./transition-sql";
import type { InterviewerView } from "./types";

// Writes of the sessions feature, shared by the JSON API and the server actions. Each one
// authorizes first, validates with the feature's schemas, and changes state in one transaction.

type Pick = { questionId: string; budgetSeconds: number };

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
  const found = await findActiveQuestions(user, ids);
  const errors: FieldErrors = {};
  ids.forEach((id, index) => {
    if (!found.has(id)) errors[`questionIds.${index}`] = ["No such question in the bank"];
  });
  if (Object.keys(errors).length) throw new AppError("VALIDATION", "Some fields are invalid", errors);
  return { picks: ids.map((questionId, index) => ({ questionId, budgetSeconds: data.budgets?.[index] ?? DEFAULT_BUDGET_SECONDS })), kitName: null };
}

async function panelFrom(creator: SessionUser, emails: string[]): Promise<string[]> {
  const users = await db.user.findMany({
    // A panel is made of people who may run sessions.
    where: { email: { in: emails }, active: true, role: { in: rolesWith("sessions:run") } },
    select: { id: true, email: true },
  });
  const byEmail = new Map(users.map((u) => [u.email, u.id]));
  const errors: FieldErrors = {};
  emails.forEach((email, index) => {
    if (!byEmail.has(email)) errors[`interviewerEmails.${index}`] = [`No active interviewer or admin has the email ${email}`];
  });
  if (Object.keys(errors).length) throw new AppError("VALIDATION", "Some fields are invalid", errors);
  return [...new Set([creator.id, ...users.map((u) => u.id)])];
}

/** Where links in mail point and what "now" is: the request's origin, and a clock tests can set. */
export type MailContext = { origin?: string; now?: Date };

function refusePast(scheduledAt: Date | null | undefined, now: Date) {
  if (scheduledAt && scheduledAt.getTime() < now.getTime()) {
    throw new AppError("VALIDATION", "Some fields are invalid", { scheduledAt: ["Choose a time in the future"] });
  }
}

/** The default length of an interview: its questions' budgets, to the next 5 minutes. */
const minutesOf = (picks: Pick[]) => Math.max(5, Math.ceil(picks.reduce((sum, p) => sum + p.budgetSeconds, 0) / 300) * 5);

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
    const questions = await tx.question.findMany({ where: { id: { in: picks.map((p) => p.questionId) } }, select: { id: true, version: true } });
    const versions = await tx.questionVersion.findMany({
      where: { OR: questions.map((q) => ({ questionId: q.id, version: q.version })) },
      select: { id: true, questionId: true },
    });
    const versionOf = new Map(versions.map((v) => [v.questionId, v.id]));
    const items = picks.map((pick, position) => {
      const questionVersionId = versionOf.get(pick.questionId);
      if (!questionVersionId) throw new AppError("CONFLICT", "A picked question changed while the session was being created; try again");
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
 */
export async function regenerateJoinLink(user: SessionUser, input: unknown): Promise<{ token: string }> {
  assertCan(user, "sessions:run");
  const { id: sessionId } = idParamsSchema.parse(input);
  await authorizeSession(user, "run", sessionId);
  const { token, tokenHash } = generateJoinToken();
  await db.$transaction(async (tx) => {
    const session = await tx.interviewSession.findUnique({ where: { id: sessionId }, select: { status: true } });
    if (!session) throw new AppError("NOT_FOUND", "No such session");
    if (isFinished(session.status)) throw new AppError("CONFLICT", "The session is over; its link cannot be renewed");
    await tx.interviewSession.update({ where: { id: sessionId }, data: { tokenHash } });
    await audit({ actorId: user.id, action: "session.regenerate-link", targetType: "session", targetId: sessionId }, tx);
    await notifySessionChange(tx, sessionId);
  });
  forgetCandidateSession(sessionId);
  return { token };
}

/**
 * Edits a session before it starts (PATCH /api/sessions/:id): its title and schedule. A change of
 * time, length or video link is mailed with the invitation's SEQUENCE raised; the candidate's
 * mail needs a working join link and only a hash is stored, so the link is renewed and the new
 * one returned (docs/decisions/scheduling-mail.md). Clearing the time sends a cancellation.
 */
export async function updateSession(user: SessionUser, sessionId: string, input: unknown, context: MailContext = {}): Promise<{ id: string; token: string | null }> {
  assertCan(user, "sessions:run");
  await authorizeSession(user, "run", sessionId);
  const data = updateSessionSchema.parse(input);
  const now = context.now ?? new Date();
  const origin = context.origin ?? appOrigin();
  let renewed: string | null = null;
  await db.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<Array<{ status: string; scheduledAt: Date | null; durationMinutes: number | null; videoUrl: string | null; title: string }>>`
      SELECT "status", "scheduledAt", "durationMinutes", "videoUrl", "title" FROM "InterviewSession" WHERE "id" = ${sessionId} FOR UPDATE`;
    if (!current) throw new AppError("NOT_FOUND", "No such session");
    if (current.status !== "SCHEDULED") throw new AppError("CONFLICT", "The session has started or is over; it can no longer be edited");
    const timeChanged = data.scheduledAt !== undefined && (data.scheduledAt?.getTime() ?? null) !== (current.scheduledAt?.getTime() ?? null);
    if (timeChanged) refusePast(data.scheduledAt, now);
    const scheduleChanged =
      timeChanged ||
      (data.durationMinutes !== undefined && data.durationMinutes !== current.durationMinutes) ||
      (data.videoUrl !== undefined && data.videoUrl !== current.videoUrl);
    const next = {
      title: data.title ?? current.title,
      scheduledAt: data.scheduledAt === undefined ? current.scheduledAt : data.scheduledAt,
      durationMinutes: data.durationMinutes ?? current.durationMinutes,
      videoUrl: data.videoUrl === undefined ? current.videoUrl : data.videoUrl,
    };
    const mailed = scheduleChanged && (current.scheduledAt || next.scheduledAt);
    let tokenHash: string | undefined;
    if (mailed && next.scheduledAt) {
      const fresh = generateJoinToken();
      renewed = fresh.token;
      tokenHash = fresh.tokenHash;
    }
    await tx.interviewSession.update({
      where: { id: sessionId },
      data: { ...next, ...(tokenHash ? { tokenHash } : {}), ...(mailed ? { inviteSequence: { increment: 1 } } : {}) },
    });
    await audit({ actorId: user.id, action: "session.update", targetType: "session", targetId: sessionId, details: { fields: Object.keys(data), renewedLink: Boolean(tokenHash) } }, tx);
    if (mailed) {
      if (next.scheduledAt) await queueSessionMail(tx, sessionId, current.scheduledAt ? "update" : "invite", { origin, now, token: renewed ?? undefined });
      else {
        // The time was cleared: cancel with the old time still on the row for the mail's text.
        await tx.interviewSession.update({ where: { id: sessionId }, data: { scheduledAt: current.scheduledAt } });
        await queueSessionMail(tx, sessionId, "cancel", { origin, now });
        await tx.interviewSession.update({ where: { id: sessionId }, data: { scheduledAt: null } });
      }
    }
    if (tokenHash) await notifySessionChange(tx, sessionId);
  });
  if (renewed) forgetCandidateSession(sessionId);
  return { id: sessionId, token: renewed };
}
