import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { env } from "@/env";
import { db } from "@/server/db";
import { isFinished, type SessionStatus } from "../state";
import { toCandidateView } from "./candidate-dto";
import type { CandidateView } from "./candidate-types";
import { hashJoinToken, isWellFormedToken } from "./token";

// Reads for the candidate side. One statement, so the session row and its current question come
// from the same snapshot, and it selects only the columns the candidate view may use: the model
// answer, wrong answers, sections and notes are never even read on this path.
//
// A join link dies when its session ends, and in any case JOIN_LINK_TTL_HOURS (24 by default)
// after the session was due to end, its start plus every question's time budget: a session nobody
// ended does not keep showing its questions to whoever holds the link (issue 14). A session that
// has not started shows nothing but "waiting", so its link waits with it.

type Row = {
  id: string;
  tokenHash: string;
  status: SessionStatus;
  revision: number;
  currentIndex: number;
  total: number;
  title: string | null;
  prompt: string | null;
  probes: unknown;
  revealedProbes: number | null;
  elapsedMs: number | null;
  activeSince: Date | null;
  dueToEnd: Date | null;
};

/** `linkExpiresAt` is for the server's checks only; it is not part of the candidate's view. */
export type CandidateState = { sessionId: string; tokenHash: string; linkExpiresAt: Date | null; view: CandidateView };

async function read(where: Prisma.Sql): Promise<CandidateState | null> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT s."id", s."tokenHash", s."status"::text AS "status", s."revision", s."currentIndex",
           (SELECT count(*)::int FROM "SessionQuestion" c WHERE c."sessionId" = s."id") AS "total",
           s."startedAt" + (SELECT COALESCE(sum(c."budgetSeconds"), 0) FROM "SessionQuestion" c WHERE c."sessionId" = s."id") * interval '1 second' AS "dueToEnd",
           v."title", v."prompt", v."probes", q."revealedProbes", q."elapsedMs", q."activeSince"
    FROM "InterviewSession" s
    LEFT JOIN "SessionQuestion" q ON q."sessionId" = s."id" AND q."position" = s."currentIndex"
    LEFT JOIN "QuestionVersion" v ON v."id" = q."questionVersionId"
    WHERE ${where}`;
  const row = rows[0];
  if (!row) return null;
  const current =
    row.title !== null && row.prompt !== null
      ? {
          title: row.title,
          prompt: row.prompt,
          probes: row.probes,
          revealedProbes: row.revealedProbes ?? 0,
          elapsedMs: row.elapsedMs ?? 0,
          activeSince: row.activeSince,
        }
      : null;
  const view = toCandidateView(
    { status: row.status, revision: row.revision, currentIndex: row.currentIndex, questionCount: row.total, current },
    new Date(),
  );
  const linkExpiresAt = row.dueToEnd ? new Date(row.dueToEnd.getTime() + env.JOIN_LINK_TTL_HOURS * 3_600_000) : null;
  return { sessionId: row.id, tokenHash: row.tokenHash, linkExpiresAt, view };
}

/** Whether a join link still opens its session: not ended, and not past its expiry. */
export function linkIsLive(state: CandidateState, now = new Date()): boolean {
  return !isFinished(state.view.status) && (!state.linkExpiresAt || state.linkExpiresAt > now);
}

/** The candidate's state for a join token, or null when the token is unknown, its session has ended or the link expired. */
export async function candidateStateByToken(token: string, now = new Date()): Promise<CandidateState | null> {
  if (!isWellFormedToken(token)) return null;
  const state = await read(Prisma.sql`s."tokenHash" = ${hashJoinToken(token)}`);
  return state && linkIsLive(state, now) ? state : null;
}

/** The candidate's state of a session, whatever its status (the live feed sends the closing state too). */
export function candidateStateById(sessionId: string): Promise<CandidateState | null> {
  return read(Prisma.sql`s."id" = ${sessionId}`);
}
