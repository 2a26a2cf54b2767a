import "server-only";
// A candidate's personal data, as data-protection law has hiring tools handle it: correcting it,
// merging two records of one person, and erasing everything recorded about them. Hiring managers
// and admins (candidates:edit / :merge / :erase). Each write is one transaction, audited in it, and
// the audit entries hold ids and counts, never a name or an email: the log outlives an erasure.
import type { Prisma } from "@/generated/prisma/client";
import { audit } from "@/server/audit";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { containsPattern } from "@/server/like";
import { isUniqueViolation } from "@/server/prisma-errors";
import { editCandidateSchema, eraseCandidateSchema, mergeCandidatesSchema } from "./schemas";

const EMAIL_TAKEN = () =>
  new AppError("VALIDATION", "Another candidate has this email", { email: ["Another candidate has this email: if it is the same person, merge the two records"] });

/** Corrects a candidate's name and email (an empty email removes it). */
export async function editCandidate(user: SessionUser, input: unknown): Promise<{ id: string }> {
  assertCan(user, "candidates:edit");
  const { candidateId, name, email } = editCandidateSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.candidate.findUnique({ where: { id: candidateId }, select: { name: true, email: true } });
      if (!before) throw new AppError("NOT_FOUND", "No such candidate");
      if (email && email !== before.email && (await tx.candidate.findUnique({ where: { email }, select: { id: true } }))) throw EMAIL_TAKEN();
      const changed = [...(name !== before.name ? ["name"] : []), ...(email !== before.email ? ["email"] : [])];
      if (!changed.length) return { id: candidateId };
      await tx.candidate.update({ where: { id: candidateId }, data: { name, email } });
      // A correction holds everywhere the name is shown: each session keeps its own copy of it.
      if (name !== before.name) await tx.interviewSession.updateMany({ where: { candidateId }, data: { candidateName: name } });
      await audit({ actorId: user.id, action: "candidate.edit", targetType: "candidate", targetId: candidateId, details: { changed } }, tx);
      return { id: candidateId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw EMAIL_TAKEN();
    throw error;
  }
}

export type MergeResult = { keptId: string; sessions: number; decisions: number };

/**
 * Merges two records of one person: `mergeId`'s sessions and decisions move to `keepId`, which
 * keeps its name, and its email unless it had none (then it takes the other's); `mergeId` is then
 * removed. The candidate list's "last interview" follows by itself (a trigger on the sessions).
 */
export async function mergeCandidates(user: SessionUser, input: unknown): Promise<MergeResult> {
  assertCan(user, "candidates:merge");
  const { keepId, mergeId } = mergeCandidatesSchema.parse(input);
  return db.$transaction(async (tx) => {
    // Both rows locked, in a fixed order, so a concurrent merge or erase of either waits.
    const rows = await tx.$queryRaw<Array<{ id: string; email: string | null }>>`
      SELECT "id", "email" FROM "Candidate" WHERE "id" IN (${keepId}, ${mergeId}) ORDER BY "id" FOR UPDATE`;
    const kept = rows.find((row) => row.id === keepId);
    const merged = rows.find((row) => row.id === mergeId);
    if (!kept) throw new AppError("NOT_FOUND", "No such candidate");
    if (!merged) throw new AppError("VALIDATION", "That record no longer exists", { mergeId: ["That record no longer exists; it may have been merged already"] });
    const sessions = await tx.interviewSession.updateMany({ where: { candidateId: mergeId }, data: { candidateId: keepId } });
    const decisions = await tx.decision.updateMany({ where: { candidateId: mergeId }, data: { candidateId: keepId } });
    await tx.candidate.delete({ where: { id: mergeId } });
    // Only now is the other's email free to take.
    if (!kept.email && merged.email) await tx.candidate.update({ where: { id: keepId }, data: { email: merged.email } });
    const details = { mergedId: mergeId, sessions: sessions.count, decisions: decisions.count };
    await audit({ actorId: user.id, action: "candidate.merge", targetType: "candidate", targetId: keepId, details }, tx);
    return { keptId: keepId, sessions: sessions.count, decisions: decisions.count };
  });
}

export type ErasureCounts = {
  sessions: number;
  notes: number;
  scorecards: number;
  codePads: number;
  decisions: number;
  practiceAttempts: number;
  practiceRuns: number;
  practiceCards: number;
  practiceShares: number;
  mockInterviews: number;
};

/**
 * Erases a candidate: their interview sessions with everything recorded in them (interviewers'
 * notes and ratings, scorecards and their history, code pads), their decisions, and the record
 * itself. Decision: when a candidate account has the same email, its practice data (runs,
 * attempts, schedules, share links, mock interviews with a friend) is erased too, since it is the same person's and interviews
 * read it (exposure); the account itself stays, theirs to use or for an admin to deactivate.
 * Refused while an interview with them is live. The audit entry says "candidate erased" with
 * the counts, and nothing else about them.
 */
export async function eraseCandidate(user: SessionUser, input: unknown): Promise<ErasureCounts> {
  assertCan(user, "candidates:erase");
  const { candidateId, confirmName } = eraseCandidateSchema.parse(input);
  return db.$transaction(async (tx) => {
    const [candidate] = await tx.$queryRaw<Array<{ name: string; email: string | null }>>`
      SELECT "name", "email" FROM "Candidate" WHERE "id" = ${candidateId} FOR UPDATE`;
    if (!candidate) throw new AppError("NOT_FOUND", "No such candidate");
    if (confirmName.toLowerCase() !== candidate.name.trim().toLowerCase()) {
      throw new AppError("VALIDATION", "Type the candidate's name to confirm", { confirmName: ["Type the candidate's name exactly, to confirm"] });
    }
    if (await tx.interviewSession.count({ where: { candidateId, status: "LIVE" } })) {
      throw new AppError("CONFLICT", "An interview with this candidate is live: end it, then erase");
    }
    const counts = await erasureCounts(tx, candidateId, candidate.email);
    // Cascades take the sessions' questions, notes, pads, scorecards and their history.
    await tx.interviewSession.deleteMany({ where: { candidateId } });
    await tx.decision.deleteMany({ where: { candidateId } });
    await tx.candidate.delete({ where: { id: candidateId } });
    const account = candidate.email ? await candidateAccount(tx, candidate.email) : null;
    if (account) {
      await tx.practiceAttempt.deleteMany({ where: { userId: account } });
      await tx.practiceRun.deleteMany({ where: { userId: account } });
      await tx.practiceCard.deleteMany({ where: { userId: account } });
      await tx.practiceShare.deleteMany({ where: { userId: account } });
      // A friend's notes and ratings on their mock interviews are about them too; cascades take the questions.
      await tx.mockInterview.deleteMany({ where: { userId: account } });
    }
    await audit({ actorId: user.id, action: "candidate.erase", targetType: "candidate", details: { ...counts } }, tx);
    return counts;
  });
}

/** The id of a candidate account with this email, whose practice is the same person's. */
async function candidateAccount(tx: Tx, email: string): Promise<string | null> {
  const account = await tx.user.findFirst({ where: { email, role: "CANDIDATE" }, select: { id: true } });
  return account?.id ?? null;
}

async function erasureCounts(tx: Tx, candidateId: string, email: string | null): Promise<ErasureCounts> {
  const ofSessions = { session: { candidateId } } satisfies Prisma.SessionQuestionWhereInput;
  const account = email ? await candidateAccount(tx, email) : null;
  const practice = { userId: account ?? "" };
  const [sessions, notes, scorecards, codePads, decisions, practiceAttempts, practiceRuns, practiceCards, practiceShares, mockInterviews] = await Promise.all([
    tx.interviewSession.count({ where: { candidateId } }),
    tx.questionNote.count({ where: { sessionQuestion: ofSessions } }),
    tx.scorecard.count({ where: { session: { candidateId } } }),
    tx.codePad.count({ where: { sessionQuestion: ofSessions } }),
    tx.decision.count({ where: { candidateId } }),
    account ? tx.practiceAttempt.count({ where: practice }) : 0,
    account ? tx.practiceRun.count({ where: practice }) : 0,
    account ? tx.practiceCard.count({ where: practice }) : 0,
    account ? tx.practiceShare.count({ where: practice }) : 0,
    account ? tx.mockInterview.count({ where: practice }) : 0,
  ]);
  return { sessions, notes, scorecards, codePads, decisions, practiceAttempts, practiceRuns, practiceCards, practiceShares, mockInterviews };
}

export type CandidateRecord = { id: string; name: string; email: string | null; sessions: number; anonymised: boolean };

/** A candidate's record for the personal data page. */
export async function getCandidateRecord(user: SessionUser, candidateId: string): Promise<CandidateRecord> {
  assertCan(user, "candidates:edit");
  const row = await db.candidate.findUnique({ where: { id: candidateId }, select: recordSelect });
  if (!row) throw new AppError("NOT_FOUND", "No such candidate");
  return toRecord(row);
}

/** Other records a person may have, found by part of a name or an email, for merging. */
export async function findOtherRecords(user: SessionUser, candidateId: string, find: string | undefined): Promise<CandidateRecord[]> {
  assertCan(user, "candidates:merge");
  if (!find) return [];
  // ILIKE with the typed text escaped (src/server/like.ts): "%" or "_" in a search match themselves.
  const pattern = containsPattern(find);
  const rows = await db.$queryRaw<Array<{ id: string; name: string; email: string | null; anonymisedAt: Date | null; sessions: bigint }>>`
    SELECT c."id", c."name", c."email", c."anonymisedAt",
           (SELECT count(*) FROM "InterviewSession" s WHERE s."candidateId" = c."id") AS "sessions"
    FROM "Candidate" c
    WHERE c."id" <> ${candidateId} AND (c."name" ILIKE ${pattern} OR c."email" ILIKE ${pattern})
    ORDER BY c."name", c."id"
    LIMIT 20`;
  return rows.map((row) => ({ id: row.id, name: row.name, email: row.email, sessions: Number(row.sessions), anonymised: row.anonymisedAt !== null }));
}

const recordSelect = { id: true, name: true, email: true, anonymisedAt: true, _count: { select: { sessions: true } } } satisfies Prisma.CandidateSelect;
type RecordRow = Prisma.CandidateGetPayload<{ select: typeof recordSelect }>;
const toRecord = (row: RecordRow): CandidateRecord => ({ id: row.id, name: row.name, email: row.email, sessions: row._count.sessions, anonymised: row.anonymisedAt !== null });
