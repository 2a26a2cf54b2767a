import "server-only";
import { audit } from "@/server/audit";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { decisionSchema } from "./schemas";

// The hiring decision: the one thing a reviewer writes. Each decision is a new row, so the
// history of changed minds stays; the newest one is the candidate's current decision.
export async function recordDecision(user: SessionUser, input: unknown): Promise<{ id: string; candidateId: string }> {
  assertCan(user, "decisions:record");
  const data = decisionSchema.parse(input);
  const candidate = await db.candidate.findUnique({ where: { id: data.candidateId }, select: { id: true } });
  if (!candidate) throw new AppError("NOT_FOUND", "No such candidate");
  return db.$transaction(async (tx) => {
    const decision = await tx.decision.create({
      data: { candidateId: candidate.id, decidedById: user.id, outcome: data.outcome, reason: data.reason },
      select: { id: true },
    });
    await audit({ actorId: user.id, action: "decision.record", targetType: "candidate", targetId: candidate.id, details: { decisionId: decision.id, outcome: data.outcome } }, tx);
    return { id: decision.id, candidateId: candidate.id };
  });
}
