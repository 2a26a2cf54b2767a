import "server-only";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { exposureInputSchema } from "./schemas";

// Question exposure: has this candidate already been asked a question in an earlier interview?
// A question counts as seen when it was part of a session of theirs that STARTED (live, completed
// or cancelled after starting); a scheduled session has shown them nothing yet. Only live
// interviews count: a candidate's solo practice is private to them (see the practice feature),
// so it is never disclosed to interviewers here. The session builder asks (sessions:create),
// naming a candidate and the questions picked.

export type Exposure = { sessionId: string; date: Date };

/**
 * For each of `questionIds` (bank Question ids) the candidate has seen, the most recent session
 * it was in and when that session started. The candidate is matched by Candidate.id or by email
 * (case-insensitive), so a returning candidate entered with a new name is still recognised.
 */
export async function questionsSeenByCandidate(
  user: SessionUser,
  candidate: { email?: string | null; id?: string },
  questionIds: string[],
): Promise<Map<string, Exposure>> {
  assertCan(user, "sessions:create");
  const seen = new Map<string, Exposure>();
  const email = candidate.email?.trim().toLowerCase() || null;
  if (!questionIds.length || (!candidate.id && !email)) return seen;

  const who = [
    ...(candidate.id ? [{ id: candidate.id }] : []),
    ...(email ? [{ email: { equals: email, mode: "insensitive" as const } }] : []),
  ];
  const items = await db.sessionQuestion.findMany({
    where: {
      questionVersion: { questionId: { in: questionIds } },
      session: { startedAt: { not: null }, candidate: { OR: who } },
    },
    select: { session: { select: { id: true, startedAt: true } }, questionVersion: { select: { questionId: true } } },
  });
  for (const item of items) {
    const date = item.session.startedAt!;
    const before = seen.get(item.questionVersion.questionId);
    if (!before || before.date < date) seen.set(item.questionVersion.questionId, { sessionId: item.session.id, date });
  }
  return seen;
}

export type ExposureItem = { questionId: string; sessionId: string; date: string };

/** The session builder's check: `input` names the candidate and the picked questions, read after the role check. */
export async function checkExposure(user: SessionUser, input: unknown): Promise<ExposureItem[]> {
  assertCan(user, "sessions:create");
  const data = exposureInputSchema.parse(input);
  const seen = await questionsSeenByCandidate(user, { id: data.candidateId, email: data.candidateEmail }, data.questionIds);
  return [...seen].map(([questionId, e]) => ({ questionId, sessionId: e.sessionId, date: e.date.toISOString() }));
}
