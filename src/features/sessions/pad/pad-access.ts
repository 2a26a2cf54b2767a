import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { hashJoinToken } from "../live/token";
import { isFinished, type SessionStatus } from "../state";

// Which pad a request may touch. The candidate's side: the join token must be live, and the pad
// must belong to a question the candidate has been shown (the current one, or one visited
// before: an edit typed just before the interviewer moved on still lands). The panel's side is
// authorized by the caller (authorizeSession); here only the question must exist and, to write,
// the session must be live. Inside a write transaction the session row is share-locked, so ending
// the session waits for writes in flight and no write commits after the end.

export type PadTarget = { sessionId: string; sessionQuestionId: string; position: number; status: SessionStatus };

type Row = { sessionId: string; status: SessionStatus; sessionQuestionId: string | null; visited: boolean | null };

const LINK_GONE = "This interview link is no longer active";
const NO_PAD = "No such pad in this session";

async function find(client: Tx | typeof db, where: Prisma.Sql, position: number, lock: boolean): Promise<Row | null> {
  const rows = await client.$queryRaw<Row[]>`
    SELECT s."id" AS "sessionId", s."status"::text AS "status", q."id" AS "sessionQuestionId",
           (q."activeSince" IS NOT NULL OR q."elapsedMs" > 0) AS "visited"
    FROM "InterviewSession" s
    LEFT JOIN "SessionQuestion" q ON q."sessionId" = s."id" AND q."position" = ${position}
    WHERE ${where}
    ${lock ? Prisma.sql`FOR SHARE OF s` : Prisma.empty}`;
  return rows[0] ?? null;
}

/** The candidate's pad at `position`, or 404 (dead link, unknown or unseen question) / 409 (not started). */
export async function candidatePad(client: Tx | typeof db, token: string, position: number, { lock = false } = {}): Promise<PadTarget> {
  const row = await find(client, Prisma.sql`s."tokenHash" = ${hashJoinToken(token)}`, position, lock);
  if (!row || isFinished(row.status)) throw new AppError("NOT_FOUND", LINK_GONE);
  if (!row.sessionQuestionId) throw new AppError("NOT_FOUND", NO_PAD);
  if (row.status !== "LIVE") throw new AppError("CONFLICT", "The interview has not started");
  if (!row.visited) throw new AppError("NOT_FOUND", NO_PAD);
  return { sessionId: row.sessionId, sessionQuestionId: row.sessionQuestionId, position, status: row.status };
}

/** A pad of a session the caller was authorized for; `write` also requires the session to be live. */
export async function panelPad(client: Tx | typeof db, sessionId: string, position: number, { lock = false, write = false } = {}): Promise<PadTarget> {
  const row = await find(client, Prisma.sql`s."id" = ${sessionId}`, position, lock);
  if (!row) throw new AppError("NOT_FOUND", "No such session");
  if (!row.sessionQuestionId) throw new AppError("NOT_FOUND", NO_PAD);
  if (write && row.status !== "LIVE") throw new AppError("CONFLICT", "The interview is not live, so its pads are read-only");
  return { sessionId: row.sessionId, sessionQuestionId: row.sessionQuestionId, position, status: row.status };
}
