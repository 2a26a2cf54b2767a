import "server-only";
import { findActiveQuestions } from "@/features/questions/queries";
import type { FieldErrors } from "@/lib/app-error";
import { rolesWith } from "@/lib/policy";
import type { SessionUser } from "@/server/auth-gates";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";

// What creating and editing a session both check: the panel's emails, the picked questions, a
// scheduled time, and the snapshot of each question's current version.

/** Where links in mail point and what "now" is: the request's origin, and a clock tests can set. */
export type MailContext = { origin?: string; now?: Date };

export type Pick = { questionId: string; budgetSeconds: number };

const invalid = (fieldErrors: FieldErrors) => new AppError("VALIDATION", "Some fields are invalid", fieldErrors);

export function refusePast(scheduledAt: Date | null | undefined, now: Date) {
  if (scheduledAt && scheduledAt.getTime() < now.getTime()) throw invalid({ scheduledAt: ["Choose a time in the future"] });
}

/** The default length of an interview: its questions' budgets, to the next 5 minutes. */
export const minutesOf = (picks: Pick[]) => Math.max(5, Math.ceil(picks.reduce((sum, p) => sum + p.budgetSeconds, 0) / 300) * 5);

/** The panel's user ids: `me` and the people these emails name, who must be active and allowed to run sessions. */
export async function panelFrom(me: SessionUser, emails: string[]): Promise<string[]> {
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
  if (Object.keys(errors).length) throw invalid(errors);
  return [...new Set([me.id, ...users.map((u) => u.id)])];
}

/**
 * Refuses a picked question that is archived or unknown, per position. `kept` are questions the
 * session already holds: its snapshot stays usable even if the bank has archived them since.
 */
export async function checkPicks(user: SessionUser, ids: string[], kept: ReadonlySet<string> = new Set()): Promise<void> {
  const found = await findActiveQuestions(user, ids.filter((id) => !kept.has(id)));
  const errors: FieldErrors = {};
  ids.forEach((id, index) => {
    if (!kept.has(id) && !found.has(id)) errors[`questionIds.${index}`] = ["No such question in the bank"];
  });
  if (Object.keys(errors).length) throw invalid(errors);
}

/** Each question's CURRENT version id, read inside the transaction that uses it. */
export async function currentVersions(tx: Tx, questionIds: string[]): Promise<Map<string, string>> {
  const questions = await tx.question.findMany({ where: { id: { in: questionIds } }, select: { id: true, version: true } });
  if (!questions.length) return new Map();
  const versions = await tx.questionVersion.findMany({
    where: { OR: questions.map((q) => ({ questionId: q.id, version: q.version })) },
    select: { id: true, questionId: true },
  });
  return new Map(versions.map((v) => [v.questionId, v.id]));
}

export const pickedChanged = () => new AppError("CONFLICT", "A picked question changed while the session was being saved; try again");
