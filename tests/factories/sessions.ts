// Builds live interview sessions for tests (and, later, demo data): a candidate, the panel, and
// one SessionQuestion per question pointing at that question's current version, as the app does.
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../../src/generated/prisma/client";

let sequence = 0;

export async function createSession(
  db: PrismaClient,
  options: {
    creatorId: string;
    questionIds: string[];
    interviewerIds?: string[];
    candidateName?: string;
    budgetSeconds?: number;
    status?: "SCHEDULED" | "LIVE" | "COMPLETED" | "CANCELLED";
  },
) {
  sequence += 1;
  const token = randomBytes(32).toString("base64url");
  const tokenHash = createHash("sha256").update(token).digest("hex");
  const questions = await db.question.findMany({ where: { id: { in: options.questionIds } }, select: { id: true, version: true } });
  const versions = await db.questionVersion.findMany({
    where: { OR: questions.map((q) => ({ questionId: q.id, version: q.version })) },
    select: { id: true, questionId: true },
  });
  const versionOf = new Map(versions.map((v) => [v.questionId, v.id]));
  const panel = [...new Set([options.creatorId, ...(options.interviewerIds ?? [])])];
  const session = await db.interviewSession.create({
    data: {
      title: `Test session ${sequence}`,
      status: options.status ?? "SCHEDULED",
      tokenHash,
      createdBy: { connect: { id: options.creatorId } },
      candidateName: options.candidateName ?? `Test candidate ${sequence}`,
      candidate: { create: { name: options.candidateName ?? `Test candidate ${sequence}` } },
      interviewers: { create: panel.map((userId) => ({ userId })) },
      questions: {
        create: options.questionIds.map((id, position) => ({
          position,
          questionVersionId: versionOf.get(id)!,
          budgetSeconds: options.budgetSeconds ?? 600,
        })),
      },
    },
  });
  return { session, token };
}
