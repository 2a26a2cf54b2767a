import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { isFinished, type SessionStatus } from "../state";
import { toCandidateView } from "./candidate-dto";
import type { CandidateView } from "./candidate-types";
import { hashJoinToken, isWellFormedToken } from "./token";

// Reads for the candidate side. One statement, so the session row and its current question come
// from the same snapshot, and it selects only the columns the candidate view may use: the model
// answer, wrong answers, sections and notes are never even read on this path.

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
};

export type CandidateState = { sessionId: string; tokenHash: string; view: CandidateView };

async function read(where: Prisma.Sql): Promise<CandidateState | null> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT s."id", s."tokenHash", s."status"::text AS "status", s."revision", s."currentIndex",
           (SELECT count(*)::int FROM "SessionQuestion" c WHERE c."sessionId" = s."id") AS "total",
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
  return { sessionId: row.id, tokenHash: row.tokenHash, view };
}

/** The candidate's state for a join token, or null when the token is unknown or its session has ended. */
export async function candidateStateByToken(token: string): Promise<CandidateState | null> {
  if (!isWellFormedToken(token)) return null;
  const state = await read(Prisma.sql`s."tokenHash" = ${hashJoinToken(token)}`);
  if (!state || isFinished(state.view.status)) return null;
  return state;
}

/** The candidate's state of a session, whatever its status (the live feed sends the closing state too). */
export function candidateStateById(sessionId: string): Promise<CandidateState | null> {
  return read(Prisma.sql`s."id" = ${sessionId}`);
}
