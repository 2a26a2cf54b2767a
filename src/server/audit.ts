import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/server/db";

export type AuditAction =
  | "auth.sign-in"
  | "auth.sign-in-failed"
  | "auth.sign-in-throttled"
  | "auth.sign-up"
  | "auth.password-reset-requested"
  | "auth.password-reset"
  | "auth.sign-up-existing"
  | "auth.sign-up-refused"
  | "auth.email-verified"
  | "auth.welcome-link-used"
  | "auth.sign-in-unverified"
  | "auth.session-revoke"
  | "user.create"
  | "user.role-change"
  | "user.deactivate"
  | "user.reactivate"
  | "user.password-change"
  | "user.password-change-throttled"
  | "invitation.create"
  | "invitation.revoke"
  | "user.edit"
  | "bank.import"
  | "bank.purpose-change"
  | "bank.copy-questions"
  | "bank.edit"
  | "bank.delete"
  | "question.create"
  | "question.update"
  | "question.delete"
  | "question.restore"
  | "session.create"
  | "session.regenerate-link"
  | "session.update"
  | "scorecard.submit"
  | "scorecard.amend"
  | "decision.record"
  | "candidate.edit"
  | "candidate.merge"
  | "candidate.erase"
  | "candidate.anonymise"
  | "export.csv"
  | "settings.update"
  | "practice.share-create"
  | "practice.share-revoke"
  | "mock.create"
  | "mock.cancel";

/** Who did what, when. Pass the transaction when the audited change is part of one. */
export async function audit(
  entry: { actorId: string | null; action: AuditAction; targetType?: string; targetId?: string; details?: Prisma.InputJsonValue },
  tx: Tx = db,
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      details: entry.details ?? {},
    },
  });
}
