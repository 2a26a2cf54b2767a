import "server-only";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { sessionCan } from "./policy";
import { exposureInputSchema } from "./schemas";
import type { ExposureItem } from "./types";

// Question exposure: has this candidate met a question before? The session builder asks
// (sessions:create), naming a candidate and the questions picked. Two ways count:
// - asked in a live interview of theirs that STARTED (live, completed, or cancelled after
//   starting; a scheduled session has shown nothing yet), matched by Candidate.id or by email;
// - practised alone by the candidate account with their email (case-insensitive): the question
//   itself (a practice bank made an interview bank later) or any copy of it, either way along
//   copiedFromId. Only the date of the newest attempt goes out, never the answers or grades.
// What the caller learns is limited to what they could open (docs/decisions/exposure.md): a
// session's id and date only where they may open that session (sessionCan "view": they sit on its
// panel, or see every session); otherwise only that it was asked in an earlier interview.

export type Exposure = {
  /** Asked in an earlier live interview; `session` is the newest the caller may open, else null. */
  asked: { session: { id: string; date: Date } | null } | null;
  /** Practised alone, most recently on `date`; `copy` when that was a practice copy, not the question itself. */
  practised: { date: Date; copy: boolean } | null;
};

/** For each of `questionIds` (bank Question ids) the candidate has met, how, as far as the caller may know. */
export async function questionsSeenByCandidate(
  user: SessionUser,
  candidate: { email?: string | null; id?: string },
  questionIds: string[],
): Promise<Map<string, Exposure>> {
  assertCan(user, "sessions:create");
  const seen = new Map<string, Exposure>();
  const email = candidate.email?.trim().toLowerCase() || null;
  if (!questionIds.length || (!candidate.id && !email)) return seen;
  const entry = (questionId: string) => seen.get(questionId) ?? seen.set(questionId, { asked: null, practised: null }).get(questionId)!;

  for (const item of await askedIn(candidate.id, email, questionIds)) {
    const exposure = entry(item.questionId);
    const mayOpen = sessionCan(user, "view", { interviewerIds: item.interviewerIds });
    const before = exposure.asked?.session;
    const session = mayOpen && (!before || before.date < item.date) ? { id: item.sessionId, date: item.date } : (before ?? null);
    exposure.asked = { session };
  }

  const accountEmail = email ?? (await db.candidate.findUnique({ where: { id: candidate.id }, select: { email: true } }))?.email ?? null;
  if (accountEmail) {
    for (const row of await practisedBy(accountEmail, questionIds)) {
      const exposure = entry(row.questionId);
      if (!exposure.practised || exposure.practised.date < row.date) exposure.practised = { date: row.date, copy: row.copy };
    }
  }
  return seen;
}

async function askedIn(candidateId: string | undefined, email: string | null, questionIds: string[]) {
  const who = [
    ...(candidateId ? [{ id: candidateId }] : []),
    ...(email ? [{ email: { equals: email, mode: "insensitive" as const } }] : []),
  ];
  const items = await db.sessionQuestion.findMany({
    where: {
      questionVersion: { questionId: { in: questionIds } },
      session: { startedAt: { not: null }, candidate: { OR: who } },
    },
    select: {
      session: { select: { id: true, startedAt: true, interviewers: { select: { userId: true } } } },
      questionVersion: { select: { questionId: true } },
    },
  });
  return items.map((item) => ({
    questionId: item.questionVersion.questionId,
    sessionId: item.session.id,
    date: item.session.startedAt!,
    interviewerIds: item.session.interviewers.map((i) => i.userId),
  }));
}

/**
 * The newest practice attempt, per picked question, by the accounts with this email on any
 * question of the picked one's copy family: up the copiedFromId links to the original, then down
 * to every copy of it (a copy of a copy too). Copies are always new rows pointing at older ones,
 * so the links have no cycles; UNION would stop one anyway.
 */
async function practisedBy(email: string, questionIds: string[]): Promise<Array<{ questionId: string; date: Date; copy: boolean }>> {
  const accounts = await db.user.findMany({ where: { email: { equals: email, mode: "insensitive" } }, select: { id: true } });
  if (!accounts.length) return [];
  const rows = await db.$queryRaw<Array<{ picked: string; practised: string; at: Date }>>`
    WITH RECURSIVE up AS (
      SELECT q."id" AS picked, q."id", q."copiedFromId"
      FROM "Question" q WHERE q."id" IN (SELECT jsonb_array_elements_text(${JSON.stringify(questionIds)}::jsonb))
      UNION
      SELECT up.picked, p."id", p."copiedFromId" FROM "Question" p JOIN up ON p."id" = up."copiedFromId"
    ), family AS (
      SELECT picked, "id" FROM up WHERE "copiedFromId" IS NULL
      UNION
      SELECT family.picked, c."id" FROM "Question" c JOIN family ON c."copiedFromId" = family."id"
    )
    SELECT family.picked, a."questionId" AS practised, max(a."createdAt") AS at
    FROM family JOIN "PracticeAttempt" a ON a."questionId" = family."id"
    WHERE a."userId" IN (SELECT jsonb_array_elements_text(${JSON.stringify(accounts.map((a) => a.id))}::jsonb))
    GROUP BY family.picked, a."questionId"`;
  return rows.map((row) => ({ questionId: row.picked, date: row.at, copy: row.practised !== row.picked }));
}

/** The session builder's check: `input` names the candidate and the picked questions, read after the role check. */
export async function checkExposure(user: SessionUser, input: unknown): Promise<ExposureItem[]> {
  assertCan(user, "sessions:create");
  const data = exposureInputSchema.parse(input);
  const seen = await questionsSeenByCandidate(user, { id: data.candidateId, email: data.candidateEmail }, data.questionIds);
  return [...seen].map(([questionId, e]) => ({
    questionId,
    asked: !!e.asked,
    sessionId: e.asked?.session?.id ?? null,
    askedOn: e.asked?.session?.date.toISOString() ?? null,
    practisedOn: e.practised?.date.toISOString() ?? null,
    practisedCopy: e.practised?.copy ?? false,
  }));
}
