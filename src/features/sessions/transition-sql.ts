import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import { SESSION_CHANNEL } from "@/server/events";
import type { SessionState, SessionStatus } from "./state";

// The two statements of a session transition, raw and narrow because they run under the row lock
// on every click and their round trips are the latency every candidate feels: one reads the state
// while taking the lock, one writes the session, the changed clocks and the change notification.

type StateRow = {
  status: SessionStatus;
  currentIndex: number;
  revision: number;
  startedAt: Date | null;
  endedAt: Date | null;
  lastRevealAt: Date | null;
  lastRevealBy: string | null;
  questionId: string | null;
  revealedProbes: number | null;
  elapsedMs: number | null;
  activeSince: Date | null;
  probeCount: number | null;
};

export type LockedState = { revision: number; state: SessionState; questionIds: string[] };

/**
 * The tables a transition reads and writes. A mock interview with a friend (practice/mock/) runs
 * the same machine on its own tables, which have the same columns (decisions/mock-interviews.md).
 * Fixed identifiers only, never input: they are spliced into the SQL.
 */
export type TransitionTables = { session: Prisma.Sql; question: Prisma.Sql; parent: Prisma.Sql };
export const SESSION_TABLES: TransitionTables = { session: Prisma.raw(`"InterviewSession"`), question: Prisma.raw(`"SessionQuestion"`), parent: Prisma.raw(`"sessionId"`) };
export const MOCK_TABLES: TransitionTables = { session: Prisma.raw(`"MockInterview"`), question: Prisma.raw(`"MockQuestion"`), parent: Prisma.raw(`"mockId"`) };

/** The session's state under a row lock (the questions' clocks and probe counts, not the probe texts), or null. */
export async function lockSessionState(tx: Tx, sessionId: string, tables: TransitionTables = SESSION_TABLES): Promise<LockedState | null> {
  const rows = await tx.$queryRaw<StateRow[]>`
    SELECT s."status"::text AS "status", s."currentIndex", s."revision", s."startedAt", s."endedAt", s."lastRevealAt", s."lastRevealBy",
           q."id" AS "questionId", q."revealedProbes", q."elapsedMs", q."activeSince",
           CASE WHEN jsonb_typeof(v."probes") = 'array' THEN jsonb_array_length(v."probes") ELSE 0 END AS "probeCount"
    FROM ${tables.session} s
    LEFT JOIN ${tables.question} q ON q.${tables.parent} = s."id"
    LEFT JOIN "QuestionVersion" v ON v."id" = q."questionVersionId"
    WHERE s."id" = ${sessionId}
    ORDER BY q."position"
    FOR UPDATE OF s`;
  const first = rows[0];
  if (!first) return null;
  const questions = rows.filter((row) => row.questionId !== null);
  return {
    revision: first.revision,
    questionIds: questions.map((row) => row.questionId!),
    state: {
      status: first.status,
      currentIndex: first.currentIndex,
      startedAt: first.startedAt,
      endedAt: first.endedAt,
      questions: questions.map((row) => ({
        probeCount: row.probeCount ?? 0,
        revealedProbes: row.revealedProbes ?? 0,
        elapsedMs: row.elapsedMs ?? 0,
        activeSince: row.activeSince,
      })),
      lastReveal: first.lastRevealAt && first.lastRevealBy ? { at: first.lastRevealAt, by: first.lastRevealBy } : null,
    },
  };
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * Persists a transition in ONE statement: the session row (revision + 1), the clocks that changed,
 * and the notification carrying the new revision (delivered on commit, dropped on rollback).
 */
export async function saveTransition(
  tx: Tx,
  sessionId: string,
  locked: LockedState,
  next: SessionState,
  now: Date,
  tables: TransitionTables = SESSION_TABLES,
): Promise<void> {
  const changed = next.questions.flatMap((clock, index) => {
    const before = locked.state.questions[index]!;
    const same = before.revealedProbes === clock.revealedProbes && before.elapsedMs === clock.elapsedMs && before.activeSince === clock.activeSince;
    return same ? [] : [{ id: locked.questionIds[index]!, ...clock }];
  });
  // Timestamps travel as ISO text and are cast: the columns are UTC timestamps without a zone.
  // A data-modifying WITH runs whether or not the outer SELECT reads it.
  await tx.$executeRaw`
    WITH "session" AS (
      UPDATE ${tables.session}
      SET "status" = ${next.status}::"SessionStatus", "currentIndex" = ${next.currentIndex},
          "startedAt" = ${iso(next.startedAt)}::timestamp(3), "endedAt" = ${iso(next.endedAt)}::timestamp(3),
          "lastRevealAt" = ${iso(next.lastReveal?.at ?? null)}::timestamp(3), "lastRevealBy" = ${next.lastReveal?.by ?? null}::text,
          "revision" = "revision" + 1, "updatedAt" = ${iso(now)}::timestamp(3)
      WHERE "id" = ${sessionId}
      RETURNING "id", "revision"
    ), "clocks" AS (
      UPDATE ${tables.question} AS q
      SET "revealedProbes" = c."revealedProbes", "elapsedMs" = c."elapsedMs", "activeSince" = c."activeSince"::timestamp(3)
      FROM unnest(${changed.map((c) => c.id)}::text[], ${changed.map((c) => c.revealedProbes)}::int[],
                  ${changed.map((c) => c.elapsedMs)}::int[], ${changed.map((c) => iso(c.activeSince))}::text[])
           AS c("id", "revealedProbes", "elapsedMs", "activeSince")
      WHERE q."id" = c."id" AND q.${tables.parent} = ${sessionId}
    )
    SELECT pg_notify(${SESSION_CHANNEL}, json_build_object('id', s."id", 'rev', s."revision", 'at', (extract(epoch from clock_timestamp()) * 1000)::bigint)::text)
    FROM "session" s`;
}
